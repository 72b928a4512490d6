package org.stemma.eval.provenance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.stemma.provenance.CandidateGraph;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.TreeMarginals;

/**
 * Fits the copy model's weights and root score by maximum likelihood over derivation forests:
 * the probability of a forest is proportional to the exponent of its edges' and roots' scores
 * (a conditional random field over arborescences), and the gold constrains each labelled
 * article's parent to a set (a newspaper story written from the wire: one of its catchline's
 * wire texts; a story not written from it: no parent in the corpus; a wire text: no parent or
 * another wire text of its catchline). The log-likelihood of the gold is the log of the mass of
 * the forests that respect every constraint over the mass of all forests, both by the
 * matrix-tree theorem; its gradient is the difference of the feature expectations. Maximised
 * by BFGS, edge weights kept at or above their floors ({@link CopyModel#FLOOR}, by a softplus)
 * and pulled towards their prior means
 * ({@link CopyModel#PRIOR}) by an L2 penalty on standardised features.
 */
public final class CopyModelFit {

    /** L2 penalty per standardised weight. */
    static final double LAMBDA = 1.0;
    static final int MAX_ITERATIONS = 200;

    private CopyModelFit() {
    }

    /**
     * A graph and, per node, the parents the gold allows.
     *
     * @param graph   the candidate graph
     * @param parents per node: null if unconstrained, else the allowed parent nodes
     * @param root    per node: whether having no parent is allowed (ignored when {@code parents} is null)
     */
    public record Labelled(CandidateGraph graph, List<Set<Integer>> parents, boolean[] root) {
    }

    /** The fitted model: {@code base} with new edge and root weights. */
    public static CopyModel fit(List<Labelled> data, CopyModel base) {
        int d = CopyModel.NAMES.size();
        int r = CopyModel.ROOT_NAMES.size();
        // Features are scaled by their spread (not centred, so a score keeps its zero).
        double[] sd = new double[d + r];
        spread(data, sd, d, r);
        // The penalty pulls each scaled weight towards its prior mean (CopyModel.PRIOR), the
        // starting point too.
        double[] prior = new double[d];
        double[] floor = new double[d];
        double[] theta0 = new double[d + r];
        for (int k = 0; k < d; k++) {
            prior[k] = CopyModel.PRIOR.get(k) * sd[k];
            floor[k] = CopyModel.FLOOR.get(k) * sd[k];
            theta0[k] = inverseSoftplus(Math.max(1e-3, prior[k] - floor[k]));
        }
        Objective f = new Objective(data, sd, d, r, prior, floor);
        double[] theta = bfgs(f, theta0);
        double[] w = new double[d];
        double[] wr = new double[r];
        for (int k = 0; k < d; k++) {
            w[k] = (floor[k] + softplus(theta[k])) / sd[k];
        }
        for (int k = 0; k < r; k++) {
            wr[k] = theta[d + k] / sd[d + k];
        }
        return base.with(w, wr);
    }

    /** Edge weights are {@code softplus(u)}: never negative. */
    static double softplus(double u) {
        return u > 30 ? u : Math.log1p(Math.exp(u));
    }

    static double inverseSoftplus(double w) {
        return w > 30 ? w : Math.log(Math.expm1(Math.max(w, 1e-9)));
    }

