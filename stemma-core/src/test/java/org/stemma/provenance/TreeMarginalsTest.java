package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeMarginalsTest {

    /** Every forest enumerated: each node picks no parent or one of its incoming edges, cycles excluded. */
    private static double[][] brute(int n, int[] from, int[] to, double[] score, double[] root) {
        List<List<Integer>> into = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            into.add(new ArrayList<>());
            into.get(v).add(-1);
        }
        for (int e = 0; e < from.length; e++) {
            into.get(to[e]).add(e);
        }
        double[] pe = new double[from.length];
        double[] pr = new double[n];
        double[] z = {0};
        int[] choice = new int[n];
        enumerate(0, n, choice, into, from, score, root, pe, pr, z);
        for (int e = 0; e < pe.length; e++) {
            pe[e] /= z[0];
        }
        for (int v = 0; v < n; v++) {
            pr[v] /= z[0];
        }
        return new double[][] {pe, pr, {Math.log(z[0])}};
    }

    private static void enumerate(int v, int n, int[] choice, List<List<Integer>> into, int[] from, double[] score,
                                  double[] root, double[] pe, double[] pr, double[] z) {
        if (v == n) {
            for (int s = 0; s < n; s++) {
                int x = s;
                for (int step = 0; step <= n && x >= 0; step++) {
                    x = choice[x] < 0 ? -1 : from[choice[x]];
                    if (step == n) {
                        return; // cycle
                    }
                }
            }
            double w = 0;
            for (int u = 0; u < n; u++) {
                w += choice[u] < 0 ? root[u] : score[choice[u]];
            }
            double p = Math.exp(w);
            z[0] += p;
            for (int u = 0; u < n; u++) {
                if (choice[u] < 0) {
                    pr[u] += p;
                } else {
                    pe[choice[u]] += p;
                }
            }
            return;
        }
        for (int e : into.get(v)) {
            choice[v] = e;
            enumerate(v + 1, n, choice, into, from, score, root, pe, pr, z);
        }
    }

    @Test
    void matchesEnumerationOfAllForests() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(5);
            List<int[]> es = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && rnd.nextDouble() < 0.6) {
                        es.add(new int[] {u, v});
                    }
                }
            }
            int[] from = es.stream().mapToInt(x -> x[0]).toArray();
            int[] to = es.stream().mapToInt(x -> x[1]).toArray();
            double[] score = new double[from.length];
            for (int e = 0; e < score.length; e++) {
                score[e] = rnd.nextGaussian() * 3;
            }
            double[] root = new double[n];
            for (int v = 0; v < n; v++) {
                root[v] = rnd.nextGaussian() * 3;
            }
            double[][] want = brute(n, from, to, score, root);
            TreeMarginals.Result got = TreeMarginals.exact(n, from, to, score, root);
            assertThat(got.logZ()).isCloseTo(want[2][0], within(1e-9));
            for (int e = 0; e < from.length; e++) {
                assertThat(got.edge()[e]).isCloseTo(want[0][e], within(1e-9));
            }
            for (int v = 0; v < n; v++) {
                assertThat(got.root()[v]).isCloseTo(want[1][v], within(1e-9));
            }
        }
    }

    @Test
    void identicalTextsGetHalfEachWay() {
        // Two nodes that explain each other equally well and are unlikely roots alone.
        TreeMarginals.Result r = TreeMarginals.exact(2, new int[] {0, 1}, new int[] {1, 0},
                new double[] {5, 5}, new double[] {0, 0});
        assertThat(r.edge()[0]).isCloseTo(r.edge()[1], within(1e-12));
        assertThat(r.edge()[0]).isCloseTo(0.5, within(0.01));
        TreeMarginals.Result a = TreeMarginals.approximate(2, new int[] {0, 1}, new int[] {1, 0},
                new double[] {5, 5}, new double[] {0, 0});
        assertThat(a.edge()[0]).isCloseTo(0.5, within(0.01));
    }

    @Test
    void aForbiddenRootWithoutParentsAllowsNoForest() {
        TreeMarginals.Result r = TreeMarginals.exact(2, new int[] {0}, new int[] {1}, new double[] {1},
                new double[] {Double.NEGATIVE_INFINITY, 0});
        assertThat(r.logZ()).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
