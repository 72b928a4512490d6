package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CopyModelCalibrationTest {

    @Test
    void noneReportsTheMarginalItself() {
        for (double p : new double[] {0, 0.2, 0.5, 0.93, 1}) {
            assertThat(CopyModel.Calibration.NONE.apply(p)).isEqualTo(p);
        }
    }

    @Test
    void plattCurveKeepsTheOrderAndPullsOverconfidentMarginalsIn() {
        CopyModel.Calibration c = new CopyModel.Calibration(0.5, 0.1);
        double last = -1;
        for (double p = 0; p <= 1.0001; p += 0.05) {
            double q = c.apply(p);
            assertThat(q).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(last);
            last = q;
        }
        // sigmoid(0.5 * logit(0.95) + 0.1) = sigmoid(1.572)
        assertThat(c.apply(0.95)).isCloseTo(1 / (1 + Math.exp(-(0.5 * Math.log(0.95 / 0.05) + 0.1))), within(1e-12));
        assertThat(c.apply(0.95)).isLessThan(0.95);
        assertThat(c.apply(0.05)).isGreaterThan(0.05);
    }

    @Test
    void shippedModelIsCalibratedAndDirectsOnTheCalibratedProbability() {
        CopyModel m = CopyModel.DEFAULT;
        assertThat(m.calibration()).isNotEqualTo(CopyModel.Calibration.NONE);
        assertThat(m.withCalibration(CopyModel.Calibration.NONE).calibration()).isEqualTo(CopyModel.Calibration.NONE);
        assertThat(m.withDirectedMin(0.3).calibration()).isEqualTo(m.calibration());
    }
}
