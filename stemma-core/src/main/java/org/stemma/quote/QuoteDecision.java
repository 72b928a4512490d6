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
            0.188524 /* logWords */, -0.049386 /* oneWord */, -0.391707 /* upToThreeWords */, -0.829698 /* capitalisedShare */, 
            -1.285424 /* titleLike */, -0.110335 /* endsSentenceInside */, 0.190326 /* endsClauseInside */, 0.403079 /* questionOrExclamation */, 
            -0.231679 /* startsUpperCase */, 0.415094 /* firstOrSecondPerson */, 0.671757 /* attributionNamed */, -0.587842 /* attributionCueOnly */, 
            0.137915 /* speakerBySubject */, -0.492492 /* attributionShared */, 0.078661 /* attributionAfter */, -0.037404 /* partial */, 
            1.392791 /* cueInSentence */, 0.271900 /* cueInNextSentence */, 0.231578 /* cueInPreviousSentence */, 0.328976 /* cueNounBefore */, 
            0.467532 /* personInSentence */, 0.005551 /* previousQuoteAttributed */, -0.454870 /* opensParagraph */, 0.660943 /* closesParagraph */, 
            1.275133 /* opensSentence */, 0.288682 /* afterDeterminer */, -0.086055 /* afterPreposition */, 1.080929 /* afterNamingVerb */, 
            0.541052 /* afterTermWord */, -1.158532 /* afterPossessive */, -1.277631 /* byAfter */, 0.601060 /* afterColonOrComma */, 
            -0.876780 /* severalPieces */, 0.906678 /* headline */, -1.492638 /* inOpeningPhrase */, -0.467535 /* modifiesNoun */};

    static final double BIAS = 0.363429;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.53;

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
