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
            0.170447 /* logWords */, -0.043145 /* oneWord */, -0.378369 /* upToThreeWords */, -0.891179 /* capitalisedShare */, 
            -1.329605 /* titleLike */, -0.100251 /* endsSentenceInside */, 0.207891 /* endsClauseInside */, 0.397262 /* questionOrExclamation */, 
            -0.244413 /* startsUpperCase */, 0.429966 /* firstOrSecondPerson */, 0.621210 /* attributionNamed */, -0.649698 /* attributionCueOnly */, 
            0.203613 /* speakerBySubject */, -0.470038 /* attributionShared */, 0.083234 /* attributionAfter */, -0.082337 /* partial */, 
            1.435894 /* cueInSentence */, 0.253164 /* cueInNextSentence */, 0.231490 /* cueInPreviousSentence */, 0.309068 /* cueNounBefore */, 
            0.433382 /* personInSentence */, 0.005444 /* previousQuoteAttributed */, -0.450166 /* opensParagraph */, 0.649892 /* closesParagraph */, 
            1.227468 /* opensSentence */, 0.248513 /* afterDeterminer */, -0.036577 /* afterPreposition */, 1.130744 /* afterNamingVerb */, 
            0.587788 /* afterTermWord */, -1.114268 /* afterPossessive */, -1.305195 /* byAfter */, 0.612815 /* afterColonOrComma */, 
            -0.872104 /* severalPieces */, -0.258637 /* headline */, -1.494741 /* inOpeningPhrase */, -0.405075 /* modifiesNoun */, 
            -0.461456 /* inTitleCaseHeadline */};

    static final double BIAS = 0.499609;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.55;

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
