package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.QuoteGlyphs;

/**
 * Finds the stretches of text that stand inside quotation marks.
 *
 * <p>Double marks: curly “ ”, straight ", „ (closed by “ or ”), « » (and »…«), and the
 * two-apostrophe {@code ''} that wire archives use; a value after {@code =} is markup, not a
 * quote. Single marks ‘ ’ and ' count only outside double marks (a single-quoted stretch inside
 * double marks is a quotation inside the quotation, not a quote of its own; {@link SingleMarks}) and only when they
 * cannot be apostrophes (don't, students', '90s); a single-quoted stretch holding double-quoted
 * ones (the British style) is the quotation, and they are quotes inside it.
 *
 * <p>Marks are paired within a paragraph (a line; a break inside a sentence joins two lines). A
 * paragraph that ends inside an open quote
 * continues it when the next paragraph opens with a mark of the same kind (the newspaper
 * convention for quotes that run across paragraphs); otherwise the unmatched mark is dropped.
 * The direction of a straight mark comes from its neighbours (space before and a word after
 * opens; a word before and space or punctuation after closes) and, when they say nothing,
 * from whether a quote is open.
 */
final class QuoteMarks {

    /**
     * One quoted stretch inside one paragraph.
     *
     * @param markStart where the opening mark starts
     * @param start     first char inside the marks
     * @param end       end (exclusive) of the text inside the marks
     * @param markEnd   end of the closing mark ({@code == end} when the paragraph ends inside an
     *                  open quote that the next paragraph continues)
     * @param single    delimited by single marks
     * @param run       pieces with the same run number are one quotation across paragraphs
     */
    record Piece(int markStart, int start, int end, int markEnd, boolean single, int run) {
        boolean closed() {
            return markEnd > end;
        }
    }

    private QuoteMarks() {
    }

    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int EITHER = 3;

    /** A quotation mark occurrence: position, length in chars, allowed directions. */
    private record Mark(int pos, int len, int dir) {
    }

