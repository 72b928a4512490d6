package org.stemma.eval.quotes;

import java.util.List;
import org.stemma.eval.paraphrase.LogisticRegression;

/**
 * A listwise fit of option scores: within one quotation the options compete (a softmax over its
 * options), and the target spreads evenly over its right options, so a quotation with several
 * right options (a name and the "he" that means him) counts once, not once per option as in a
 * pointwise fit. L2-regularised, Newton's method on standardised features; the result is a
 * {@link LogisticRegression.Model} on raw features whose score orders options the same way (only
 * the order within a quotation matters, so the bias carries no meaning).
 */
final class ConditionalLogit {

    /** One quotation's options ({@code x}) and which are right ({@code y}, at least one). */
    record Choice(List<double[]> x, boolean[] y) {
    }

    private ConditionalLogit() {
    }

    /** Fits on {@code choices}; {@code lambda} is the L2 penalty per quotation on the standardised weights. */
    static LogisticRegression.Model fit(List<Choice> choices, double lambda) {
        return fit(choices, lambda, -1, 0);
    }

    /**
     * As {@link #fit(List, double)}, with feature {@code fixed} (-1: none) held at the raw weight
     * {@code weight} (an offset) and the others fitted around it.
     */
    static LogisticRegression.Model fit(List<Choice> choices, double lambda, int fixed, double weight) {
        int d = choices.get(0).x().get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        int n = 0;
        for (Choice c : choices) {
            for (double[] row : c.x()) {
                n++;
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (Choice c : choices) {
            for (double[] row : c.x()) {
                for (int j = 0; j < d; j++) {
                    sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        double penalty = lambda * choices.size();
        double[] beta = new double[d];
        if (fixed >= 0) {
            beta[fixed] = weight * sd[fixed];
        }
        double before = objective(choices, beta, mean, sd, penalty);
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (Choice c : choices) {
                accumulate(c, beta, mean, sd, grad, hess);
            }
            for (int j = 0; j < d; j++) {
                grad[j] -= penalty * beta[j];
                hess[j][j] += penalty + 1e-9;
            }
            if (fixed >= 0) { // the held weight takes no step: its row and column decouple
                grad[fixed] = 0;
                for (int j = 0; j < d; j++) {
                    hess[fixed][j] = 0;
                    hess[j][fixed] = 0;
                }
                hess[fixed][fixed] = 1;
            }
            double[] step = LogisticRegression.solve(hess, grad);
            double scale = 1;
            double[] next = new double[d];
            double after;
            do { // halve the step until the objective does not fall (Newton can overshoot far from the optimum)
                for (int j = 0; j < d; j++) {
                    next[j] = beta[j] + scale * step[j];
                }
                after = objective(choices, next, mean, sd, penalty);
                scale /= 2;
            } while (after < before - 1e-12 && scale > 1e-6);
            double max = 0;
            for (int j = 0; j < d; j++) {
                max = Math.max(max, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            before = after;
            if (max < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d];
        double bias = 0;
        for (int j = 0; j < d; j++) {
            if (sd[j] > 0) {
                weights[j] = beta[j] / sd[j];
                bias -= beta[j] * mean[j] / sd[j];
            }
        }
        return new LogisticRegression.Model(weights, bias);
    }

    /** One quotation's part of the gradient and of the (negated) Hessian of the log likelihood. */
    private static void accumulate(Choice c, double[] beta, double[] mean, double[] sd, double[] grad, double[][] hess) {
        int d = beta.length;
        double[][] z = standardised(c, mean, sd);
        double[] p = softmax(z, beta);
        double right = 0;
        for (boolean b : c.y()) {
            right += b ? 1 : 0;
        }
        double[] avg = new double[d];
        for (int i = 0; i < z.length; i++) {
            double t = c.y()[i] ? 1 / right : 0;
            for (int j = 0; j < d; j++) {
                grad[j] += (t - p[i]) * z[i][j];
                avg[j] += p[i] * z[i][j];
            }
        }
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    hess[j][k] += p[i] * (z[i][j] - avg[j]) * (z[i][k] - avg[k]);
                }
            }
        }
    }

    /** The penalised log likelihood (higher is better). */
    private static double objective(List<Choice> choices, double[] beta, double[] mean, double[] sd, double penalty) {
        double ll = 0;
        for (Choice c : choices) {
            double[] p = softmax(standardised(c, mean, sd), beta);
            double right = 0;
            for (boolean b : c.y()) {
                right += b ? 1 : 0;
            }
            for (int i = 0; i < p.length; i++) {
                if (c.y()[i]) {
                    ll += Math.log(Math.max(p[i], 1e-300)) / right;
                }
            }
        }
        double norm = 0;
        for (double b : beta) {
            norm += b * b;
        }
        return ll - penalty / 2 * norm;
    }

    private static double[][] standardised(Choice c, double[] mean, double[] sd) {
        double[][] z = new double[c.x().size()][mean.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = sd[j] > 0 ? (c.x().get(i)[j] - mean[j]) / sd[j] : 0;
            }
        }
        return z;
    }

    private static double[] softmax(double[][] z, double[] beta) {
        double[] s = new double[z.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < beta.length; j++) {
                s[i] += beta[j] * z[i][j];
            }
            max = Math.max(max, s[i]);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
        return s;
    }
}
