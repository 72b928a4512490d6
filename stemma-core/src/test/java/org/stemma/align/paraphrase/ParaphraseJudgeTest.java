package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParaphraseJudgeTest {

    private static double[] f(String a, String b, double cos) {
        return ParaphraseJudge.features(SentenceFeatures.of(a), SentenceFeatures.of(b), cos);
    }

    private static int index(String name) {
        return ParaphraseJudge.FEATURES.indexOf(name);
    }

    @Test
    void identicalSentencesHaveFullOverlapAndNoChanges() {
        String s = "Mali's army retook 3,000 square km near Kidal in 2024.";
        double[] x = f(s, s, 1.0);
        assertThat(x).hasSize(ParaphraseJudge.FEATURES.size());
        assertThat(x[index("wordJaccard")]).isEqualTo(1.0);
        assertThat(x[index("bigramDice")]).isEqualTo(1.0);
        assertThat(x[index("lengthRatio")]).isEqualTo(1.0);
        assertThat(x[index("numberChanges")]).isZero();
        assertThat(x[index("nameChanges")]).isZero();
        assertThat(ParaphraseJudge.DEFAULT.isParaphrase(ParaphraseJudge.DEFAULT.probability(x)))
                .isTrue();
    }

    @Test
    void aChangedNumberIsCountedAndLowersTheScore() {
        String a = "The attack killed 47 soldiers near the border on Tuesday.";
        String b = "The attack killed 12 soldiers near the border on Tuesday.";
        double[] changed = f(a, b, 0.97);
        double[] same = f(a, a.replace("Tuesday", "tuesday"), 0.97);
        assertThat(changed[index("numberChanges")]).isEqualTo(1.0);
        assertThat(same[index("numberChanges")]).isZero();
        assertThat(ParaphraseJudge.DEFAULT.probability(changed))
                .isLessThan(ParaphraseJudge.DEFAULT.probability(same));
    }

    @Test
    void numbersAreNormalisedBeforeComparison() {
        assertThat(f("It cost 1,000 dollars and two lives.", "Two lives and 1000 dollars.", 0.9)
                [index("numberChanges")]).isZero();
        // a number left out is not a change
        assertThat(f("He said 300 people came.", "He said people came.", 0.9)
                [index("numberChanges")]).isZero();
    }

    @Test
    void aReplacedNameIsAChangeButAnOmittedOneIsNot() {
        double[] replaced = f("Lavrov met Diop in Moscow.", "Lavrov met Traore in Moscow.", 0.9);
        double[] omitted = f("Lavrov met Diop in Moscow.", "Lavrov met him in Moscow.", 0.9);
        double[] recased = f("Lavrov met Diop in Moscow.", "lavrov met diop in moscow.", 0.9);
        assertThat(replaced[index("nameChanges")]).isEqualTo(1.0);
        assertThat(omitted[index("nameChanges")]).isZero();
        assertThat(recased[index("nameChanges")]).isZero();
    }

    @Test
    void stemsMatchInflectedWords() {
        double[] x = f("Officials accused the rebels.", "Officials accusing rebels.", 0.8);
        assertThat(x[index("stemDice")]).isEqualTo(1.0);
        assertThat(x[index("contentMin")]).isLessThan(1.0);
    }

    @Test
    void emptySentencesGiveZeroFeaturesNotNaN() {
        double[] x = f("", "—", 0);
        for (double v : x) {
            assertThat(v).isFinite().isZero();
        }
    }

    @Test
    void higherCosineRaisesTheScoreAndParametersAreChecked() {
        String a = "Russia sent instructors to train the army.";
        String b = "Instructors from Russia were sent to train soldiers.";
        assertThat(ParaphraseJudge.DEFAULT.probability(f(a, b, 0.9)))
                .isGreaterThan(ParaphraseJudge.DEFAULT.probability(f(a, b, 0.3)));
        assertThatThrownBy(() -> new ParaphraseJudge(new double[3], 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParaphraseJudge(new double[9], 0, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
