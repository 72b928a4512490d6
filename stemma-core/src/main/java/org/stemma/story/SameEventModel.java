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
