package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import org.stemma.quote.QuoteMarks.Piece;
import org.stemma.text.QuoteGlyphs;

/**
 * The single-mark half of {@link QuoteMarks}: ‘…’ and '…' pieces outside double marks, told
 * apart from apostrophes (don't, students', '90s) and elisions.
 */
final class SingleMarks {

    private SingleMarks() {
    }

    /**
     * Single-quoted pieces in [ps, pe) that lie outside the double-quoted pieces found so far
     * (from index {@code from} of {@code out}). A single-quoted stretch that holds whole
     * double-quoted ones is the quotation and they are quotes inside it (the British and some
     * Canadian style: 'We will not sign a "deal" like this,' she said); those are removed from
     * {@code out}. {@code pendingRun} is the run of a single-quoted quotation left open at the end
     * of the previous paragraph, which this paragraph's opening mark continues (-1 if none).
     * Returns the run left open at this paragraph's end, or -1.
     */
    static int singles(String text, int ps, int pe, List<Piece> out, int from, int[] runCounter, int pendingRun) {
        List<Piece> doubles = new ArrayList<>(out.subList(from, out.size()));
        int i = ps;
        while (i < pe) {
            char c = text.charAt(i);
            if (c == QuoteGlyphs.STRAIGHT_SINGLE && i + 1 < pe && text.charAt(i + 1) == QuoteGlyphs.STRAIGHT_SINGLE) {
                i += 2; // a two-apostrophe double mark, handled with the doubles
                continue;
            }
            if (QuoteGlyphs.isSingle(c) && !insideAny(doubles, i) && opensSingle(text, ps, pe, i)) {
                // A quotation that opens its paragraph (or follows a colon) may be long; elsewhere a
                // close is looked for nearby, since a stray apostrophe would pair with a far one.
                boolean leads = i == ps || precededByColon(text, ps, i);
                int close = findSingleClose(text, i + 1, pe, leads ? pe : Math.min(pe, i + 401), doubles);
                int run = i == ps && pendingRun >= 0 ? pendingRun : runCounter[0];
                boolean continued = run == pendingRun;
                if (close > 0) {
                    int before = out.size();
                    QuoteMarks.addTrimmed(out, text, i, i + 1, close, close + 1, true, run);
                    if (out.size() > before) {
                        removeInside(out, doubles, i, close);
                        if (run == runCounter[0]) {
                            runCounter[0]++;
                        }
                        pendingRun = continued ? -1 : pendingRun;
                        i = close + 1;
                        continue;
                    }
                } else if (close == OPEN_TO_END && leads && !insideAny(doubles, pe - 1)
                        && QuoteMarks.addTrimmed(out, text, i, i + 1, pe, pe, true, run)) {
                    // Open at the paragraph's end: the next paragraph may continue it ('…¶'…').
                    removeInside(out, doubles, i, pe);
                    if (run == runCounter[0]) {
                        runCounter[0]++;
                    }
                    return run;
                }
            }
            i++;
        }
        if (pendingRun >= 0) {
            QuoteMarks.dropUnclosedTail(out, pendingRun); // the paragraph opened with a mark but did not go on with the quote
        }
        return -1;
    }

    /** The paragraph opens with a single opening mark: ‘ or ' before a word. */
    static boolean opensWithSingle(String text, int ps, int pe) {
        char c = text.charAt(ps);
        boolean twoApostrophes = ps + 1 < pe && text.charAt(ps + 1) == QuoteGlyphs.STRAIGHT_SINGLE;
        return (c == QuoteGlyphs.LEFT_SINGLE || c == QuoteGlyphs.STRAIGHT_SINGLE && !twoApostrophes)
                && opensSingle(text, ps, pe, ps);
    }

    /** The mark at {@code i} follows a colon ("she said: '…"). */
    private static boolean precededByColon(String text, int ps, int i) {
        int j = i - 1;
        while (j > ps && QuoteMarks.space(text.charAt(j))) {
            j--;
        }
        return j >= ps && j < i - 1 && text.charAt(j) == ':';
    }

    /** Removes the double-quoted pieces inside [open, close): quotes inside a single-quoted quotation. */
    private static void removeInside(List<Piece> out, List<Piece> doubles, int open, int close) {
        for (Piece d : List.copyOf(doubles)) {
            if (d.markStart() > open && d.markEnd() <= close && d.closed()) {
                out.remove(d);
                doubles.remove(d);
            }
        }
    }

