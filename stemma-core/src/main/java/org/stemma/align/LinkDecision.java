package org.stemma.align;

/**
 * Whether a candidate pair's lexical passages are evidence that one article reused the other,
 * or only stock phrases, clichés and names both happen to use: a small logistic model over
 * pair-level evidence ({@link PairEvidence}), fitted with cross-validation on labelled dev
 * corpora ({@code stemma eval reuse --only fit}; docs/evaluation.md). A long passage (about 30
 * shared words, {@link Evidence#LONG_NGRAMS}) and a passage with {@link ReuseOptions#strongEvidence()}
 * rare words are evidence on their own and are not scored.
 *
 * <p>Features, over the passages with at least {@link ReuseOptions#minEvidence()} rare words:
 * the most rare words of one passage and the rare words outside quotation marks (log), the names
 * the two articles share outside the passages (log) and whether one of them is a person's, the
 * share of the rare words that stand inside quotation marks, and the shorter article's length
 * in words (log: a rewritten brief of 40 words cannot share as many words as a feature of 800).
 *
 * @param weights one per feature, in the order of {@link #features}
 * @param bias    intercept; a pair links when {@code bias + weights·features >= 0}
 */
public record LinkDecision(double[] weights, double bias) implements java.io.Serializable {

    /** Number of features. */
    public static final int FEATURES = 6;

    /**
     * Fitted on gva-dev, semeval-train and METER showbiz by {@code stemma eval reuse --only fit}
     * (all the dev data; threshold 1.25 folded into the bias, chosen there with
     * {@link ReuseOptions#strongEvidence()} 12). The cross-validated figures of this procedure are
     * in docs/evaluation.md.
     */
    public static final LinkDecision DEFAULT = new LinkDecision(
            new double[] {0.7948, 0.3764, 1.7208, 0.8862, 0.1630, -1.5030}, 2.6984);

    public LinkDecision {
        if (weights.length != FEATURES) {
            throw new IllegalArgumentException("a link decision needs " + FEATURES + " weights: " + weights.length);
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** {@code bias + weights·features}; a pair links when it is at least 0. */
    public double score(double[] features) {
        double z = bias;
        for (int i = 0; i < FEATURES; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    /**
     * The features of a pair's evidence counting the passages with at least {@code floor} rare
     * words and every shared name; null when no passage counts.
     */
    public static double[] features(PairEvidence e, int floor) {
        return features(e, floor, Integer.MAX_VALUE);
    }

    /**
     * As {@link #features(PairEvidence, int)}, counting only the shared names at most
     * {@code nameMaxDf} articles of the corpus carry ({@link NameFrequencies}): studied by
     * {@code eval reuse --only fit} and not shipped (docs/evaluation.md, issue 17 round 11).
     */
    public static double[] features(PairEvidence e, int floor, int nameMaxDf) {
        int max = 0;
        long total = 0;
        long quoted = 0;
        for (int i = 0; i < e.rare().length; i++) {
            int r = e.rare()[i];
            if (r >= floor && r != Integer.MAX_VALUE) {
                max = Math.max(max, r);
                total += r;
                quoted += e.quoted()[i];
            }
        }
        if (total == 0) {
            return null;
        }
        return new double[] {
            Math.log1p(max),
            Math.log1p(total - quoted),
            Math.log1p(e.namesOutside(nameMaxDf)),
            e.personsOutside(nameMaxDf) > 0 ? 1 : 0,
            (double) quoted / total,
            Math.log(Math.max(1, e.shorterWords()))
        };
    }

    /**
     * Whether the pair links: a long passage, a passage with at least {@code strong} rare words
     * ({@link ReuseOptions#strongEvidence()}), or passages of at least {@code floor} rare words
     * ({@link ReuseOptions#minEvidence()}) the model accepts.
     */
    public boolean links(PairEvidence e, int floor, int strong) {
        if (e.hasLong() || e.maxRare() >= Math.max(floor, strong)) {
            return true;
        }
        double[] f = features(e, floor);
        return f != null && score(f) >= 0;
    }
}