    /** All quoted pieces of {@code text}, in text order; single-quote pieces never overlap double ones. */
    static List<Piece> scan(String text) {
        List<Piece> out = new ArrayList<>();
        int n = text.length();
        int[] runCounter = {0};
        int pendingRun = -1; // run id of a quote left open at the end of the previous paragraph
        int pendingSingle = -1; // the same for a single-quoted one (British style: 'A …¶'B …,' she said)
        int p = 0;
        boolean blankBefore = false;
        while (p < n) {
            int lineEnd = text.indexOf('\n', p);
            while (lineEnd >= 0 && softBreak(text, lineEnd)) {
                lineEnd = text.indexOf('\n', lineEnd + 1);
            }
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int ps = p;
            int pe = lineEnd;
            while (ps < pe && space(text.charAt(ps))) {
                ps++;
            }
            while (pe > ps && space(text.charAt(pe - 1))) {
                pe--;
            }
            p = lineEnd + 1;
            if (ps >= pe) {
                blankBefore = true;
                continue; // blank lines neither continue nor break an open quote
            }
            List<Mark> doubles = doubleMarks(text, ps, pe);
            boolean opensWithMark = !doubles.isEmpty() && doubles.get(0).pos() == ps && (doubles.get(0).dir() & OPEN) != 0;
            if (opensWithMark && pendingRun >= 0 && doubles.size() == 1 && stageDirection(text, ps + doubles.get(0).len(), pe)) {
                continue; // "(CROSSTALK.)" inside a running transcript quote: nobody's words; the quote runs on
            }
            int label = opensWithMark ? labelEnd(text, ps + doubles.get(0).len(), pe) : -1;
            if (label >= 0 && pendingRun < 0 && closesLater(doubles)) {
                // A turn label opens a transcript's turn, which runs to the paragraph's end; a quote
                // closed within its paragraph ("BREAKING: …," said X) keeps its words and speaker.
                label = -1;
            }
            if (label >= 0 && pendingRun >= 0) {
                // A transcript's next turn ("PENCE: ...") reopens the marks without closing the
                // previous turn: the previous quotation ends there, it is not dropped as unclosed.
                pendingRun = -1;
            }
            // An open quote's next paragraph, after a blank line, whose first mark closes: a block quote
            // written without the repeated mark ("…regard.¶¶Although …, act.""). (With no quote open such
            // a mark is left alone: a span always follows its opening mark.)
            Mark orphan = label < 0 && pendingRun >= 0 && blankBefore ? orphanClose(text, ps, doubles) : null;
            blankBefore = false;
            boolean continues = pendingRun >= 0 && (opensWithMark || orphan != null);
            if (pendingRun >= 0 && !continues) {
                // The previous paragraph's open quote was never closed nor continued: drop its
                // last (unclosed) piece; earlier pieces of the run were closed by continuation.
                dropUnclosedTail(out, pendingRun);
            }
            if (pendingSingle >= 0 && (continues || !SingleMarks.opensWithSingle(text, ps, pe))) {
                dropUnclosedTail(out, pendingSingle);
                pendingSingle = -1;
            }
            int paragraphStartSize = out.size();
            int run = continues ? pendingRun : -1;
            pendingRun = -1;
            int openAt = -1;
            int openLen = 0;
            if (orphan != null) {
                addTrimmed(out, text, ps, ps, orphan.pos(), orphan.pos() + orphan.len(), false, run >= 0 ? run : runCounter[0]++);
                run = -1;
            }
            for (int i = orphan != null ? 1 : 0; i < doubles.size(); i++) {
                Mark m = doubles.get(i);
                if (openAt < 0) {
                    if ((m.dir() & OPEN) != 0 || i > 0 && misplacedOpen(text, pe, doubles, i)) {
                        openAt = m.pos();
                        openLen = m.len();
                    }
                } else if ((m.dir() & CLOSE) != 0) {
                    int r = run >= 0 ? run : runCounter[0]++;
                    run = -1;
                    addTrimmed(out, text, openAt, innerStart(openAt, openLen, ps, label), m.pos(), m.pos() + m.len(), false, r);
                    openAt = -1;
                } else if (resumesAfterSentence(text, openAt + openLen, m)) {
                    // "A. "B …": a page that lost its paragraph breaks still shows the newspaper's
                    // convention (no close where the same voice goes on in a new paragraph): one quotation.
                    int r = run >= 0 ? run : runCounter[0]++;
                    run = addTrimmed(out, text, openAt, innerStart(openAt, openLen, ps, label), m.pos(), m.pos(), false, r) ? r : -1;
                    openAt = m.pos();
                    openLen = m.len();
                } else {
                    // Two opening marks in a row: the first was unmatched; start again here.
                    openAt = m.pos();
                    openLen = m.len();
                    run = -1;
                }
            }
            if (openAt >= 0) {
                int r = run >= 0 ? run : runCounter[0]++;
                if (addTrimmed(out, text, openAt, innerStart(openAt, openLen, ps, label), pe, pe, false, r)) {
                    pendingRun = r;
                }
            }
            pendingSingle = SingleMarks.singles(text, ps, pe, out, paragraphStartSize, runCounter, pendingSingle);
        }
        if (pendingRun >= 0) {
            dropUnclosedTail(out, pendingRun);
        }
        if (pendingSingle >= 0) {
            dropUnclosedTail(out, pendingSingle);
        }
        out.sort((a, b) -> Integer.compare(a.markStart(), b.markStart()));
        return out;
    }

