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
            0.188781 /* logWords */, -0.061961 /* oneWord */, -0.412360 /* upToThreeWords */, -0.817240 /* capitalisedShare */, 
            -1.257293 /* titleLike */, -0.130654 /* endsSentenceInside */, 0.165398 /* endsClauseInside */, 0.386007 /* questionOrExclamation */, 
            -0.252701 /* startsUpperCase */, 0.419705 /* firstOrSecondPerson */, 0.434379 /* attributionNamed */, -0.839027 /* attributionCueOnly */, 
            0.061436 /* speakerBySubject */, -0.375704 /* attributionShared */, 0.101089 /* attributionAfter */, -0.002119 /* partial */, 
            1.556182 /* cueInSentence */, 0.287472 /* cueInNextSentence */, 0.244387 /* cueInPreviousSentence */, 0.331837 /* cueNounBefore */, 
            0.482872 /* personInSentence */, 0.007739 /* previousQuoteAttributed */, -0.426721 /* opensParagraph */, 0.642823 /* closesParagraph */, 
            1.287312 /* opensSentence */, 0.314347 /* afterDeterminer */, -0.093940 /* afterPreposition */, 1.096327 /* afterNamingVerb */, 
            0.526972 /* afterTermWord */, -1.163657 /* afterPossessive */, -1.386792 /* byAfter */, 0.652673 /* afterColonOrComma */, 
            -0.864624 /* severalPieces */, 1.190126 /* headline */, -1.496587 /* inOpeningPhrase */, -0.510860 /* modifiesNoun */};

    static final double BIAS = 0.388951;

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
