package org.stemma.quote;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of an article's quoting is headlines and titles: the share of its quoted stretches
 * that are headline-shaped (three words or more, every word but the small ones capitalised, not
 * in the article's own title-case headline, no verb of saying in their sentence). A gallery of
 * old front pages or a list of films quotes titles, not anyone's words; a news story quotes people.
 */
final class TitlePage {

    private static final int MIN_WORDS = 3;

    private final Map<QuoteSegment, Boolean> shaped;
    private final int count;

    private TitlePage(Map<QuoteSegment, Boolean> shaped, int count) {
        this.shaped = shaped;
        this.count = count;
    }

    static TitlePage of(Lex lex, boolean[] inQuote, List<QuoteSegment> segs) {
        Map<QuoteSegment, Boolean> shaped = new IdentityHashMap<>();
        int count = 0;
        for (QuoteSegment s : segs) {
            boolean h = headlineShaped(lex, inQuote, s);
            shaped.put(s, h);
            count += h ? 1 : 0;
        }
        return new TitlePage(shaped, count);
    }

    /** Is {@code s} headline-shaped? */
    boolean shaped(QuoteSegment s) {
        return shaped.getOrDefault(s, false);
    }

    /** The share of the article's other stretches that are headline-shaped (0 when it has no other). */
    double shareBesides(QuoteSegment s) {
        int others = shaped.size() - 1;
        if (others <= 0) {
            return 0;
        }
        return (double) (count - (shaped(s) ? 1 : 0)) / others;
    }

    private static boolean headlineShaped(Lex lex, boolean[] inQuote, QuoteSegment s) {
        if (s.lastTok <= lex.titleCaseEnd || QuoteFeatures.titleCaseWords(lex, s) < MIN_WORDS) {
            return false;
        }
        int ss = QuoteFeatures.sentenceStart(lex, inQuote, s.firstTok);
        int se = QuoteFeatures.sentenceEnd(lex, inQuote, s.lastTok);
        return QuoteFeatures.cues(lex, inQuote, ss, se) == 0;
    }
}
