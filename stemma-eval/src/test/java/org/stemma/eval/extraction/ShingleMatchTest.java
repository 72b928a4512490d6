package org.stemma.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers computed by hand with the rules of Zyte's evaluate.py. */
class ShingleMatchTest {

    @Test
    void oneWrongWordAtTheEndCostsOneShingleEachWay() {
        // truth shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d x");
        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shinglesAreCountedAsMultisets() {
        // truth: w w w w w w -> 3 shingles (w w w w); predicted: 4 w -> 1 shingle
        ShingleMatch m = ShingleMatch.of("w w w w w w", "w w w w");
        // tp = 1, fp = 0, fn = 2, normalised by 3
        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void tokensAreRunsOfPythonWordCharactersAndCaseMatters() {
        // Punctuation and spacing are ignored; "Mali’s" is two tokens as in Python's \w+.
        assertThat(ShingleMatch.of("Mali’s army, said: “yes”.", "Mali s army said yes").precision())
                .isEqualTo(1.0);
        assertThat(ShingleMatch.of("The army said yes", "the army said yes").tp()).isZero();
        // Combining marks are not \w in Python: हिंदी tokenises as ह, द.
        assertThat(ShingleMatch.tokenHashes("हिंदी")).hasSize(2);
        assertThat(ShingleMatch.tokenHashes("naïve_x 3½ ² 東京タワー")).hasSize(4);
    }

    @Test
    void shortTextsAreOneShingleAndEmptyTextsNone() {
        assertThat(ShingleMatch.shingles("two words")).hasSize(1);
        assertThat(ShingleMatch.shingles("  ... ")).isEmpty();
        ShingleMatch same = ShingleMatch.of("two words", "two words");
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
        ShingleMatch empty = ShingleMatch.of("", "");
        assertThat(empty.tp() + empty.fp() + empty.fn()).isZero();
    }

    @Test
    void pagesWithNothingPredictedCountForRecallOnly() {
        ShingleMatch perfect = ShingleMatch.of("a b c d e f", "a b c d e f");
        ShingleMatch missed = ShingleMatch.of("a b c d e f", "");
        ExtractionScore s = ExtractionScore.of(List.of(perfect, missed));
        // precision averages over pages with tp + fp > 0: only the perfect page
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));
    }
}
