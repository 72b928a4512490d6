package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BranchingTest {

    private static int[] parents(int n, int[] from, int[] to, double[] w) {
        int[] e = Branching.maximum(n, from, to, w);
        int[] p = new int[n];
        for (int v = 0; v < n; v++) {
            p[v] = e[v] < 0 ? -1 : from[e[v]];
        }
        return p;
    }

    @Test
    void chainPicksHeaviestParents() {
        // 0 -> 1 -> 2, with a weaker 0 -> 2
        int[] p = parents(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {5, 4, 1});
        assertThat(p).containsExactly(-1, 0, 1);
    }

    @Test
    void twoCycleIsBrokenWhereItCostsLeast() {
        // 0 <-> 1 both heavy; 0 -> 1 slightly heavier, so 1 hangs below 0
        int[] p = parents(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {3, 2});
        assertThat(p).containsExactly(-1, 0);
    }

    @Test
    void cycleEnteredFromOutsideKeepsTheRestOfTheCycle() {
        // cycle 1 -> 2 -> 3 -> 1 (weights 10), plus 0 -> 2 (weight 1) and 0 -> 3 (weight 8).
        // Best: enter the cycle at 3 (losing 2->3 = 10, gaining 8), keep 3 -> 1 and 1 -> 2.
        int[] from = {1, 2, 3, 0, 0};
        int[] to = {2, 3, 1, 2, 3};
        double[] w = {10, 10, 10, 1, 8};
        int[] p = parents(4, from, to, w);
        assertThat(p).containsExactly(-1, 3, 1, 0);
    }

    @Test
    void cycleWithoutEntryBecomesRootedAtItsWeakestEdge() {
        int[] from = {0, 1, 2};
        int[] to = {1, 2, 0};
        double[] w = {3, 5, 4};
        int[] p = parents(3, from, to, w);
        // drop the lightest edge 0 -> 1: node 1 is the root
        assertThat(p).containsExactly(2, -1, 1);
    }

    @Test
    void nestedCyclesAreContractedRepeatedly() {
        // Two 2-cycles {0,1} and {2,3} joined in both directions by lighter edges.
        int[] from = {0, 1, 2, 3, 1, 3};
        int[] to = {1, 0, 3, 2, 2, 0};
        double[] w = {9, 9, 9, 9, 4, 3};
        int[] p = parents(4, from, to, w);
        double total = weight(p, from, to, w);
        assertThat(total).isEqualTo(bruteForce(4, from, to, w));
        assertThat(roots(p)).isEqualTo(1);
    }

    @Test
    void nonPositiveEdgesAndSelfLoopsAreIgnored() {
        int[] p = parents(3, new int[] {0, 1, 2}, new int[] {1, 1, 0}, new double[] {-1, 7, 0});
        assertThat(p).containsExactly(-1, -1, -1);
    }

    @Test
    void rootWeightCanOutbidWeakEdges() {
        int[] e = Branching.maximum(2, new int[] {0}, new int[] {1}, new double[] {0.5}, new double[] {0, 1});
        assertThat(e).containsExactly(-1, -1);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Branching.maximum(2, new int[] {0}, new int[] {5}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Branching.maximum(2, new int[] {0}, new int[] {}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesExhaustiveSearchOnRandomGraphs() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(5);
            int m = rnd.nextInt(n * (n - 1) + 1);
            int[] from = new int[m];
            int[] to = new int[m];
            double[] w = new double[m];
            for (int e = 0; e < m; e++) {
                from[e] = rnd.nextInt(n);
                to[e] = rnd.nextInt(n);
                w[e] = rnd.nextInt(10) - 2; // some non-positive, many ties
            }
            int[] p = parents(n, from, to, w);
            assertThat(isForest(p)).as("trial %d forest", trial).isTrue();
            assertThat(weight(p, from, to, w)).as("trial %d weight", trial)
                    .isEqualTo(bruteForce(n, from, to, w));
        }
    }

    private static int roots(int[] p) {
        int r = 0;
        for (int x : p) {
            if (x < 0) {
                r++;
            }
        }
        return r;
    }

    /** Weight of a parent assignment using the best edge for each (parent, child). */
    private static double weight(int[] p, int[] from, int[] to, double[] w) {
        double total = 0;
        for (int v = 0; v < p.length; v++) {
            if (p[v] >= 0) {
                total += best(p[v], v, from, to, w);
            }
        }
        return total;
    }

    private static double best(int u, int v, int[] from, int[] to, double[] w) {
        double b = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < from.length; e++) {
            if (from[e] == u && to[e] == v && u != v) {
                b = Math.max(b, w[e]);
            }
        }
        return b;
    }

    private static boolean isForest(int[] p) {
        for (int v = 0; v < p.length; v++) {
            int x = v;
            for (int step = 0; step <= p.length; step++) {
                if (x < 0) {
                    break;
                }
                x = p[x];
                if (step == p.length) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Best total over every parent assignment without cycles, using only positive edges. */
    private static double bruteForce(int n, int[] from, int[] to, double[] w) {
        int[] p = new int[n];
        return search(0, p, n, from, to, w);
    }

    private static double search(int v, int[] p, int n, int[] from, int[] to, double[] w) {
        if (v == n) {
            return isForest(p) ? weight(p, from, to, w) : Double.NEGATIVE_INFINITY;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int u = -1; u < n; u++) {
            if (u == v) {
                continue;
            }
            if (u >= 0 && !(best(u, v, from, to, w) > 0)) {
                continue;
            }
            p[v] = u;
            best = Math.max(best, search(v + 1, p, n, from, to, w));
        }
        return best;
    }
}
