package org.stemma.story;

import java.util.PriorityQueue;

/**
 * Average-linkage merging of article groups on sparse same-event probabilities: two groups
 * merge when the mean probability over all their cross pairs (a pair never proposed counts 0)
 * is at least a threshold, most cohesive first. Unlike connected components or single linkage
 * it does not chain unrelated articles through one close pair at a time. Probabilities are
 * summed in thousandths, as ints: the same sums in any order.
 */
final class EventClusters {

    private EventClusters() {
    }

    /** Scale of the integer weights: a probability p weighs round(p * SCALE). */
    static final int SCALE = 1000;

    /**
     * Merges the groups of {@code parent} (a union-find forest over the articles whose groups
     * must stay whole) along pairs {@code (a[k], b[k])} of article indexes weighing
     * {@code weight[k]} thousandths.
     *
     * @return for every article, the smallest article index of its final group
     */
    static int[] merge(int[] parent, int[] pa, int[] pb, int[] weight, double minCohesion) {
        int n = parent.length;
        int[] root = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = Lineages.find(parent, i);
            size[root[i]]++;
        }
        // Cross-edge counts between groups, per group; groups are named by a root index.
        IntCounts[] adjacent = new IntCounts[n];
        for (int k = 0; k < pa.length; k++) {
            int a = root[pa[k]];
            int b = root[pb[k]];
            if (a != b && weight[k] > 0) {
                counts(adjacent, a).add(b, weight[k]);
                counts(adjacent, b).add(a, weight[k]);
            }
        }
        int[] version = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int a = 0; a < n; a++) {
            if (adjacent[a] != null) {
                for (int b : adjacent[a].keys()) {
                    if (a < b) {
                        offer(queue, a, b, adjacent[a].get(b), size, version, minCohesion);
                    }
                }
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.density < minCohesion) {
                break;
            }
            if (version[c.a] != c.versionA || version[c.b] != c.versionB) {
                continue; // one side has merged since: a fresher candidate is queued
            }
            // Fold the group with fewer neighbours into the other: the work per merge is then
            // the smaller adjacency, not the larger.
            int sa = adjacent[c.a] == null ? 0 : adjacent[c.a].size();
            int sb = adjacent[c.b] == null ? 0 : adjacent[c.b].size();
            int keep = sa >= sb ? c.a : c.b;
            int gone = keep == c.a ? c.b : c.a;
            group[gone] = keep;
            size[keep] += size[gone];
            version[keep]++;
            version[gone] = -1;
            IntCounts keepAdj = counts(adjacent, keep);
            IntCounts goneAdj = adjacent[gone];
            adjacent[gone] = null;
            keepAdj.remove(gone);
            if (goneAdj != null) {
                for (int other : goneAdj.keys()) {
                    if (other == keep) {
                        continue;
                    }
                    int merged = keepAdj.add(other, goneAdj.get(other));
                    IntCounts otherAdj = adjacent[other];
                    otherAdj.remove(gone);
                    otherAdj.put(keep, merged);
                }
            }
            for (int other : keepAdj.keys()) {
                offer(queue, keep, other, keepAdj.get(other), size, version, minCohesion);
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int g = root[i];
            while (group[g] != g) {
                g = group[g];
            }
            // Point the walked chain straight at its end: later walks are short.
            for (int h = root[i]; group[h] != g; ) {
                int next = group[h];
                group[h] = g;
                h = next;
            }
            out[i] = g;
        }
        // Name each group by its smallest member, whatever the merge order.
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            smallest[out[i]] = Math.min(smallest[out[i]], i);
        }
        for (int i = 0; i < n; i++) {
            out[i] = smallest[out[i]];
        }
        return out;
    }

    private static IntCounts counts(IntCounts[] adjacent, int group) {
        if (adjacent[group] == null) {
            adjacent[group] = new IntCounts();
        }
        return adjacent[group];
    }

    /**
     * Queues the merge of groups a and b if it is cohesive enough. A pair below the threshold
     * needs no entry: its density only changes when one side merges, and then it is offered again.
     */
    private static void offer(PriorityQueue<Candidate> queue, int a, int b, int edges, int[] size,
                              int[] version, double minCohesion) {
        int x = Math.min(a, b);
        int y = Math.max(a, b);
        double density = edges / ((double) SCALE * size[x] * size[y]);
        if (density >= minCohesion) {
            queue.add(new Candidate(x, y, density, version[x], version[y]));
        }
    }

    /** A possible merge of groups a and b, valid while both groups keep these versions. */
    private record Candidate(int a, int b, double density, int versionA, int versionB)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Double.compare(o.density, density);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a, o.a);
            return c != 0 ? c : Integer.compare(b, o.b);
        }
    }
}
