package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    /** A judge that only looks at the cosine: paraphrase iff cosine ≥ 0.5. */
    private static final ParaphraseJudge COSINE_ONLY = new ParaphraseJudge(
            new double[] {20, 0, 0, 0, 0, 0, 0, 0, 0}, -10, 0.5);

    private static float[] unit(int dim, int... hot) {
        float[] v = new float[dim];
        for (int h : hot) {
            v[h] = 1;
        }
        return v;
    }

    private static SentenceAligner.Side side(float[]... vectors) {
        SentenceFeatures[] f = new SentenceFeatures[vectors.length];
        Arrays.fill(f, SentenceFeatures.of("x"));
        boolean[] ok = new boolean[vectors.length];
        Arrays.fill(ok, true);
        return new SentenceAligner.Side(f, vectors, ok);
    }

    @Test
    void alignsInOrderAndSkipsUnmatchedSentences() {
        // a: 0 1 2 3 ; b: 0 9(new) 2 3 — sentence 1 of a has no counterpart
        SentenceAligner.Side a = side(unit(8, 0), unit(8, 1), unit(8, 2), unit(8, 3));
        SentenceAligner.Side b = side(unit(8, 0), unit(8, 7), unit(8, 2), unit(8, 3));
        List<SentenceAligner.Match> m = new SentenceAligner(COSINE_ONLY).align(a, b);
        assertThat(m).extracting(SentenceAligner.Match::aFrom).containsExactly(0, 2, 3);
        assertThat(m).extracting(SentenceAligner.Match::bFrom).containsExactly(0, 2, 3);
    }

    @Test
    void crossingMatchesAreNotBothTaken() {
        SentenceAligner.Side a = side(unit(8, 0), unit(8, 1));
        SentenceAligner.Side b = side(unit(8, 1), unit(8, 0));
        assertThat(new SentenceAligner(COSINE_ONLY).align(a, b)).hasSize(1);
    }

    @Test
    void oneSentenceSplitInTwoIsATwoToOneMerge() {
        // a's sentence 1 says what b's sentences 1 and 2 say together
        SentenceAligner.Side a = side(unit(8, 0), unit(8, 1, 2), unit(8, 5));
        SentenceAligner.Side b = side(unit(8, 0), unit(8, 1), unit(8, 2), unit(8, 5));
        List<SentenceAligner.Match> m = new SentenceAligner(COSINE_ONLY).align(a, b);
        assertThat(m).hasSize(3);
        SentenceAligner.Match merged = m.get(1);
        assertThat(merged.aFrom()).isEqualTo(1);
        assertThat(merged.aTo()).isEqualTo(2);
        assertThat(merged.bFrom()).isEqualTo(1);
        assertThat(merged.bTo()).isEqualTo(3);
        assertThat(merged.cosine()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        // and the other way round
        List<SentenceAligner.Match> back = new SentenceAligner(COSINE_ONLY).align(b, a);
        assertThat(back.get(1).aTo() - back.get(1).aFrom()).isEqualTo(2);
    }

    @Test
    void ineligibleSentencesAreNeverMatched() {
        SentenceAligner.Side a = side(unit(8, 0), unit(8, 1));
        SentenceAligner.Side b = side(unit(8, 0), unit(8, 1));
        a.eligible()[0] = false;
        List<SentenceAligner.Match> m = new SentenceAligner(COSINE_ONLY).align(a, b);
        assertThat(m).extracting(SentenceAligner.Match::aFrom).containsExactly(1);
    }

    @Test
    void randomInputsGiveMonotoneNonOverlappingAcceptedMatches() {
        Random rnd = new Random(7);
        SentenceAligner aligner = new SentenceAligner(COSINE_ONLY);
        for (int round = 0; round < 200; round++) {
            SentenceAligner.Side a = side(randomVectors(rnd, rnd.nextInt(12)));
            SentenceAligner.Side b = side(randomVectors(rnd, rnd.nextInt(12)));
            int lastA = 0;
            int lastB = 0;
            for (SentenceAligner.Match m : aligner.align(a, b)) {
                assertThat(m.aFrom()).isGreaterThanOrEqualTo(lastA);
                assertThat(m.bFrom()).isGreaterThanOrEqualTo(lastB);
                assertThat(m.aTo() - m.aFrom()).isBetween(1, 2);
                assertThat(m.bTo() - m.bFrom()).isBetween(1, 2);
                assertThat((m.aTo() - m.aFrom()) + (m.bTo() - m.bFrom())).isLessThanOrEqualTo(3);
                assertThat(m.score()).isGreaterThanOrEqualTo(COSINE_ONLY.threshold());
                lastA = m.aTo();
                lastB = m.bTo();
            }
        }
    }

    @Test
    void embeddingOnlyWhatMayMatchGivesTheSameAlignment() {
        String[] pool = {"Russia sent instructors to train the army of Mali.",
                "Instructors from Russia were sent to train Mali's army.",
                "The army of Mali retook Kidal in 2023.", "Mali's army retook Kidal in 2023.",
                "Kenya approved a budget for roads.", "The weather was fine on Friday.",
                "Diarra thanked Russia for powerful weapons.", "Weapons came from Russia, Diarra said."};
        HashingEmbedder model = new HashingEmbedder();
        SentenceAligner aligner = new SentenceAligner(ParaphraseJudge.DEFAULT);
        Random rnd = new Random(11);
        int pruned = 0;
        for (int round = 0; round < 100; round++) {
            String[] a = pick(rnd, pool);
            String[] b = pick(rnd, pool);
            SentenceAligner.Side full = realSide(model, a, null);
            SentenceAligner.Side fullB = realSide(model, b, null);
            boolean[][] want = aligner.mayMatch(full.features(), full.eligible(),
                    fullB.features(), fullB.eligible());
            for (boolean w : want[0]) {
                pruned += w ? 0 : 1;
            }
            assertThat(aligner.align(realSide(model, a, want[0]), realSide(model, b, want[1])))
                    .isEqualTo(aligner.align(full, fullB));
        }
        assertThat(pruned).isPositive();
    }

    private static String[] pick(Random rnd, String[] pool) {
        String[] s = new String[rnd.nextInt(6)];
        for (int i = 0; i < s.length; i++) {
            s[i] = pool[rnd.nextInt(pool.length)];
        }
        return s;
    }

    private static SentenceAligner.Side realSide(HashingEmbedder model, String[] s, boolean[] ok) {
        SentenceFeatures[] f = new SentenceFeatures[s.length];
        boolean[] eligible = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            f[i] = SentenceFeatures.of(s[i]);
            eligible[i] = ok == null || ok[i];
        }
        return new SentenceAligner.Side(f, model.embed(java.util.List.of(s)), eligible);
    }

    private static float[][] randomVectors(Random rnd, int n) {
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            v[i] = unit(8, rnd.nextInt(8), rnd.nextInt(8));
        }
        return v;
    }
}
