package org.stemma.align.paraphrase;

import static org.stemma.align.paraphrase.SentenceFeatures.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The paraphrase decision for two sentences: "do these say the same thing?". One logistic
 * regression over a handful of explainable features of the pair:
 *
 * <ol>
 * <li>{@code cosine}: cosine of the two sentence embeddings (closeness of meaning);</li>
 * <li>{@code wordJaccard}: shared word types over all word types;</li>
 * <li>{@code contentMin}: shared content words over the larger sentence's content words;</li>
 * <li>{@code contentMax}: shared content words over the smaller sentence's content words;</li>
 * <li>{@code bigramDice}: Dice coefficient of word bigrams (shared phrasing);</li>
 * <li>{@code lengthRatio}: shorter length over longer length, in words;</li>
 * <li>{@code numberChanges}: how many numbers were replaced: the smaller of the counts of
 *     numbers each sentence states and the other does not (a pair that changes a number is
 *     not the same statement; a number merely left out is not a change);</li>
 * <li>{@code nameChanges}: the same for capitalised names (a name counts as present in the
 *     other sentence if the word occurs there in any case);</li>
 * <li>{@code stemDice}: Dice coefficient of content-word stems (5-char prefixes), so that
 *     "accused"/"accusing" agree.</li>
 * </ol>
 *
 * <p>{@link #score} is the model's probability that the pair is a paraphrase; a pair is a
 * paraphrase when its score is at least {@link #threshold()}. The {@link #DEFAULT} weights and
 * threshold were learned on the MSRP training pairs by {@code ./stemma eval paraphrase
 * msr_paraphrase_train.txt --train} (10-fold cross-validation picks the threshold; the final
 * weights are fitted on all training pairs); docs/evaluation.md has the figures. The same
 * judge decides sentence alignments in {@link SentenceAligner} and the MSRP evaluation.
 * Immutable and thread-safe.
 */
public final class ParaphraseJudge {

    /** Feature names, in the order of {@link #features}. */
    public static final List<String> FEATURES = List.of("cosine", "wordJaccard", "contentMin",
            "contentMax", "bigramDice", "lengthRatio", "numberChanges", "nameChanges",
            "stemDice");

    /** Learned weights, in {@link #FEATURES} order (see the class comment). */
    static final double[] WEIGHTS = {3.814209, 6.807570, -1.660103, -1.870210, -2.790394,
        3.477064, -0.399868, -0.039640, 4.036293};
    /** Learned intercept. */
    static final double BIAS = -7.406848;
    /** Probability at or above which a pair is a paraphrase (chosen by cross-validation). */
    public static final double THRESHOLD = 0.5579;

    /** The judge with the weights and threshold learned on MSRP training pairs. */
    public static final ParaphraseJudge DEFAULT = new ParaphraseJudge(WEIGHTS, BIAS, THRESHOLD);

    private final double[] weights;
    private final double bias;
    private final double threshold;

    /** A judge with explicit parameters (used by training and tests). */
    public ParaphraseJudge(double[] weights, double bias, double threshold) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("need " + FEATURES.size() + " weights, got "
                    + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold not in (0,1): " + threshold);
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The feature vector of a sentence pair, in {@link #FEATURES} order. */
    public static double[] features(SentenceFeatures a, SentenceFeatures b, double cosine) {
        double[] f = new double[FEATURES.size()];
        f[0] = cosine;
        int w = common(a.words, b.words);
        int wu = a.words.length + b.words.length - w;
        f[1] = wu == 0 ? 0 : (double) w / wu;
        int c = common(a.content, b.content);
        int cmax = Math.max(a.content.length, b.content.length);
        int cmin = Math.min(a.content.length, b.content.length);
        f[2] = cmax == 0 ? 0 : (double) c / cmax;
        f[3] = cmin == 0 ? 0 : (double) c / cmin;
        int bg = a.bigrams.length + b.bigrams.length;
        f[4] = bg == 0 ? 0 : 2.0 * common(a.bigrams, b.bigrams) / bg;
        int lmax = Math.max(a.length, b.length);
        f[5] = lmax == 0 ? 0 : (double) Math.min(a.length, b.length) / lmax;
        int nc = common(a.numbers, b.numbers);
        f[6] = Math.min(a.numbers.length - nc, b.numbers.length - nc);
        f[7] = Math.min(a.names.length - common(a.names, b.words),
                b.names.length - common(b.names, a.words));
        int st = a.stems.length + b.stems.length;
        f[8] = st == 0 ? 0 : 2.0 * common(a.stems, b.stems) / st;
        return f;
    }

    /** Probability that the pair with these features is a paraphrase. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Probability that two sentences with the given embedding cosine are paraphrases. */
    public double score(SentenceFeatures a, SentenceFeatures b, double cosine) {
        return probability(features(a, b, cosine));
    }

    /** The decision for a {@link #score}. */
    public boolean isParaphrase(double score) {
        return score >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    public double bias() {
        return bias;
    }

    /** A copy of the weights, in {@link #FEATURES} order. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return "ParaphraseJudge[weights=" + Arrays.toString(weights) + ", bias=" + bias
                + ", threshold=" + threshold + "]";
    }
}
