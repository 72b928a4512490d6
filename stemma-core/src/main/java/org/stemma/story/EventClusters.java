package org.stemma.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage merging of article groups on a sparse same-event relation: two groups merge
 * when the share of their cross pairs that are same-event pairs (the density of the cross
 * edges) is at least a threshold, densest first. Unlike connected components it does not chain
 * unrelated articles through one shared name at a time.
 */
final class EventClusters {

    private EventClusters() {
    }

    /**
     * Merges the groups of {@code parent} (a union-find forest over the articles whose groups
     * must stay whole) along {@code pairs} of article indexes.
     *
     * @return for every article, the smallest article index of its final group
     */
    static int[] merge(int[] parent, List<int[]> pairs, double minCohesion) {
        int n = parent.length;
        int[] root = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = Lineages.find(parent, i);
            size[root[i]]++;
        }
        // Cross-edge counts between groups, per group; groups are named by a root index.
        Map<Integer, Map<Integer, Integer>> adjacent = new HashMap<>();
        for (int[] p : pairs) {
            int a = root[p[0]];
            int b = root[p[1]];
            if (a != b) {
                adjacent.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                adjacent.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
            }
        }
        int[] version = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (Map.Entry<Integer, Map<Integer, Integer>> e : adjacent.entrySet()) {
            int a = e.getKey();
            for (Map.Entry<Integer, Integer> f : e.getValue().entrySet()) {
                if (a < f.getKey()) {
                    offer(queue, a, f.getKey(), f.getValue(), size, version, minCohesion);
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
            int sa = adjacent.getOrDefault(c.a, Map.of()).size();
            int sb = adjacent.getOrDefault(c.b, Map.of()).size();
            int keep = sa >= sb ? c.a : c.b;
            int gone = keep == c.a ? c.b : c.a;
            group[gone] = keep;
            size[keep] += size[gone];
            version[keep]++;
            version[gone] = -1;
            Map<Integer, Integer> keepAdj = adjacent.computeIfAbsent(keep, k -> new HashMap<>());
            Map<Integer, Integer> goneAdj = adjacent.remove(gone);
            keepAdj.remove(gone);
            if (goneAdj != null) {
                for (Map.Entry<Integer, Integer> e : goneAdj.entrySet()) {
                    int other = e.getKey();
                    if (other == keep) {
                        continue;
                    }
                    keepAdj.merge(other, e.getValue(), Integer::sum);
                    Map<Integer, Integer> otherAdj = adjacent.get(other);
                    otherAdj.remove(gone);
                    otherAdj.put(keep, keepAdj.get(other));
                }
            }
            for (Map.Entry<Integer, Integer> e : keepAdj.entrySet()) {
                offer(queue, keep, e.getKey(), e.getValue(), size, version, minCohesion);
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int g = root[i];
            while (group[g] != g) {
                g = group[g];
            }
            out[i] = g;
        }
        // Name each group by its smallest member, whatever the merge order.
        Map<Integer, Integer> smallest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            smallest.merge(out[i], i, Math::min);
        }
        for (int i = 0; i < n; i++) {
            out[i] = smallest.get(out[i]);
        }
        return out;
    }

    /**
     * Queues the merge of groups a and b if it is cohesive enough. A pair below the threshold
     * needs no entry: its density only changes when one side merges, and then it is offered again.
     */
    private static void offer(PriorityQueue<Candidate> queue, int a, int b, int edges, int[] size,
                              int[] version, double minCohesion) {
        int x = Math.min(a, b);
        int y = Math.max(a, b);
        double density = edges / ((double) size[x] * size[y]);
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
