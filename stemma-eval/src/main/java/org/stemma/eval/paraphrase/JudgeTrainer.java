package org.stemma.eval.paraphrase;

import java.util.Random;
import org.stemma.align.paraphrase.ParaphraseJudge;

/**
 * Learns the {@link ParaphraseJudge}'s weights and threshold from labelled pairs by k-fold
 * cross-validation:
 *
 * <ol>
 * <li>the pairs are shuffled (fixed seed) and cut into k folds;</li>
 * <li>for each fold, a logistic regression is fitted on the other k−1 folds and scores the
 *     held-out fold, giving every pair an out-of-fold probability;</li>
 * <li>the threshold is the one that maximises the accuracy of those out-of-fold
 *     probabilities (so it is chosen on data the scoring model did not see);</li>
 * <li>as an estimate free of that choice too, each fold is also decided with a threshold
 *     chosen on its own k−1 training folds ({@link Result#nested});</li>
 * <li>the shipped weights are fitted on all pairs; the shipped threshold is the one of step 3.</li>
 * </ol>
 */
public final class JudgeTrainer {

    /** L2 penalty on standardised weights (small: 8 features, thousands of pairs). */
    public static final double LAMBDA = 1e-4;

    /**
     * @param judge      weights fitted on all pairs, threshold chosen out of fold
     * @param outOfFold  scores of out-of-fold probabilities at the chosen threshold
     * @param nested     scores when each fold's threshold is chosen on its training folds
     * @param folds      k
     */
    public record Result(ParaphraseJudge judge, Scores outOfFold, Scores nested, int folds) {
    }

    private JudgeTrainer() {
    }

    public static Result train(double[][] x, boolean[] y, int folds, long seed) {
        if (folds < 2 || folds > x.length) {
            throw new IllegalArgumentException("folds must be in [2, " + x.length + "]: " + folds);
        }
        int n = x.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] oof = new double[n];
        Scores nested = new Scores(0, 0, 0, 0);
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) n * f / folds);
            int to = (int) ((long) n * (f + 1) / folds);
            double[][] tx = new double[n - (to - from)][];
            boolean[] ty = new boolean[tx.length];
            double[][] hx = new double[to - from][];
            boolean[] hy = new boolean[hx.length];
            int ti = 0;
            for (int k = 0; k < n; k++) {
                int i = perm[k];
                if (k >= from && k < to) {
                    hx[k - from] = x[i];
                    hy[k - from] = y[i];
                } else {
                    tx[ti] = x[i];
                    ty[ti++] = y[i];
                }
            }
            LogisticRegression.Model m = LogisticRegression.fit(tx, ty, LAMBDA);
            double[] trainScore = new double[tx.length];
            for (int i = 0; i < tx.length; i++) {
                trainScore[i] = m.probability(tx[i]);
            }
            double innerThreshold = Scores.bestAccuracyThreshold(trainScore, ty);
            double[] held = new double[hx.length];
            for (int i = 0; i < hx.length; i++) {
                held[i] = m.probability(hx[i]);
                oof[perm[from + i]] = held[i];
            }
            nested = nested.plus(Scores.of(held, hy, innerThreshold));
        }
        double threshold = Scores.bestAccuracyThreshold(oof, y);
        LogisticRegression.Model all = LogisticRegression.fit(x, y, LAMBDA);
        ParaphraseJudge judge = new ParaphraseJudge(all.weights(), all.bias(), threshold);
        return new Result(judge, Scores.of(oof, y, threshold), nested, folds);
    }
}
