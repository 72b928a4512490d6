package org.stemma.align.paraphrase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.stemma.text.SentenceEmbedder;

/**
 * Monotone sentence alignment of two texts by dynamic programming: finds the order-preserving
 * set of sentence matches with the largest total gain, where a match pairs one sentence with
 * one (1–1), two consecutive sentences with one (2–1), or one with two (1–2), and is allowed
 * only if the {@link ParaphraseJudge} calls it a paraphrase. A match's gain is
 * {@code (score − threshold) × (sentences involved) / 2}, so a 2–1 merge wins over a 1–1 match
 * plus an unmatched sentence when the merged text is judged about as well. Two merged sentences
 * are judged as one text: their features are united and their vectors summed (mean pooling of
 * sentence vectors approximates the vector of the joined text; no extra model call), and a
 * merge is only allowed if it scores higher than each of its sentences alone against the other
 * side.
 *
 * <p>Time and memory are O(n·m) in the sentence counts; callers bound n and m.
 */
public final class SentenceAligner {

    /**
     * One match: sentences {@code [aFrom, aTo)} of the first text with {@code [bFrom, bTo)} of
     * the second.
     *
     * @param cosine embedding cosine of the matched texts
     * @param score  the judge's probability of paraphrase
     */
    public record Match(int aFrom, int aTo, int bFrom, int bTo, double cosine, double score) {
    }

    /** One side's sentences: features, unit vectors and which may take part in a match. */
    public record Side(SentenceFeatures[] features, float[][] vectors, boolean[] eligible) {
        public Side {
            if (features.length != vectors.length || features.length != eligible.length) {
                throw new IllegalArgumentException("features, vectors and eligible differ in length");
            }
        }

        public int size() {
            return features.length;
        }
    }

    private final ParaphraseJudge judge;

