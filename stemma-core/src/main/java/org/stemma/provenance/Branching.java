package org.stemma.provenance;

import java.util.Arrays;

/**
 * Maximum-weight branching of a directed graph by the Chu–Liu/Edmonds algorithm: a set of edges,
 * at most one entering each node and no cycle, whose total weight is largest. Nodes without an
 * entering edge are roots.
 *
 * <p>The branching is computed as the maximum spanning arborescence of the graph plus a virtual
 * root joined to every node by an edge of weight {@code rootWeight[v]} (0 by default): a node
 * hangs from the virtual root, i.e. becomes a root, when no positive real edge is worth more to
 * the total. Edges of weight {@code <= 0} and self-loops are ignored. Runs in O(V·E) time on
 * small graphs, O(E log V) on large ones ({@link HeapArborescence}).
 */
public final class Branching {

    private Branching() {
    }

    /**
     * Largest graph (nodes, the virtual root included) given to the plain contraction; larger
     * ones go to {@link HeapArborescence}. Both find a maximum branching; they may break ties
     * differently.
     */
    static final int PLAIN_LIMIT = 512;

    /**
     * The maximum-weight branching.
     *
     * @param n      number of nodes, numbered 0..n-1
     * @param from   edge sources
     * @param to     edge targets (same length as {@code from})
     * @param weight edge weights
     * @return for each node the index of its chosen entering edge, or -1 for a root
     */
    public static int[] maximum(int n, int[] from, int[] to, double[] weight) {
        return maximum(n, from, to, weight, new double[n]);
    }

    /**
     * The maximum-weight branching where making node {@code v} a root is worth
     * {@code rootWeight[v]} (an edge from a virtual root).
     */
    public static int[] maximum(int n, int[] from, int[] to, double[] weight, double[] rootWeight) {
        if (from.length != to.length || from.length != weight.length || rootWeight.length != n) {
            throw new IllegalArgumentException("edge arrays of different lengths");
        }
        int m = 0;
        for (int e = 0; e < from.length; e++) {
            if (weight[e] > 0 && from[e] != to[e]) {
                m++;
            }
        }
        int root = n;
        int total = m + n;
        int[] f = new int[total];
        int[] t = new int[total];
        double[] w = new double[total];
        int[] orig = new int[total];
        int k = 0;
        for (int e = 0; e < from.length; e++) {
            if (weight[e] > 0 && from[e] != to[e]) {
                if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                    throw new IllegalArgumentException("edge " + e + " names a node outside 0.." + (n - 1));
                }
                f[k] = from[e];
                t[k] = to[e];
                w[k] = weight[e];
                orig[k] = e;
                k++;
            }
        }
        for (int v = 0; v < n; v++) {
            f[k] = root;
            t[k] = v;
            w[k] = rootWeight[v];
            orig[k] = -1;
            k++;
        }
        // The plain contraction recurses once per round and keeps each round's edges: fine for
        // news lineages, not for thousands of near-identical copies that contract a pair a round.
        int[] chosen = n + 1 <= PLAIN_LIMIT ? arborescence(n + 1, root, f, t, w)
                : HeapArborescence.maximum(n + 1, root, f, t, w);
        int[] out = new int[n];
        for (int v = 0; v < n; v++) {
            out[v] = orig[chosen[v]];
        }
        return out;
    }

    /**
     * Maximum spanning arborescence rooted at {@code root}; every node must be reachable.
     * Returns, per node, the index of its entering edge (-1 for the root).
     */
    static int[] arborescence(int n, int root, int[] from, int[] to, double[] w) {
        int m = from.length;
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int e = 0; e < m; e++) {
            int v = to[e];
            if (v == root || from[e] == v) {
                continue;
            }
            // Ties go to the lower edge index, so results are deterministic.
            if (best[v] < 0 || w[e] > w[best[v]]) {
                best[v] = e;
            }
        }
        for (int v = 0; v < n; v++) {
            if (v != root && best[v] < 0) {
                throw new IllegalStateException("node " + v + " is unreachable");
            }
        }
        // Find cycles among the best entering edges.
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int comps = 0;
        boolean[] inCycle = new boolean[n];
        for (int s = 0; s < n; s++) {
            int v = s;
            while (v != root && mark[v] < 0 && comp[v] < 0) {
                mark[v] = s;
                v = from[best[v]];
            }
            if (v != root && mark[v] == s && comp[v] < 0) {
                // v lies on a new cycle: label it.
                int u = v;
                do {
                    comp[u] = comps;
                    inCycle[u] = true;
                    u = from[best[u]];
                } while (u != v);
                comps++;
            }
        }
        if (comps == 0) {
            best[root] = -1;
            return best;
        }
        for (int v = 0; v < n; v++) {
            if (comp[v] < 0) {
                comp[v] = comps++;
            }
        }
        // Contract: an edge entering a cycle node is worth its weight minus the cycle edge it
        // would replace.
        int[] cf = new int[m];
        int[] ct = new int[m];
        double[] cw = new double[m];
        int[] back = new int[m];
        int cm = 0;
        for (int e = 0; e < m; e++) {
            int u = comp[from[e]];
            int v = comp[to[e]];
            if (u == v) {
                continue;
            }
            cf[cm] = u;
            ct[cm] = v;
            cw[cm] = inCycle[to[e]] ? w[e] - w[best[to[e]]] : w[e];
            back[cm] = e;
            cm++;
        }
        int[] sub = arborescence(comps, comp[root], Arrays.copyOf(cf, cm), Arrays.copyOf(ct, cm),
                Arrays.copyOf(cw, cm));
        int[] result = new int[n];
        Arrays.fill(result, -1);
        for (int v = 0; v < n; v++) {
            if (inCycle[v]) {
                result[v] = best[v];
            }
        }
        for (int c = 0; c < comps; c++) {
            if (sub[c] < 0) {
                continue;
            }
            int e = back[sub[c]];
            result[to[e]] = e; // for a cycle, this replaces the entry node's cycle edge
        }
        result[root] = -1;
        return result;
    }
}
