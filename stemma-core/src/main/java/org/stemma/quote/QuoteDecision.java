package org.stemma.quote;

import java.util.List;

/**
 * Keeps or drops a quoted stretch. A single quoted word with no source (no attribution and no
 * verb of saying in its sentence) is a scare quote, never a quotation (issue 18's rule), and so
 * is a stretch of two words with no source at all (no attribution of any kind, no verb of saying
 * and no person named in its sentence: a term, a product or a nickname in marks), and so is a
 * name in marks ({@code Robert "Bobby" Smith}, {@code his name was "John Doe"}: {@link QuotedNames});
 * any other stretch is decided by a logistic regression over {@link QuoteFeatures}: it is a
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
            0.252251 /* logWords */, 0.037743 /* oneWord */, -0.346169 /* upToThreeWords */, -0.860427 /* capitalisedShare */, 
            -1.297306 /* titleLike */, -0.011190 /* endsSentenceInside */, 0.207763 /* endsClauseInside */, 0.338990 /* questionOrExclamation */, 
            -0.286488 /* startsUpperCase */, 0.507615 /* firstOrSecondPerson */, 0.515080 /* attributionNamed */, -0.570592 /* attributionCueOnly */, 
            0.239497 /* speakerBySubject */, -0.565119 /* attributionShared */, 0.698771 /* attributionAfter */, -0.129750 /* partial */, 
            0.750159 /* cueInSentence */, 0.215471 /* cueInNextSentence */, 0.348501 /* cueInPreviousSentence */, 0.301229 /* cueNounBefore */, 
            0.470769 /* personInSentence */, -0.004052 /* previousQuoteAttributed */, -0.636049 /* opensParagraph */, 0.657591 /* closesParagraph */, 
            1.578201 /* opensSentence */, 0.241478 /* afterDeterminer */, -0.012750 /* afterPreposition */, 0.900383 /* afterNamingVerb */, 
            0.629317 /* afterTermWord */, -1.174439 /* afterPossessive */, -1.330527 /* byAfter */, 0.538809 /* afterColonOrComma */, 
            0.352375 /* severalPieces */, -0.220974 /* headline */, -1.067261 /* inOpeningPhrase */, -0.395678 /* modifiesNoun */, 
            -0.416640 /* inTitleCaseHeadline */, 0.971713 /* afterCueInSentence */,
            0 /* quotedName: a rule ({@link #eligible}), never weighed */};

    static final double BIAS = 0.310394;

    /** Lowest probability of a kept stretch (chosen out of fold). */
    public static final double THRESHOLD = 0.56;

    private static final int LOG_WORDS = FEATURES.indexOf("logWords");
    private static final int ONE_WORD = FEATURES.indexOf("oneWord");
    private static final int NAMED = FEATURES.indexOf("attributionNamed");
    private static final int CUE_ONLY = FEATURES.indexOf("attributionCueOnly");
    private static final int BY_SUBJECT = FEATURES.indexOf("speakerBySubject");
    private static final int SHARED = FEATURES.indexOf("attributionShared");
    private static final int CUE = FEATURES.indexOf("cueInSentence");
    private static final int PERSON = FEATURES.indexOf("personInSentence");
    private static final int QUOTED_NAME = FEATURES.indexOf("quotedName");

    /**
     * May the regression keep a stretch with {@code features}? Not a lone word with no source,
     * nor two words with none ("a two-word quote with a source is a quote"; without one it is a
     * term, a sign or a product in marks: ""Cash only." The note on the door …"), nor a name in
     * marks.
     */
    public static boolean eligible(double[] features) {
        if (features[QUOTED_NAME] > 0) {
            return false; // Robert "Bobby" Smith, "his name was "X"": a name, nobody's words
        }
        if (features[ONE_WORD] > 0 && features[NAMED] == 0 && features[CUE] == 0) {
            return false;
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
