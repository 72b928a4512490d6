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
                cand[0] = i >= 1 && j >= 1 ? judge(a, i - 1, i, b, j - 1, j) : null;
                cand[1] = i >= 2 && j >= 1 ? judge(a, i - 2, i, b, j - 1, j) : null;
                cand[2] = i >= 1 && j >= 2 ? judge(a, i - 1, i, b, j - 2, j) : null;
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
    private Match judge(Side a, int aFrom, int aTo, Side b, int bFrom, int bTo) {
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
        SentenceFeatures fa = joined(a, aFrom, aTo);
        SentenceFeatures fb = joined(b, bFrom, bTo);
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

    private static SentenceFeatures joined(Side s, int from, int to) {
        return to - from == 1 ? s.features[from]
                : SentenceFeatures.concat(s.features[from], s.features[from + 1]);
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