    private static boolean insideAny(List<Piece> pieces, int pos) {
        return pieceAt(pieces, pos) != null;
    }

    private static boolean opensSingle(String text, int ps, int pe, int i) {
        char before = i > ps ? text.charAt(i - 1) : ' ';
        char after = i + 1 < pe ? text.charAt(i + 1) : ' ';
        if (!(Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0)) {
            return false;
        }
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        // '90s, '16, 'em, 'til: elisions, not quotations ('1 in every 5 days' is one: not a year's two digits).
        if (Character.isDigit(after) && yearElision(text, i + 1, pe)) {
            return false;
        }
        String word = wordAt(text, i + 1, pe).toLowerCase(java.util.Locale.ROOT);
        return !(word.equals("em") || word.equals("til") || word.equals("tis") || word.equals("n"));
    }

    /** Two digits and then no more digits or letters but a plural s: '90s, '16. */
    private static boolean yearElision(String text, int s, int pe) {
        int e = s;
        while (e < pe && Character.isDigit(text.charAt(e))) {
            e++;
        }
        char next = e < pe ? text.charAt(e) : ' ';
        return e - s == 2 && (next == 's' || !Character.isLetterOrDigit(next));
    }

    private static String wordAt(String text, int s, int pe) {
        int e = s;
        while (e < pe && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** {@link #findSingleClose}: no closing mark, nothing in the way, up to the limit. */
    private static final int OPEN_TO_END = -2;

    /**
     * The closing single mark for an opening one, searching [from, limit); skips apostrophes
     * inside words and closed double-quoted pieces (quotes inside the quotation). -1 when the
     * search meets another opening single mark or an unclosed double-quoted piece, or reaches
     * the limit past a closed one; {@link #OPEN_TO_END} when it reaches the limit with no
     * candidate close and nothing inside.
     */
    private static int findSingleClose(String text, int from, int pe, int limit, List<Piece> doubles) {
        int possessive = -1;
        boolean nested = false;
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            Piece inner = pieceAt(doubles, j);
            if (inner != null) {
                if (!inner.closed()) {
                    return -1;
                }
                nested = true;
                j = inner.markEnd() - 1;
                continue;
            }
            if (c == QuoteGlyphs.LEFT_SINGLE) {
                // Another opening mark before a close: a possessive-looking mark passed over was
                // this quote's close ('to 'do demonstrations' at … is 'man …'); without one, give up.
                return possessive >= 0 ? deferred(doubles, from, possessive, nested) : -1;
            }
            if (!(QuoteGlyphs.isSingle(c) && QuoteGlyphs.closes(c))) {
                continue;
            }
            char before = text.charAt(j - 1);
            char after = j + 1 < pe ? text.charAt(j + 1) : ' ';
            if (Character.isLetter(before) && Character.isLetter(after)) {
                continue; // don't, Mali's
            }
            if (Character.isWhitespace(before)) {
                continue;
            }
            boolean endish = j + 1 >= pe || QuoteMarks.space(after)
                    || ".,;:!?)]\u2014\u2013-\u2026".indexOf(after) >= 0 || QuoteMarks.closesDouble(after);
            if (!endish) {
                continue;
            }
            // "the students' union": a plural possessive looks like a closing mark; prefer a later
            // closing mark that is followed by punctuation, if there is one.
            if (before == 's' && j + 1 < pe && Character.isWhitespace(after)
                    && j + 2 < pe && Character.isLowerCase(text.charAt(j + 2))) {
                if (possessive < 0) {
                    possessive = j;
                }
                continue;
            }
            return j;
        }
        if (possessive >= 0) {
            return deferred(doubles, from, possessive, nested);
        }
        // Left open with a quote inside: no continuation (the next paragraph may not go on with it,
        // and the inner quote would be lost with it).
        return nested ? -1 : OPEN_TO_END;
    }

    /** A possessive taken for want of a close never encloses a double-quoted piece. */
    private static int deferred(List<Piece> doubles, int from, int possessive, boolean nested) {
        if (nested) {
            for (Piece d : doubles) {
                if (d.markStart() >= from && d.markEnd() <= possessive) {
                    return -1;
                }
            }
        }
        return possessive;
    }

    private static Piece pieceAt(List<Piece> pieces, int pos) {
        for (Piece pc : pieces) {
            if (pos >= pc.markStart() && pos < Math.max(pc.markEnd(), pc.end())) {
                return pc;
            }
        }
        return null;
    }
}
