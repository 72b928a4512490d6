package org.stemma.quote;

import java.util.List;

/**
 * Keeps or drops a quoted stretch. A single quoted word with no source (no attribution and no
 * verb of saying in its sentence) is a scare quote, never a quotation (issue 18's rule); any
 * other stretch is decided by a logistic regression over {@link QuoteFeatures}: it is a
 * quotation when {@code sigmoid(BIAS + WEIGHTS·features) >= THRESHOLD}.
 *
 * <p>The constants are fitted, with the threshold chosen by cross-validation (folds by article),
 * on PolNeAR's train split and Stemma's own gold set by
 * {@code ./stemma eval quotes --fit ../shared/eval/quote-attribution-polnear/train data/quotes-gold/quotes.jsonl},
 * which prints them in this form; docs/evaluation.md has the cross-validated figures.
 */
public final class QuoteDecision {

    private QuoteDecision() {
    }

    /** Feature names, in the order of {@link #WEIGHTS}. */
    public static final List<String> FEATURES = QuoteFeatures.NAMES;

    static final double[] WEIGHTS = {
            0.195060 /* logWords */, -0.096258 /* oneWord */, -0.400057 /* upToThreeWords */, -0.895622 /* capitalisedShare */,
            -1.240868 /* titleLike */, -0.022944 /* endsSentenceInside */, 0.282887 /* endsClauseInside */, 0.426569 /* questionOrExclamation */,
            -0.243214 /* startsUpperCase */, 0.391187 /* firstOrSecondPerson */, 0.479845 /* attributionNamed */, -0.834077 /* attributionCueOnly */,
            0.049294 /* speakerBySubject */, -0.345496 /* attributionShared */, 0.050042 /* attributionAfter */, -0.046346 /* partial */,
            1.499538 /* cueInSentence */, 0.276258 /* cueInNextSentence */, 0.245768 /* cueInPreviousSentence */, 0.335874 /* cueNounBefore */,
            0.517296 /* personInSentence */, 0.049213 /* previousQuoteAttributed */, -0.452667 /* opensParagraph */, 0.637952 /* closesParagraph */,
            1.349526 /* opensSentence */, 0.203699 /* afterDeterminer */, -0.090547 /* afterPreposition */, 1.232753 /* afterNamingVerb */,
            0.570299 /* afterTermWord */, -1.117398 /* afterPossessive */, -1.339981 /* byAfter */, 0.631411 /* afterColonOrComma */,
            -0.915479 /* severalPieces */, 1.265859 /* headline */};

    static final double BIAS = 0.256841;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.50;

    private static final int ONE_WORD = FEATURES.indexOf("oneWord");
    private static final int NAMED = FEATURES.indexOf("attributionNamed");
    private static final int CUE = FEATURES.indexOf("cueInSentence");

    /** May the regression keep a stretch with {@code features}? Not a lone word with no source. */
    public static boolean eligible(double[] features) {
        return !(features[ONE_WORD] > 0 && features[NAMED] == 0 && features[CUE] == 0);
    }

    /** Is a stretch with {@code features} a quotation? */
    public static boolean keep(double[] features) {
        return eligible(features) && probability(features) >= THRESHOLD;
    }

    /** The probability that a stretch with {@code features} is someone's quoted words. */
    public static double probability(double[] features) {
        double z = BIAS;
        for (int i = 0; i < WEIGHTS.length; i++) {
            z += WEIGHTS[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
