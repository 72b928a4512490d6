package org.stemma.provenance;

/**
 * Edge probabilities under a distribution over derivation forests: each forest (every node has
 * at most one parent, no cycles) has probability proportional to the exponent of the sum of its
 * edges' scores and its roots' scores. An edge's probability is the share of that mass in the
 * forests that contain it: it counts every way the rest of the lineage could hang together, so
 * two identical texts get one half each way and a parent that a close sibling could replace gets
 * its share only.
 *
 * <p>Computed exactly by the matrix-tree theorem (Koo, Globerson, Carreras and Collins, EMNLP
 * 2007): with a virtual root, the partition function is the determinant of the Laplacian of the
 * edge weights, and an edge's probability follows from the inverse. O(n³) for n nodes; above
 * {@link #MAX_EXACT} nodes an approximation is used (each node's own choice among its parents
 * and being a root, times the odds of the edge against its reverse).
 */
public final class TreeMarginals {

    /** Largest forest computed exactly. */
    static final int MAX_EXACT = 400;

    private TreeMarginals() {
    }

    /**
     * @param edge   per edge, its probability
     * @param root   per node, the probability that it has no parent
     * @param logZ   log of the partition function (NaN for the approximation; -Infinity if no forest is allowed)
     */
    public record Result(double[] edge, double[] root, double logZ) {
    }

    /**
     * @param n         nodes
     * @param from      edge sources
     * @param to        edge targets (self-loops are ignored)
     * @param score     edge scores
     * @param rootScore per node, its score as a root; {@code Double.NEGATIVE_INFINITY} forbids it
     */
    static Result of(int n, int[] from, int[] to, double[] score, double[] rootScore) {
        return n > MAX_EXACT ? approximate(n, from, to, score, rootScore) : exact(n, from, to, score, rootScore);
    }

    public static Result exact(int n, int[] from, int[] to, double[] score, double[] rootScore) {
        int m = from.length;
        // Scaling each node's incoming weights by a constant scales the determinant alone.
        double[] top = new double[n];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (int v = 0; v < n; v++) {
            top[v] = rootScore[v];
        }
        for (int e = 0; e < m; e++) {
            if (from[e] != to[e]) {
                top[to[e]] = Math.max(top[to[e]], score[e]);
            }
        }
        double[][] lap = new double[n][n];
        double[] wr = new double[n];
        double shift = 0;
        for (int v = 0; v < n; v++) {
            if (top[v] == Double.NEGATIVE_INFINITY) {
                return new Result(new double[m], new double[n], Double.NEGATIVE_INFINITY);
            }
            wr[v] = Math.exp(rootScore[v] - top[v]);
            lap[v][v] += wr[v];
            shift += top[v];
        }
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            if (from[e] == to[e]) {
                continue;
            }
            w[e] = Math.exp(score[e] - top[to[e]]);
            lap[to[e]][to[e]] += w[e];
            lap[from[e]][to[e]] -= w[e];
        }
        double[][] inv = new double[n][];
        double logDet = invert(lap, inv);
        if (Double.isNaN(logDet)) {
            return new Result(new double[m], new double[n], Double.NEGATIVE_INFINITY);
        }
        double[] pe = new double[m];
        for (int e = 0; e < m; e++) {
            if (from[e] != to[e]) {
                int u = from[e];
                int v = to[e];
                pe[e] = clamp(w[e] * (inv[v][v] - inv[v][u]));
            }
        }
        double[] pr = new double[n];
        for (int v = 0; v < n; v++) {
            pr[v] = clamp(wr[v] * inv[v][v]);
        }
        return new Result(pe, pr, logDet + shift);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /**
     * Inverts {@code a} (overwritten) into {@code inv} by LU decomposition with partial
     * pivoting; returns log |det a|, or NaN if it is singular.
     */
    private static double invert(double[][] a, double[][] inv) {
        int n = a.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double logDet = 0;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
                    p = i;
                }
            }
            if (Math.abs(a[p][k]) < 1e-300) {
                return Double.NaN;
            }
            if (p != k) {
                double[] t = a[p];
                a[p] = a[k];
                a[k] = t;
                int ti = perm[p];
                perm[p] = perm[k];
                perm[k] = ti;
            }
            double d = a[k][k];
            logDet += Math.log(Math.abs(d));
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / d;
                if (f == 0) {
                    continue;
                }
                a[i][k] = f;
                double[] ai = a[i];
                double[] ak = a[k];
                for (int j = k + 1; j < n; j++) {
                    ai[j] -= f * ak[j];
                }
            }
        }
        // Solve for each unit vector: column j of the inverse.
        double[][] cols = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = perm[i] == j ? 1 : 0;
            }
            for (int i = 0; i < n; i++) {
                double s = x[i];
                double[] ai = a[i];
                for (int k = 0; k < i; k++) {
                    s -= ai[k] * x[k];
                }
                x[i] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i];
                double[] ai = a[i];
                for (int k = i + 1; k < n; k++) {
                    s -= ai[k] * x[k];
                }
                x[i] = s / ai[i];
            }
            cols[j] = x;
        }
        for (int i = 0; i < n; i++) {
            inv[i] = new double[n];
            for (int j = 0; j < n; j++) {
                inv[i][j] = cols[j][i];
            }
        }
        return logDet;
    }

    /**
     * For large forests: each node's choice among its candidate parents and being a root, times
     * the odds of the edge against its reverse (two identical texts: one half each way).
     */
    static Result approximate(int n, int[] from, int[] to, double[] score, double[] rootScore) {
        int m = from.length;
        double[] top = rootScore.clone();
        for (int e = 0; e < m; e++) {
            top[to[e]] = Math.max(top[to[e]], score[e]);
        }
        double[] sum = new double[n];
        for (int v = 0; v < n; v++) {
            sum[v] = Math.exp(rootScore[v] - top[v]);
        }
        java.util.Map<Long, Integer> byPair = new java.util.HashMap<>();
        for (int e = 0; e < m; e++) {
            if (from[e] != to[e]) {
                sum[to[e]] += Math.exp(score[e] - top[to[e]]);
                byPair.put(((long) from[e] << 32) | to[e], e);
            }
        }
        double[] pe = new double[m];
        for (int e = 0; e < m; e++) {
            if (from[e] == to[e]) {
                continue;
            }
            double local = Math.exp(score[e] - top[to[e]]) / sum[to[e]];
            Integer back = byPair.get(((long) to[e] << 32) | from[e]);
            double odds = 1;
            if (back != null) {
                double forth = score[e] + rootScore[from[e]];
                double rev = score[back] + rootScore[to[e]];
                odds = 1 / (1 + Math.exp(rev - forth));
            }
            pe[e] = local * odds;
        }
        double[] pr = new double[n];
        for (int v = 0; v < n; v++) {
            pr[v] = Math.exp(rootScore[v] - top[v]) / sum[v];
        }
        return new Result(pe, pr, Double.NaN);
    }
}