    public SentenceAligner(ParaphraseJudge judge) {
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** The best monotone matching, in text order. */
    public List<Match> align(Side a, Side b) {
        int n = a.size();
        int m = b.size();
        SentenceFeatures[] ma = merged(a.features, a.eligible);
        SentenceFeatures[] mb = merged(b.features, b.eligible);
        double[][] best = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 skip a, 1 skip b, 2 1-1, 3 2-1, 4 1-2
        Match[][] match = new Match[n + 1][m + 1];
        Match[] cand = new Match[3];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double v = Double.NEGATIVE_INFINITY;
                byte mv = 0;
                if (i > 0) {
                    v = best[i - 1][j];
                    mv = 0;
                }
                if (j > 0 && best[i][j - 1] > v) {
                    v = best[i][j - 1];
                    mv = 1;
                }
                cand[0] = i >= 1 && j >= 1 ? judge(a, ma, i - 1, i, b, mb, j - 1, j) : null;
                cand[1] = i >= 2 && j >= 1 ? judge(a, ma, i - 2, i, b, mb, j - 1, j) : null;
                cand[2] = i >= 1 && j >= 2 ? judge(a, ma, i - 1, i, b, mb, j - 2, j) : null;
                for (int k = 0; k < 3; k++) {
                    Match c = cand[k];
                    if (c == null) {
                        continue;
                    }
                    int pi = i - (c.aTo - c.aFrom);
                    int pj = j - (c.bTo - c.bFrom);
                    int size = (c.aTo - c.aFrom) + (c.bTo - c.bFrom);
                    double g = best[pi][pj] + (c.score - judge.threshold()) * size / 2;
                    if (g > v) {
                        v = g;
                        mv = (byte) (2 + k);
                        match[i][j] = c;
                    }
                }
                best[i][j] = v;
                move[i][j] = mv;
            }
        }
        List<Match> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (move[i][j]) {
                case 0 -> i--;
                case 1 -> j--;
                default -> {
                    Match c = match[i][j];
                    out.add(c);
                    i = c.aFrom;
                    j = c.bFrom;
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The match of the given ranges if the judge accepts it, else null. */
    private Match judge(Side a, SentenceFeatures[] ma, int aFrom, int aTo, Side b,
                        SentenceFeatures[] mb, int bFrom, int bTo) {
        for (int i = aFrom; i < aTo; i++) {
            if (!a.eligible[i]) {
                return null;
            }
        }
        for (int j = bFrom; j < bTo; j++) {
            if (!b.eligible[j]) {
                return null;
            }
        }
        SentenceFeatures fa = aTo - aFrom == 1 ? a.features[aFrom] : ma[aFrom];
        SentenceFeatures fb = bTo - bFrom == 1 ? b.features[bFrom] : mb[bFrom];
        double cos = SentenceEmbedder.cosine(vector(a, aFrom, aTo), vector(b, bFrom, bTo));
        double score = judge.score(fa, fb, cos);
        if (!judge.isParaphrase(score)) {
            return null;
        }
        // A merge must say more than either of its sentences alone, so that a good 1–1 match
        // does not swallow an unrelated neighbour.
        if (aTo - aFrom == 2) {
            for (int i = aFrom; i < aTo; i++) {
                if (score <= judge.score(a.features[i], fb, SentenceEmbedder.cosine(a.vectors[i],
                        b.vectors[bFrom]))) {
                    return null;
                }
            }
        } else if (bTo - bFrom == 2) {
            for (int j = bFrom; j < bTo; j++) {
                if (score <= judge.score(fa, b.features[j], SentenceEmbedder.cosine(
                        a.vectors[aFrom], b.vectors[j]))) {
                    return null;
                }
            }
        }
        return new Match(aFrom, aTo, bFrom, bTo, cos, score);
    }

    /** Features of sentences i and i+1 read as one, for eligible neighbours (else null). */
    private static SentenceFeatures[] merged(SentenceFeatures[] f, boolean[] eligible) {
        SentenceFeatures[] m = new SentenceFeatures[f.length];
        for (int i = 0; i + 1 < f.length; i++) {
            if (eligible[i] && eligible[i + 1]) {
                m[i] = SentenceFeatures.concat(f[i], f[i + 1]);
            }
        }
        return m;
    }

    /**
     * Which sentences could take part in an accepted match at all, judged before any
     * embedding: a 1–1, 2–1 or 1–2 candidate is possible only if the judge would accept it
     * with the best cosine, 1. Exact (the result of {@link #align} is unchanged when only these
     * sentences are embedded and eligible) because the judge's score rises with the cosine;
     * with a non-positive cosine weight every eligible sentence is returned.
     *
     * @return {@code {wantA, wantB}}
     */
    public boolean[][] mayMatch(SentenceFeatures[] fa, boolean[] okA, SentenceFeatures[] fb,
                                boolean[] okB) {
        return mayMatch(fa, okA, fb, okB, 1);
    }

    /**
     * As {@link #mayMatch(SentenceFeatures[], boolean[], SentenceFeatures[], boolean[])}, with
     * the judge asked at cosine {@code ceiling} instead of 1: a candidate whose words alone
     * would need a higher cosine to be accepted is not embedded. Below 1 this is no longer
     * exact; it drops the matches that rest almost wholly on the model (see
     * {@link EmbeddingParaphraseFinder.Params#cosineCeiling}).
     */
    public boolean[][] mayMatch(SentenceFeatures[] fa, boolean[] okA, SentenceFeatures[] fb,
                                boolean[] okB, double ceiling) {
        boolean[] wa = new boolean[fa.length];
        boolean[] wb = new boolean[fb.length];
        if (judge.weights()[0] <= 0) {
            System.arraycopy(okA, 0, wa, 0, wa.length);
            System.arraycopy(okB, 0, wb, 0, wb.length);
            return new boolean[][] {wa, wb};
        }
        SentenceFeatures[] ma = merged(fa, okA);
        SentenceFeatures[] mb = merged(fb, okB);
        for (int i = 0; i < fa.length; i++) {
            if (!okA[i]) {
                continue;
            }
            for (int j = 0; j < fb.length; j++) {
                if (!okB[j]) {
                    continue;
                }
                if (judge.isParaphrase(judge.score(fa[i], fb[j], ceiling))) {
                    wa[i] = true;
                    wb[j] = true;
                }
                if (ma[i] != null && judge.isParaphrase(judge.score(ma[i], fb[j], ceiling))) {
                    wa[i] = true;
                    wa[i + 1] = true;
                    wb[j] = true;
                }
                if (mb[j] != null && judge.isParaphrase(judge.score(fa[i], mb[j], ceiling))) {
                    wa[i] = true;
                    wb[j] = true;
                    wb[j + 1] = true;
                }
            }
        }
        return new boolean[][] {wa, wb};
    }

    private static float[] vector(Side s, int from, int to) {
        if (to - from == 1) {
            return s.vectors[from];
        }
        float[] x = s.vectors[from];
        float[] y = s.vectors[from + 1];
        float[] sum = new float[x.length];
        for (int d = 0; d < sum.length; d++) {
            sum[d] = x[d] + y[d];
        }
        return sum; // cosine() normalises
    }
}
