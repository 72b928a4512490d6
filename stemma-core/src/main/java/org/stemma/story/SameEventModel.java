package org.stemma.story;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The same-event decision for two articles: a logistic regression over the features of
 * {@link StoryCorpus#features}, and the average-linkage threshold at which groups of articles
 * merge into one story.
 *
 * <p>{@link #LEXICAL} (no embedding feature) and {@link #EMBEDDED} (with the MiniLM cosine of
 * title+lead) were fitted by {@code ./stemma eval stories --train} on the labelled real news of
 * {@code ../shared/eval/events} (gva-dev, ecbplus, semeval-train): the weights on all their
 * candidate pairs, the threshold as the one whose stories score best out of fold (5 folds split
 * by incident, ECB+ topic or SemEval pair component). docs/evaluation.md has the figures.
 *
 * @param weights   one per {@link #FEATURES}
 * @param bias      intercept
 * @param threshold two groups merge while the mean probability over their cross pairs (0 for a
 *                  pair never proposed) is at least this
 */
public record SameEventModel(double[] weights, double bias, double threshold) implements java.io.Serializable {

    /** Feature names, in the order of {@link StoryCorpus#features}. */
    public static final List<String> FEATURES = List.of("tfidf", "headTfidf", "embedding",
            "dated", "logDays", "sharedPersons", "placeOverlap", "nameOverlap");

    /** Lexical signals only (no embedding model). */
    public static final SameEventModel LEXICAL = new SameEventModel(new double[] {7.237753, 4.199658, 0.000000,
        2.252844, -1.466651, 0.936029, 1.175022, 0.267599}, -2.810704, 0.4250);

    /** With the embedding cosine of title+lead. */
    public static final SameEventModel EMBEDDED = new SameEventModel(new double[] {7.357017, 2.109359, 2.754948,
        2.322973, -1.404109, 0.902576, 1.127443, 0.228389}, -4.003262, 0.4000);

    public SameEventModel {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("need " + FEATURES.size() + " weights, got " + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold not in (0,1): " + threshold);
        }
        weights = weights.clone();
    }

    /** Probability that a pair with these features reports the same event. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Index of the head-embedding cosine in {@link #FEATURES}. */
    public static final int EMBEDDING = 2;

    /**
     * The highest probability a pair with these features could have whatever its head-embedding
     * cosine (read in [-1, 1], with a margin for float rounding): a pair below
     * {@link EventCandidates#MIN_PROBABILITY} here is dropped whatever its heads say, so they
     * need not be embedded for it.
     */
    public double maxProbability(double[] features) {
        double[] f = features.clone();
        f[EMBEDDING] = weights[EMBEDDING] >= 0 ? 1.001 : -1.001;
        return probability(f);
    }

    /**
     * True if the heads of a candidate pair with these features (cosine not read yet) must be
     * embedded to judge it: the model reads the cosine and the pair could be kept.
     */
    public boolean needsHeads(double[] features) {
        return weights[EMBEDDING] != 0 && maxProbability(features) >= EventCandidates.MIN_PROBABILITY;
    }

    /** The model for a run with or without the embedding model. */
    public static SameEventModel of(boolean embedded) {
        return embedded ? EMBEDDED : LEXICAL;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SameEventModel m && Arrays.equals(weights, m.weights) && bias == m.bias
                && threshold == m.threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(weights), bias, threshold);
    }

    @Override
    public String toString() {
        return "SameEventModel[weights=" + Arrays.toString(weights) + ", bias=" + bias + ", threshold="
                + threshold + "]";
    }
}
