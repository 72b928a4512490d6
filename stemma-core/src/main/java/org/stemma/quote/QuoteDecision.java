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
            0.228188 /* logWords */, -0.004338 /* oneWord */, -0.356445 /* upToThreeWords */, -0.993680 /* capitalisedShare */, 
            -1.270421 /* titleLike */, -0.030784 /* endsSentenceInside */, 0.140422 /* endsClauseInside */, 0.296141 /* questionOrExclamation */, 
            -0.228111 /* startsUpperCase */, 0.493995 /* firstOrSecondPerson */, 0.585485 /* attributionNamed */, -0.693859 /* attributionCueOnly */, 
            0.211826 /* speakerBySubject */, -0.520524 /* attributionShared */, 0.186040 /* attributionAfter */, -0.154029 /* partial */, 
            1.476826 /* cueInSentence */, 0.241580 /* cueInNextSentence */, 0.346940 /* cueInPreviousSentence */, 0.279200 /* cueNounBefore */, 
            0.494304 /* personInSentence */, 0.022377 /* previousQuoteAttributed */, -0.726046 /* opensParagraph */, 0.751611 /* closesParagraph */, 
            1.421718 /* opensSentence */, 0.252165 /* afterDeterminer */, -0.035875 /* afterPreposition */, 1.139740 /* afterNamingVerb */, 
            0.595492 /* afterTermWord */, -1.187291 /* afterPossessive */, -1.302691 /* byAfter */, 0.549093 /* afterColonOrComma */, 
            0.227757 /* severalPieces */, -0.248394 /* headline */, -1.584594 /* inOpeningPhrase */, -0.384735 /* modifiesNoun */, 
            -0.466153 /* inTitleCaseHeadline */};

    static final double BIAS = 0.386036;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.61;

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
