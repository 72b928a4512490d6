package org.stemma.quote;

import java.util.List;

/**
 * Keeps or drops a quoted stretch. A single quoted word with no source (no attribution and no
 * verb of saying in its sentence) is a scare quote, never a quotation (issue 18's rule), and so
 * is a stretch of two words with no source at all (no attribution of any kind, no verb of saying
 * and no person named in its sentence: a term, a product or a nickname in marks); any other stretch is decided by a logistic regression over {@link QuoteFeatures}: it is a
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
            0.191257 /* logWords */, -0.494823 /* oneWord */, -0.341898 /* upToThreeWords */, -1.810816 /* capitalisedShare */, 
            -0.495891 /* titleLike */, 0.190067 /* endsSentenceInside */, 0.388729 /* endsClauseInside */, 0.495888 /* questionOrExclamation */, 
            -0.171658 /* startsUpperCase */, 0.388437 /* firstOrSecondPerson */, 0.561932 /* attributionNamed */, -0.995955 /* attributionCueOnly */, 
            0.240660 /* speakerBySubject */, -0.584853 /* attributionShared */, 0.646815 /* attributionAfter */, 0.328576 /* partial */, 
            1.578059 /* cueInSentence */, 0.175111 /* cueInNextSentence */, 0.387048 /* cueInPreviousSentence */, 1.420908 /* cueNounBefore */, 
            0.308123 /* personInSentence */, 0.289531 /* previousQuoteAttributed */, -0.657880 /* opensParagraph */, 0.794320 /* closesParagraph */, 
            1.773607 /* opensSentence */, 0.113967 /* afterDeterminer */, -0.100000 /* afterPreposition */, 0.633542 /* afterNamingVerb */, 
            -1.444482 /* afterTermWord */, 0.656863 /* afterPossessive */, -1.670290 /* byAfter */, 0.640301 /* afterColonOrComma */, 
            -0.018182 /* severalPieces */, -0.012321 /* headline */, -0.332825 /* inOpeningPhrase */, -0.608626 /* modifiesNoun */, 
            -0.671446 /* inTitleCaseHeadline */, 0.773012 /* afterCueInSentence */};

    static final double BIAS = -0.205896;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.55;

    private static final int LOG_WORDS = FEATURES.indexOf("logWords");
    private static final int ONE_WORD = FEATURES.indexOf("oneWord");
    private static final int NAMED = FEATURES.indexOf("attributionNamed");
    private static final int CUE_ONLY = FEATURES.indexOf("attributionCueOnly");
    private static final int BY_SUBJECT = FEATURES.indexOf("speakerBySubject");
    private static final int SHARED = FEATURES.indexOf("attributionShared");
    private static final int CUE = FEATURES.indexOf("cueInSentence");
    private static final int PERSON = FEATURES.indexOf("personInSentence");
    private static final int TITLE_LIKE = FEATURES.indexOf("titleLike");
    private static final int PARTIAL = FEATURES.indexOf("partial");

    /**
     * May the regression keep a stretch with {@code features}? Not a lone word with no source,
     * nor two words with none ("a two-word quote with a source is a quote"; without one it is a
     * term, a sign or a product in marks: ""Cash only." The note on the door …").
     */
    public static boolean eligible(double[] features) {
        if (features[ONE_WORD] > 0 && features[NAMED] == 0 && features[CUE] == 0) {
            return false;
        }
        if (features[TITLE_LIKE] > 0 && features[PARTIAL] > 0) {
            return false; // a title, a name or a slogan woven into the sentence: "his book “Musicophilia”"
        }
        boolean upToTwoWords = features[LOG_WORDS] < Math.log1p(2.5); // logWords is log(1 + words)
        boolean noSource = features[NAMED] == 0 && features[CUE_ONLY] == 0 && features[BY_SUBJECT] == 0
                && features[SHARED] == 0 && features[CUE] == 0 && features[PERSON] == 0;
        return !(upToTwoWords && noSource);
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
