package org.stemma.eval.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.align.paraphrase.ParaphraseJudge;

class JudgeTrainerTest {

    @Test
    void thresholdSearchFindsTheSeparatingCut() {
        double[] s = {0.1, 0.2, 0.35, 0.6, 0.7, 0.9};
        boolean[] g = {false, false, false, true, true, true};
        double t = Scores.bestAccuracyThreshold(s, g);
        assertThat(t).isBetween(0.35, 0.6);
        Scores sc = Scores.of(s, g, t);
        assertThat(sc.accuracy()).isEqualTo(1.0);
        assertThat(sc.f1()).isEqualTo(1.0);
    }

    @Test
    void scoresComputeTheUsualMeasures() {
        Scores s = new Scores(6, 2, 1, 1);
        assertThat(s.accuracy()).isEqualTo(0.7);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isCloseTo(6 / 7.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new Scores(0, 0, 3, 0).f1()).isZero();
    }

    @Test
    void logisticRegressionRecoversKnownWeights() {
        Random rnd = new Random(3);
        int n = 4000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rnd.nextGaussian();
            x[i][1] = rnd.nextGaussian() * 3 + 1;
            double z = 2.0 * x[i][0] - 0.5 * x[i][1] + 0.3;
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-z));
        }
        LogisticRegression.Model m = LogisticRegression.fit(x, y, 0);
        assertThat(m.weights()[0]).isBetween(1.7, 2.3);
        assertThat(m.weights()[1]).isBetween(-0.6, -0.4);
        assertThat(m.bias()).isBetween(0.1, 0.5);
    }

    @Test
    void crossValidationOnSeparableFeaturesLearnsAUsefulJudge() {
        Random rnd = new Random(5);
        int n = 600;
        double[][] x = new double[n][ParaphraseJudge.FEATURES.size()];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 != 0;
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = rnd.nextDouble();
            }
            x[i][0] = (y[i] ? 0.75 : 0.45) + rnd.nextGaussian() * 0.1; // the cosine decides
        }
        JudgeTrainer.Result r = JudgeTrainer.train(x, y, 5, 1);
        assertThat(r.outOfFold().total()).isEqualTo(n);
        assertThat(r.nested().total()).isEqualTo(n);
        assertThat(r.outOfFold().accuracy()).isGreaterThan(0.85);
        assertThat(r.nested().accuracy()).isGreaterThan(0.85);
        assertThat(r.judge().weights()[0]).isPositive();
    }
}