    /** A line break inside a sentence (hard-wrapped: a lower-case letter or comma, then one) is no paragraph break. */
    private static boolean softBreak(String text, int nl) {
        if (nl == 0 || nl + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(nl - 1);
        return (Character.isLowerCase(before) || before == ',') && Character.isLowerCase(text.charAt(nl + 1));
    }

    /**
     * An opening-only mark of the open quote's own glyph that starts a new sentence (a capital or
     * digit after it) right after the quote's sentence ended ({@code .}, {@code ?}, {@code !} or
     * {@code …}, then a space). Another glyph there ("… world. “They …,” he quoted …") is a quote
     * inside the quotation, not its next paragraph.
     */
    private static boolean resumesAfterSentence(String text, int inner, Mark m) {
        int i = m.pos() - 1;
        if (m.dir() != OPEN || i <= inner || !space(text.charAt(i)) || text.charAt(m.pos()) != text.charAt(inner - 1)) {
            return false;
        }
        while (i > inner && space(text.charAt(i))) {
            i--;
        }
        int after = m.pos() + m.len();
        return i > inner && ".?!\u2026".indexOf(text.charAt(i)) >= 0
                && after < text.length() && (Character.isUpperCase(text.charAt(after)) || Character.isDigit(text.charAt(after)))
                && !TrailingAttribution.endsWith(text.substring(inner, i + 1));
    }

    /** The paragraph's first mark if it can only close, after four words or more (not a credit: "…¶¶Bill Clinton.""). */
    private static Mark orphanClose(String text, int ps, List<Mark> doubles) {
        Mark m = doubles.isEmpty() ? null : doubles.get(0);
        if (m == null || m.dir() != CLOSE || m.pos() <= ps || ",.?!".indexOf(text.charAt(m.pos() - 1)) < 0) {
            return null;
        }
        int words = 0;
        for (int i = ps; i < m.pos(); i++) {
            words += Character.isLetterOrDigit(text.charAt(i)) && (i == ps || space(text.charAt(i - 1))) ? 1 : 0;
        }
        return words >= 4 ? m : null;
    }

    /** A straight mark after a closed quote with its space on the wrong side ("…," she said." It was …."). */
    private static boolean misplacedOpen(String text, int pe, List<Mark> doubles, int i) {
        Mark m = doubles.get(i);
        int a = m.pos() + 1;
        if (text.charAt(m.pos()) != QuoteGlyphs.STRAIGHT_DOUBLE || (doubles.get(i - 1).dir() & CLOSE) == 0 || a + 1 >= pe
                || text.charAt(a) != ' ' || !Character.isUpperCase(text.charAt(a + 1))) {
            return false;
        }
        return i + 1 < doubles.size() && (doubles.get(i + 1).dir() & CLOSE) != 0;
    }

    private static boolean closesLater(List<Mark> doubles) {
        for (int i = 1; i < doubles.size(); i++) {
            if ((doubles.get(i).dir() & CLOSE) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the quoted words start: after the mark, and after a transcript's speaker label. */
    private static int innerStart(int openAt, int openLen, int ps, int label) {
        return openAt == ps && label >= 0 ? label : openAt + openLen;
    }

    /**
     * The end of a transcript's speaker label at {@code from} ({@code WALLACE: }, {@code MR. TRUMP: }:
     * one to three words in capitals, each with at least two letters, then a colon and a space), or
     * -1. The label names who speaks; it is no part of the quotation.
     */
    static int labelEnd(String text, int from, int pe) {
        int i = from;
        int words = 0;
        while (i < pe && words < 3) {
            int letters = 0;
            while (i < pe && (Character.isUpperCase(text.charAt(i))
                    || letters > 0 && (".-".indexOf(text.charAt(i)) >= 0 || QuoteGlyphs.isApostrophe(text.charAt(i))))) {
                if (Character.isLetter(text.charAt(i))) {
                    letters++;
                }
                i++;
            }
            if (letters < 2) {
                return -1;
            }
            words++;
            if (i < pe && text.charAt(i) == ':') {
                int j = i + 1;
                while (j < pe && space(text.charAt(j))) {
                    j++;
                }
                return j > i + 1 ? j : -1;
            }
            if (i >= pe || text.charAt(i) != ' ') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /**
     * The chars [start, end) of the transcript speaker label that opens {@code p} (the name without
     * its colon), or null when it has none.
     */
    static int[] label(String text, Piece p) {
        int from = p.markStart() + (text.startsWith("''", p.markStart()) ? 2 : 1);
        int end = labelEnd(text, from, p.end());
        return end < 0 || end > p.start() ? null : new int[]{from, text.lastIndexOf(':', end - 1)};
    }

    /** The paragraph's words after the opening mark are all one bracketed aside: "(CROSSTALK.)". */
    private static boolean stageDirection(String text, int from, int pe) {
        int s = from;
        int e = pe;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || closesDouble(text.charAt(e - 1))
                || text.charAt(e - 1) == '.')) {
            e--;
        }
        if (e - s < 3) {
            return false;
        }
        char open = text.charAt(s);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        return close != 0 && text.indexOf(close, s) == e - 1;
    }

    /** Removes a run whose last piece is unclosed and was not continued. */
    static void dropUnclosedTail(List<Piece> out, int run) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Piece pc = out.get(i);
            if (pc.run() == run && !pc.closed()) {
                out.remove(i);
                break;
            }
        }
    }

    static boolean addTrimmed(List<Piece> out, String text, int markStart, int start, int end,
                              int markEnd, boolean single, int run) {
        int s = start;
        int e = end;
        while (s < e && space(text.charAt(s))) {
            s++;
        }
        while (e > s && space(text.charAt(e - 1))) {
            e--;
        }
        if (!hasLetterOrDigit(text, s, e)) {
            return false;
        }
        out.add(new Piece(markStart, s, e, markEnd == end ? e : markEnd, single, run));
        return true;
    }

    /** Whitespace, and the no-break spaces French typography puts inside guillemets (« Non »). */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean closesDouble(char c) {
        return QuoteGlyphs.isDouble(c) && QuoteGlyphs.closes(c);
    }

    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Double quotation marks in [ps, pe) with the directions their glyph and neighbours allow. */
    private static List<Mark> doubleMarks(String text, int ps, int pe) {
        List<Mark> marks = new ArrayList<>();
        for (int i = ps; i < pe; i++) {
            char c = text.charAt(i);
            if (c == QuoteGlyphs.STRAIGHT_DOUBLE && i > ps && text.charAt(i - 1) == '=') {
                // name="value": an attribute of markup left in the text, no quotation; skip its value.
                int close = text.indexOf(QuoteGlyphs.STRAIGHT_DOUBLE, i + 1);
                i = close > 0 && close < pe ? close : i;
                continue;
            }
            int len = 1;
            int glyph;
            switch (c) {
                case QuoteGlyphs.LEFT_DOUBLE: glyph = EITHER; break; // “ opens in English, closes after „ (German)
                case QuoteGlyphs.RIGHT_DOUBLE: glyph = CLOSE; break;
                case QuoteGlyphs.LOW_DOUBLE: glyph = OPEN; break;
                case QuoteGlyphs.LEFT_GUILLEMET: glyph = OPEN; break;  // « opens, except in the »German« order
                case QuoteGlyphs.RIGHT_GUILLEMET: glyph = CLOSE; break;
                case QuoteGlyphs.STRAIGHT_DOUBLE: glyph = EITHER; break;
                case QuoteGlyphs.STRAIGHT_SINGLE:
                    if (i + 1 < pe && text.charAt(i + 1) == QuoteGlyphs.STRAIGHT_SINGLE) {
                        glyph = EITHER;
                        len = 2;
                        break;
                    }
                    continue;
                default:
                    continue;
            }
            int context = context(text, ps, pe, i, len);
            int dir;
            if (c == QuoteGlyphs.LEFT_DOUBLE || c == QuoteGlyphs.LEFT_GUILLEMET) {
                // “ and « open unless they obviously close (word before, space after): „…“, »…«.
                dir = context == CLOSE ? CLOSE : OPEN;
            } else if (c == QuoteGlyphs.RIGHT_GUILLEMET) {
                // » closes unless it obviously opens (space before, word after): »Wir bleiben hier«.
                dir = context == OPEN ? OPEN : CLOSE;
            } else if (c == QuoteGlyphs.RIGHT_DOUBLE) {
                // ” is a closing mark; some sites use it for both, so let a clear opening context win.
                dir = context == OPEN ? OPEN : CLOSE;
            } else if (glyph == EITHER) {
                dir = context;
            } else {
                dir = glyph;
            }
            marks.add(new Mark(i, len, dir));
            i += len - 1;
        }
        return marks;
    }

    /** OPEN when a mark sits before a word, CLOSE when after one, EITHER when it cannot tell. */
    private static int context(String text, int ps, int pe, int i, int len) {
        char before = i > ps ? text.charAt(i - 1) : ' ';
        char after = i + len < pe ? text.charAt(i + len) : ' ';
        boolean spaceBefore = space(before) || "([{\u2014\u2013-/".indexOf(before) >= 0;
        boolean spaceAfter = space(after) || ".,;:!?)]}\u2014\u2013-/\u2026".indexOf(after) >= 0;
        if (spaceBefore && !spaceAfter) {
            return OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return CLOSE;
        }
        return EITHER;
    }
}
