package org.stemma.quote;

import org.stemma.quote.QuoteSegment.Attribution;

/**
 * A quotation standing alone in its paragraph, credited on the next line by a dash and a name
 * ("\"We will win.\"" then "- Jane Doe, tweeting after the debate."): the layout of quote boxes,
 * epigraphs and "quotable" columns. The name after the dash is the speaker, as a reader takes it.
 */
final class DashAttribution {

    private DashAttribution() {
    }

    /** Words a credit line may hold: a name and a short description ("Philadelphia", "tweeting after the speech"). */
    private static final int CREDIT_WORDS = 12;

    /**
     * The name on the credit line below quotation {@code s}, as an attribution after it, or null:
     * the quotation opens its paragraph and ends it, the next paragraph opens with a dash and a
     * capitalised name closed by a comma, a full stop or the line's end, and holds at most
     * {@value #CREDIT_WORDS} words.
     */
    static Attribution below(Lex lex, QuoteSegment s) {
        if (s.firstTok > 0 && !lex.lineBreakAfter(s.firstTok - 1)) {
            return null;
        }
        int t = s.lastTok;
        while (t < lex.size && !lex.isWord(t) && !lex.lineBreakAfter(t - 1) && !QuoteAttribution.isDash(lex, t)) {
            t++; // a full stop after the closing mark
        }
        if (t >= lex.size || !lex.lineBreakAfter(t - 1) || !QuoteAttribution.isDash(lex, t) || lex.lineBreakAfter(t)) {
            return null;
        }
        int n = t + 1;
        int m = n;
        while (m < lex.size && lex.capitalised(m) && !lex.lineBreakAfter(m - 1)) {
            m++;
        }
        boolean closed = lex.lineBreakAfter(m - 1) || lex.isPunct(m, ',') || lex.isPunct(m, '.');
        if (m == n || !closed || !SpeakerPhrases.validSubject(lex, n, m)) {
            return null;
        }
        int words = 0;
        for (int u = n; u < lex.size && words <= CREDIT_WORDS; u++) {
            words += lex.isWord(u) ? 1 : 0;
            if (lex.lineBreakAfter(u)) {
                break;
            }
        }
        return words <= CREDIT_WORDS ? new Attribution(lex.text.substring(lex.start[t], lex.end[t]), n, m) : null;
    }

    /**
     * Is {@code a} a credit after a dash: the line below ({@link #below}) or a byline after the
     * closing mark ("…” ― Pamela Reyes", {@link QuoteAttribution#rightAttribution})? Then its name
     * speaks: the speaker ranker weighs mentions in the quotation's sentences, and takes the line
     * below for the next sentence of another paragraph, where a name seldom speaks.
     */
    static boolean credit(Attribution a) {
        return a != null && a.cue() != null && a.cue().length() == 1 && QuoteAttribution.isDash(a.cue().charAt(0));
    }
}
