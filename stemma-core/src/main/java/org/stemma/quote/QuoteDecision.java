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
            0.199329 /* logWords */, -0.065229 /* oneWord */, -0.400974 /* upToThreeWords */, -0.853100 /* capitalisedShare */, 
            -1.224585 /* titleLike */, -0.116284 /* endsSentenceInside */, 0.136888 /* endsClauseInside */, 0.387818 /* questionOrExclamation */, 
            -0.244696 /* startsUpperCase */, 0.419113 /* firstOrSecondPerson */, 0.452176 /* attributionNamed */, -0.826683 /* attributionCueOnly */, 
            0.048786 /* speakerBySubject */, -0.377556 /* attributionShared */, 0.155386 /* attributionAfter */, -0.010331 /* partial */, 
            1.538219 /* cueInSentence */, 0.286864 /* cueInNextSentence */, 0.245212 /* cueInPreviousSentence */, 0.328839 /* cueNounBefore */, 
            0.490198 /* personInSentence */, 0.007896 /* previousQuoteAttributed */, -0.505795 /* opensParagraph */, 0.612718 /* closesParagraph */, 
            1.352539 /* opensSentence */, 0.317937 /* afterDeterminer */, -0.091996 /* afterPreposition */, 1.105869 /* afterNamingVerb */, 
            0.522080 /* afterTermWord */, -1.168283 /* afterPossessive */, -1.414897 /* byAfter */, 0.646070 /* afterColonOrComma */, 
            -0.912787 /* severalPieces */, 1.194202 /* headline */, -1.514461 /* inOpeningPhrase */, -0.513336 /* modifiesNoun */};

    static final double BIAS = 0.367927;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.51;

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
