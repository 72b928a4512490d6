package org.stemma.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void aShareOfNothingIsZero() {
        assertThat(Measures.share(3, 4)).isEqualTo(0.75);
        assertThat(Measures.share(0, 0)).isZero();
        assertThat(Measures.share(5, 0)).isZero();
    }

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecallAndZeroWithoutEither() {
        assertThat(Measures.f1(1.0, 1.0)).isEqualTo(1.0);
        assertThat(Measures.f1(0.5, 1.0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Measures.f1(0.8, 0.6)).isEqualTo(Measures.f1(0.6, 0.8));
        assertThat(Measures.f1(0, 0)).isZero();
        assertThat(Measures.f1(0, 1)).isZero();
    }
}
