package org.stemma.eval.paraphrase;

/**
 * L2-regularised logistic regression fitted by Newton's method on standardised features; the
 * result is expressed on the raw features so that it can be shipped as plain constants.
 */
public final class LogisticRegression {

    /** Fitted parameters on raw features: {@code p = sigmoid(bias + weights·x)}. */
    public record Model(double[] weights, double bias) {
        public double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private LogisticRegression() {
    }

    /**
     * Fits rows {@code x[i]} with labels {@code y[i]}; {@code lambda} is the L2 penalty on the
     * standardised weights (not on the intercept), per example.
     */
    public static Model fit(double[][] x, boolean[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        int p = d + 1; // last parameter: intercept
        double[] beta = new double[p];
        double[] z = new double[p];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int i = 0; i < n; i++) {
                standardise(x[i], mean, sd, z);
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += beta[j] * z[j];
                }
                double mu = 1 / (1 + Math.exp(-s));
                double r = (y[i] ? 1 : 0) - mu;
                double w = Math.max(mu * (1 - mu), 1e-9);
                for (int j = 0; j < p; j++) {
                    grad[j] += r * z[j];
                    for (int k = 0; k <= j; k++) {
                        hess[j][k] += w * z[j] * z[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hess[k][j] = hess[j][k];
                }
                if (j < d) {
                    grad[j] -= lambda * n * beta[j];
                    hess[j][j] += lambda * n;
                }
                hess[j][j] += 1e-9;
            }
            double[] step = solve(hess, grad);
            double max = 0;
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
                max = Math.max(max, Math.abs(step[j]));
            }
            if (max < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d];
        double bias = beta[d];
        for (int j = 0; j < d; j++) {
            if (sd[j] > 0) {
                weights[j] = beta[j] / sd[j];
                bias -= beta[j] * mean[j] / sd[j];
            }
        }
        return new Model(weights, bias);
    }

    private static void standardise(double[] row, double[] mean, double[] sd, double[] z) {
        for (int j = 0; j < row.length; j++) {
            z[j] = sd[j] > 0 ? (row[j] - mean[j]) / sd[j] : 0;
        }
        z[row.length] = 1;
    }

    /** Solves {@code a·s = b} by Gaussian elimination with partial pivoting (a is copied). */
    public static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = b[r];
            for (int k = r + 1; k < n; k++) {
                v -= a[r][k] * s[k];
            }
            s[r] = v / a[r][r];
        }
        return s;
    }
}
