package org.stemma.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

class PanMeasuresTest {

    static ReuseCase c(int s0, int s1, int t0, int t1) {
        return new ReuseCase(new Span(s0, s1), new Span(t0, t1));
    }

    @Test
    void perfectDetectionScoresOne() {
        var r = PanMeasures.compute(List.of(new PanMeasures.Scored(List.of(c(0, 100, 0, 100)),
                List.of(c(0, 100, 0, 100)))));
        assertThat(r.plagdet()).isEqualTo(1.0);
        assertThat(r.microPlagdet()).isEqualTo(1.0);
    }

    @Test
    void halfDetectedCaseInTwoPiecesAndAFalseAlarm() {
        // Case 200 chars (100 + 100). Two detections cover 25 + 25 chars of each side.
        var pair = new PanMeasures.Scored(List.of(c(0, 100, 0, 100)),
                List.of(c(0, 25, 0, 25), c(50, 75, 50, 75), c(200, 250, 200, 250)));
        var r = PanMeasures.compute(List.of(pair));
        assertThat(r.macroRecall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.macroPrecision()).isCloseTo(2.0 / 3, within(1e-9)); // (1 + 1 + 0) / 3
        assertThat(r.microPrecision()).isCloseTo(100.0 / 200, within(1e-9));
        assertThat(r.granularity()).isEqualTo(2.0);
        double f1 = 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3);
        assertThat(r.plagdet()).isCloseTo(f1 / (Math.log(3) / Math.log(2)), within(1e-9));
    }

    @Test
    void detectionOverlappingOnlyOneSideDetectsNothing() {
        var r = PanMeasures.compute(List.of(new PanMeasures.Scored(List.of(c(0, 100, 0, 100)),
                List.of(c(0, 100, 500, 600)))));
        assertThat(r.macroRecall()).isZero();
        assertThat(r.macroPrecision()).isZero();
    }
}