    private static double sigmoid(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    /** Root-mean-square of each edge feature over all edges and each root feature over all articles (1 if 0). */
    private static void spread(List<Labelled> data, double[] sd, int d, int r) {
        long edges = 0;
        long nodes = 0;
        for (Labelled l : data) {
            for (double[] x : l.graph().x()) {
                for (int k = 0; k < d; k++) {
                    sd[k] += x[k] * x[k];
                }
                edges++;
            }
            for (double[] z : l.graph().rootX()) {
                for (int k = 0; k < r; k++) {
                    sd[d + k] += z[k] * z[k];
                }
                nodes++;
            }
        }
        for (int k = 0; k < d + r; k++) {
            sd[k] = Math.sqrt(sd[k] / Math.max(1, k < d ? edges : nodes));
            if (sd[k] < 1e-9) {
                sd[k] = 1;
            }
        }
    }

    /** Negative penalised log-likelihood and its gradient, in scaled coordinates. */
    private static final class Objective {
        final List<Labelled> data;
        final double[] sd;
        final int d;
        final int r;
        final double[] prior;
        final double[] floor;

        Objective(List<Labelled> data, double[] sd, int d, int r, double[] prior, double[] floor) {
            this.floor = floor;
            this.data = data;
            this.sd = sd;
            this.d = d;
            this.r = r;
            this.prior = prior;
        }

        /** Returns the value; fills {@code grad} (with respect to theta: softplus arguments, then root weights). */
        double eval(double[] theta, double[] grad) {
            Arrays.fill(grad, 0);
            double[] ws = new double[d];
            double[] w = new double[d];
            for (int k = 0; k < d; k++) {
                ws[k] = floor[k] + softplus(theta[k]);
                w[k] = ws[k] / sd[k];
            }
            double[] wr = new double[r];
            for (int k = 0; k < r; k++) {
                wr[k] = theta[d + k] / sd[d + k];
            }
            double value = 0;
            for (Labelled l : data) {
                CandidateGraph g = l.graph();
                int n = g.nodes().size();
                int m = g.from().length;
                double[] rootScore = new double[n];
                for (int v = 0; v < g.members(); v++) {
                    rootScore[v] = dot(wr, g.rootX()[v]);
                }
                double[] score = new double[m];
                for (int e = 0; e < m; e++) {
                    score[e] = g.offset()[e] + (g.onRoot()[e] ? rootScore[g.to()[e]] : dot(w, g.x()[e]));
                }
                TreeMarginals.Result all = TreeMarginals.exact(n, g.from(), g.to(), score, rootScore);
                // Restricted: only the allowed parents of constrained nodes.
                double[] rs = score.clone();
                double[] rr = rootScore.clone();
                for (int e = 0; e < m; e++) {
                    Set<Integer> ok = l.parents().get(g.to()[e]);
                    if (ok != null && !ok.contains(g.from()[e])) {
                        rs[e] = Double.NEGATIVE_INFINITY;
                    }
                }
                for (int v = 0; v < n; v++) {
                    if (l.parents().get(v) != null && !l.root()[v]) {
                        rr[v] = Double.NEGATIVE_INFINITY;
                    }
                }
                TreeMarginals.Result gold = TreeMarginals.exact(n, g.from(), g.to(), rs, rr);
                if (gold.logZ() == Double.NEGATIVE_INFINITY) {
                    continue; // no forest respects the gold: nothing to learn here
                }
                value -= gold.logZ() - all.logZ();
                for (int e = 0; e < m; e++) {
                    double diff = gold.edge()[e] - all.edge()[e];
                    if (diff == 0) {
                        continue;
                    }
                    if (g.onRoot()[e]) {
                        double[] z = g.rootX()[g.to()[e]];
                        for (int k = 0; k < r; k++) {
                            grad[d + k] -= diff * z[k] / sd[d + k];
                        }
                    } else {
                        for (int k = 0; k < d; k++) {
                            grad[k] -= diff * g.x()[e][k] / sd[k];
                        }
                    }
                }
                for (int v = 0; v < g.members(); v++) {
                    double diff = gold.root()[v] - all.root()[v];
                    double[] z = g.rootX()[v];
                    for (int k = 0; k < r; k++) {
                        grad[d + k] -= diff * z[k] / sd[d + k];
                    }
                }
            }
            // Penalty on the scaled weights' distance to their prior means; the constant root
            // weight is free (it only sets the share of roots).
            for (int k = 0; k < d; k++) {
                double dev = ws[k] - prior[k];
                value += LAMBDA / 2 * dev * dev;
                grad[k] = (grad[k] + LAMBDA * dev) * sigmoid(theta[k]);
            }
            for (int k = d + 1; k < d + r; k++) {
                value += LAMBDA / 2 * theta[k] * theta[k];
                grad[k] += LAMBDA * theta[k];
            }
            // A step into overflow is refused by the line search.
            return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
        }
    }

    /** BFGS with a backtracking (Armijo) line search. */
    private static double[] bfgs(Objective f, double[] x0) {
        int p = x0.length;
        double[] x = x0.clone();
        double[] g = new double[p];
        double fx = f.eval(x, g);
        double[][] h = identity(p);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] dir = new double[p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    dir[i] -= h[i][j] * g[j];
                }
            }
            double slope = dot(dir, g);
            if (slope >= 0) {
                h = identity(p);
                for (int i = 0; i < p; i++) {
                    dir[i] = -g[i];
                }
                slope = dot(dir, g);
            }
            double step = 1;
            double[] xn = new double[p];
            double[] gn = new double[p];
            double fn;
            while (true) {
                for (int i = 0; i < p; i++) {
                    xn[i] = x[i] + step * dir[i];
                }
                fn = f.eval(xn, gn);
                if (fn <= fx + 1e-4 * step * slope) {
                    break;
                }
                if (step < 1e-10) {
                    return x; // no descent along this direction: done
                }
                step /= 2;
            }
            double[] s = new double[p];
            double[] y = new double[p];
            for (int i = 0; i < p; i++) {
                s[i] = xn[i] - x[i];
                y[i] = gn[i] - g[i];
            }
            double improvement = fx - fn;
            x = xn;
            g = gn;
            fx = fn;
            double sy = dot(s, y);
            if (sy > 1e-12) {
                h = update(h, s, y, sy);
            }
            if (improvement < 1e-9 * Math.max(1, Math.abs(fx)) && norm(g) < 1e-5) {
                break;
            }
            if (norm(g) < 1e-7) {
                break;
            }
        }
        return x;
    }

    private static double[][] update(double[][] h, double[] s, double[] y, double sy) {
        int p = s.length;
        double[] hy = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                hy[i] += h[i][j] * y[j];
            }
        }
        double yhy = dot(y, hy);
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                out[i][j] = h[i][j] + (sy + yhy) * s[i] * s[j] / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
        return out;
    }

    private static double[][] identity(int p) {
        double[][] h = new double[p][p];
        for (int i = 0; i < p; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
