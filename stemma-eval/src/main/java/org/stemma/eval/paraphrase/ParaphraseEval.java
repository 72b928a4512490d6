package org.stemma.eval.paraphrase;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.stemma.align.paraphrase.ParaphraseJudge;
import org.stemma.text.SentenceEmbedder;

/**
 * Scores the paraphrase decision on MSRP pairs: each pair is judged by the very
 * {@link ParaphraseJudge} the sentence aligner uses (same embedding model, same features, same
 * weights and threshold), and the decisions are compared with the human labels.
 */
public final class ParaphraseEval {

    /**
     * @param pairs          number of pairs judged
     * @param scores         counts and measures of the "paraphrase" class
     * @param threshold      the judge's probability threshold
     * @param pairsPerSecond pairs judged per second, embedding included
     */
    public record Report(int pairs, Scores scores, double threshold, double pairsPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairs %d  %s%nthreshold %.4f (probability of "
                    + "paraphrase)  %.1f pairs/s", pairs, scores, threshold, pairsPerSecond);
        }
    }

    private ParaphraseEval() {
    }

    /**
     * Judges every pair; if {@code out} is not null writes one tab-separated line per pair:
     * {@code id1 id2 score decision gold} (decision and gold as 1/0).
     */
    public static Report evaluate(List<MsrpPair> pairs, SentenceEmbedder embedder,
                                  ParaphraseJudge judge, Writer out) throws IOException {
        long t0 = System.nanoTime();
        PairFeatures pf = PairFeatures.of(pairs, embedder);
        double[] score = new double[pairs.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = judge.probability(pf.x()[i]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (out != null) {
            out.write("id1\tid2\tscore\tdecision\tgold\n");
            for (int i = 0; i < score.length; i++) {
                MsrpPair p = pairs.get(i);
                out.write(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%d\t%d%n", p.id1(), p.id2(),
                        score[i], judge.isParaphrase(score[i]) ? 1 : 0, p.paraphrase() ? 1 : 0));
            }
        }
        return new Report(pairs.size(), Scores.of(score, pf.gold(), judge.threshold()),
                judge.threshold(), seconds > 0 ? pairs.size() / seconds : 0);
    }

    /** Java source for the learned constants, to paste into {@link ParaphraseJudge}. */
    public static String constants(ParaphraseJudge judge) {
        StringBuilder sb = new StringBuilder("static final double[] WEIGHTS = {");
        double[] w = judge.weights();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", w[i]));
        }
        sb.append(String.format(Locale.ROOT, "};%nstatic final double BIAS = %.6f;%n"
                + "public static final double THRESHOLD = %.4f;", judge.bias(), judge.threshold()));
        return sb.toString();
    }
}
