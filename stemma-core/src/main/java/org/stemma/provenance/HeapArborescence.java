package org.stemma.provenance;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Maximum spanning arborescence by Tarjan's contraction with mergeable heaps and a union-find
 * that can be rolled back: O(E log V) time, O(E + V) memory and no recursion over the cycles,
 * for lineages too large for {@link Branching}'s plain contraction, which recurses once per
 * round of contraction and keeps every round's edge arrays (a chain of thousands of identical
 * copies contracts one pair a round).
 *
 * <p>Each node's entering edges sit in a leftist heap ordered by cost (minus the weight), with
 * a lazy offset; walking back from every node along the cheapest entering edge either reaches
 * the root or closes a cycle, which is merged into one node whose heap is the union of its
 * members' heaps, each lowered by the cost of the member's cycle edge. The chosen edges are then
 * expanded cycle by cycle, latest first.
 */
final class HeapArborescence {

    private final double[] cost;
    private final double[] lazy;
    private final int[] left;
    private final int[] right;
    private final int[] rank;

    private HeapArborescence(int m) {
        cost = new double[m];
        lazy = new double[m];
        left = new int[m];
        right = new int[m];
        rank = new int[m];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
    }

    /**
     * Maximum-weight spanning arborescence of nodes {@code 0..n-1} rooted at {@code root}; every
     * node must be reachable from it. Ties go to the lower edge index.
     *
     * @return per node the index of its entering edge, -1 for the root
     * @throws IllegalStateException if a node is unreachable
     */
    static int[] maximum(int n, int root, int[] from, int[] to, double[] w) {
        int m = from.length;
        HeapArborescence h = new HeapArborescence(m);
        int[] heap = new int[n];
        Arrays.fill(heap, -1);
        for (int e = 0; e < m; e++) {
            h.cost[e] = -w[e];
            h.rank[e] = 1;
            if (to[e] != root && from[e] != to[e]) {
                heap[to[e]] = h.merge(heap[to[e]], e);
            }
        }
        RollbackUnion uf = new RollbackUnion(n);
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        seen[root] = root;
        int[] path = new int[n];
        int[] queue = new int[n];
        int[] in = new int[n];
        Arrays.fill(in, -1);
        Deque<int[]> cycles = new ArrayDeque<>(); // {node, union time, cycle edges...}, latest first
        for (int s = 0; s < n; s++) {
            int u = s;
            int qi = 0;
            while (seen[u] < 0) {
                if (heap[u] < 0) {
                    throw new IllegalStateException("node " + u + " is unreachable");
                }
                int e = heap[u];
                h.push(e);
                // Every other edge entering u now costs its excess over the chosen one.
                h.lazy[e] -= h.cost[e];
                h.push(e);
                heap[u] = h.merge(h.left[e], h.right[e]);
                queue[qi] = e;
                path[qi++] = u;
                seen[u] = s;
                u = uf.find(from[e]);
                if (seen[u] == s) {
                    // A cycle: merge its nodes and their remaining entering edges into one.
                    int cyc = -1;
                    int end = qi;
                    int time = uf.time();
                    int x;
                    do {
                        x = path[--qi];
                        cyc = h.merge(cyc, heap[x]);
                    } while (uf.join(u, x));
                    u = uf.find(u);
                    heap[u] = cyc;
                    seen[u] = -1;
                    int[] record = new int[2 + end - qi];
                    record[0] = u;
                    record[1] = time;
                    System.arraycopy(queue, qi, record, 2, end - qi);
                    cycles.push(record);
                }
            }
            for (int i = 0; i < qi; i++) {
                in[uf.find(to[queue[i]])] = queue[i];
            }
        }
        // Expand the cycles, latest first: each keeps its edges but the one its entry replaces.
        for (int[] record : cycles) {
            int u = record[0];
            uf.rollback(record[1]);
            int entering = in[u];
            for (int k = 2; k < record.length; k++) {
                in[uf.find(to[record[k]])] = record[k];
            }
            if (entering >= 0) {
                in[uf.find(to[entering])] = entering;
            }
        }
        in[root] = -1;
        return in;
    }

    /** Applies node x's lazy offset to its own cost and hands it to its children. */
    private void push(int x) {
        double d = lazy[x];
        if (d != 0) {
            cost[x] += d;
            if (left[x] >= 0) {
                lazy[left[x]] += d;
            }
            if (right[x] >= 0) {
                lazy[right[x]] += d;
            }
            lazy[x] = 0;
        }
    }

    /** Leftist-heap merge: recursion along right spines, O(log E) deep. */
    private int merge(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        push(a);
        push(b);
        if (cost[b] < cost[a] || cost[b] == cost[a] && b < a) {
            int t = a;
            a = b;
            b = t;
        }
        right[a] = merge(right[a], b);
        if (rankOf(left[a]) < rankOf(right[a])) {
            int t = left[a];
            left[a] = right[a];
            right[a] = t;
        }
        rank[a] = rankOf(right[a]) + 1;
        return a;
    }

    private int rankOf(int x) {
        return x < 0 ? 0 : rank[x];
    }

    /** Union by size without path compression, so that unions can be undone in order. */
    private static final class RollbackUnion {
        private final int[] parent; // negative: a root, minus its size
        private int[] history = new int[16];
        private int size;

        RollbackUnion(int n) {
            parent = new int[n];
            Arrays.fill(parent, -1);
        }

        int find(int x) {
            while (parent[x] >= 0) {
                x = parent[x];
            }
            return x;
        }

        int time() {
            return size;
        }

        void rollback(int t) {
            while (size > t) {
                size -= 2;
                parent[history[size]] = history[size + 1];
            }
        }

        boolean join(int a, int b) {
            a = find(a);
            b = find(b);
            if (a == b) {
                return false;
            }
            if (parent[a] > parent[b]) {
                int t = a;
                a = b;
                b = t;
            }
            record(a);
            record(b);
            parent[a] += parent[b];
            parent[b] = a;
            return true;
        }

        private void record(int x) {
            if (size + 2 > history.length) {
                history = Arrays.copyOf(history, history.length * 2);
            }
            history[size++] = x;
            history[size++] = parent[x];
        }
    }
}
