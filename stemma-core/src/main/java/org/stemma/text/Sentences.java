package org.stemma.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences, as {@link Span}s of UTF-16 offsets into the text, trimmed of
 * surrounding white space, in text order, never overlapping.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>A blank line always ends a sentence. A single line break ends one too, unless it looks
 *     like wrapping: the line before does not end in terminal punctuation and the next line
 *     starts with a lower-case letter. (Headings such as "READ MORE:" become their own
 *     sentences.)</li>
 * <li>Inside a paragraph, a run of terminal punctuation ({@code . ! ? …} and the Arabic
 *     question mark), optionally followed by closing quotes or brackets, ends a sentence when it
 *     is followed by white space (the no-break space included) and then a sentence opener: an
 *     upper-case letter, a digit, an opening quote or bracket, or a letter of a script without
 *     case. A lower-case word after it ({@code "Is it?" he asked}) continues the sentence.</li>
 * <li>A single full stop after an abbreviation does not end a sentence: titles and ranks
 *     ("Gen.", "Mr.", "Brig."), months ("Sept."), single-letter initials ("John F. Kennedy"),
 *     "No." before a number. After dotted acronyms ("U.S.", "U.N."), company or name
 *     suffixes and US states ("Inc.", "Jr.", "etc.", "Calif.") it ends one only if the next word
 *     is a common sentence starter ("The", "He", "But", ...), since those abbreviations also end
 *     sentences. The abbreviations are {@link Titles}'s.</li>
 * <li>A sentence longer than {@link #MAX_CHARS} is cut at white space into pieces of at most
 *     that length (run-on text, lists, or text without punctuation).</li>
 * </ol>
 * Text with no letters or digits between two boundaries yields no sentence.
 */
public final class Sentences {

    /** Longest sentence returned, in chars; longer runs are cut at white space. */
    public static final int MAX_CHARS = 1500;

    /** Capitalised words that commonly begin English news sentences. */
    private static final Set<String> STARTERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
            "Their", "Our", "This", "That", "These", "Those", "There", "But", "And", "Or", "So",
            "Yet", "In", "On", "At", "By", "For", "From", "With", "After", "Before", "Since",
            "When", "While", "If", "As", "However", "Meanwhile", "Earlier", "Later", "Last",
            "Still", "Also", "Many", "Some", "Most", "Officials", "According", "Now", "Then",
            "Both", "All", "No", "Not", "One", "Two", "What", "Why", "How", "Who", "Where");

    private Sentences() {
    }

    /** The sentences of {@code text}. */
    public static List<Span> split(String text) {
        return split(text, null);
    }

    /**
     * The sentences of the paragraphs (the blocks between line breaks that end a sentence) of
     * {@code text} that hold one of the {@code offsets} (ascending): the same spans as
     * {@link #split(String)} gives there, as a paragraph's sentences are found from its own text.
     * For a caller that needs the sentences around a few places of a long text.
     */
    public static List<Span> splitAround(String text, int[] offsets) {
        return split(text, offsets);
    }

    /**
     * Where sentences of {@code text} end in terminal punctuation, by the rules of {@link #split}:
     * the offset of the last mark of each terminal run that ends a sentence ("said." gives the
     * full stop's offset, "Really?!" the "!"'s), ascending. Sentences that end without such a mark
     * (at a line break, or cut at {@link #MAX_CHARS}) give none. For a tokenizer that needs the
     * sentence ends token by token (the quote package's lexer).
     */
    public static int[] stops(String text) {
        Stops stops = new Stops();
        split(text, null, stops);
        return Arrays.copyOf(stops.at, stops.size);
    }

    private static List<Span> split(String text, int[] offsets) {
        return split(text, offsets, null);
    }

    private static List<Span> split(String text, int[] offsets, Stops stops) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        Marks lines = new Marks(text, LINE_BREAKS);
        Marks terminals = new Marks(text, TERMINALS);
        int blockStart = 0;
        int i = 0;
        int o = 0; // the first offset not before the block
        while (i <= n) {
            int lineEnd = lines.next(i, n);
            if (lineEnd >= n) {
                if (offsets == null || holds(offsets, o, blockStart, n)) {
                    splitBlock(text, blockStart, n, terminals, out, stops);
                }
                break;
            }
            int next = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            if (!isWrap(text, blockStart, lineEnd, next)) {
                if (offsets == null) {
                    splitBlock(text, blockStart, lineEnd, terminals, out, stops);
                } else {
                    while (o < offsets.length && offsets[o] < blockStart) {
                        o++;
                    }
                    if (holds(offsets, o, blockStart, lineEnd)) {
                        splitBlock(text, blockStart, lineEnd, terminals, out, stops);
                    }
                }
                blockStart = next;
            }
            i = next;
        }
        return out;
    }

    /** Whether an offset from {@code offsets[o]} on falls in [from, to) (offsets ascending). */
    private static boolean holds(int[] offsets, int o, int from, int to) {
        while (o < offsets.length && offsets[o] < from) {
            o++;
        }
        return o < offsets.length && offsets[o] < to;
    }

    /**
     * Whether {@code s} ends in terminal punctuation once trailing white space and closing quotes
     * or brackets are passed ("He left.", "He left.”)", "Why?"): the marks that end a sentence at
     * the end of a block, for a caller that holds one line or paragraph (the plain-text cleaner's
     * units).
     */
    public static boolean endsInTerminal(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (space(s.charAt(i)) || isCloser(s.charAt(i)))) {
            i--;
        }
        return i >= 0 && isTerminal(s.charAt(i));
    }

    /** The texts of {@code spans} in {@code text}. */
    public static List<String> texts(String text, List<Span> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(s.of(text));
        }
        return out;
    }

    /** True if the line break at {@code lineEnd} only wraps a paragraph. */
    private static boolean isWrap(String text, int lineStart, int lineEnd, int next) {
        int last = lineEnd - 1;
        while (last >= lineStart && space(text.charAt(last))) {
            last--;
        }
        if (last < lineStart) {
            return false; // blank line
        }
        int first = next;
        while (first < text.length() && text.charAt(first) != '\n' && text.charAt(first) != '\r'
                && space(text.charAt(first))) {
            first++;
        }
        if (first >= text.length() || text.charAt(first) == '\n' || text.charAt(first) == '\r') {
            return false; // next line blank
        }
        char end = text.charAt(last);
        if (isTerminal(end) || isCloser(end) || end == ':') {
            return false;
        }
        return Character.isLowerCase(text.codePointAt(first));
    }

    private static void splitBlock(String text, int from, int to, Marks terminals, List<Span> out, Stops stops) {
        int sentStart = from;
        int i = from;
        while (i < to) {
            i = terminals.next(i, to);
            if (i >= to) {
                break;
            }
            int runStart = i;
            while (i < to && isTerminal(text.charAt(i))) {
                i++;
            }
            int termEnd = i;
            while (i < to && isCloser(text.charAt(i))) {
                i++;
            }
            int sentEnd = i;
            if (i < to && !space(text.charAt(i))) {
                int next = runTogether(text, from, runStart, termEnd, sentEnd, to);
                if (next >= 0) { // "Montalvo.More units arrived": the space lost in scraping
                    emit(text, sentStart, next, out);
                    Stops.add(stops, termEnd - 1);
                    sentStart = next;
                    i = next;
                }
                continue; // "3.5", "U.S.-led", "Amazon.com", "ASP.NET", "St.Louis"
            }
            int k = i;
            while (k < to && space(text.charAt(k))) {
                k++;
            }
            if (k >= to) {
                break; // the block's end closes the sentence anyway
            }
            if (!isOpener(text.codePointAt(k))) {
                continue;
            }
            if (termEnd - runStart == 1 && text.charAt(runStart) == '.' && sentEnd == termEnd
                    && !abbreviationEnds(text, from, runStart, k, to)) {
                continue;
            }
            emit(text, sentStart, sentEnd, out);
            Stops.add(stops, termEnd - 1);
            sentStart = k;
            i = k;
        }
        emit(text, sentStart, to, out);
        if (stops != null) {
            int last = to - 1;
            while (last >= sentStart && (space(text.charAt(last)) || isCloser(text.charAt(last)))) {
                last--;
            }
            if (last >= sentStart && isTerminal(text.charAt(last))) {
                Stops.add(stops, last); // the block's end closes the sentence
            }
        }
    }

    /** A growing list of offsets for {@link #stops}. */
    private static final class Stops {
        int[] at = new int[16];
        int size;

        static void add(Stops stops, int offset) {
            if (stops == null) {
                return;
            }
            if (stops.size == stops.at.length) {
                stops.at = Arrays.copyOf(stops.at, stops.size * 2);
            }
            stops.at[stops.size++] = offset;
        }
    }

    /**
     * Whether a full stop at {@code dot} ends the sentence, given the word before it and the
     * word starting at {@code next}.
     */
    private static boolean abbreviationEnds(String text, int from, int dot, int next, int to) {
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1))
                || (text.charAt(w - 1) == '.' && w - 1 > from
                && Character.isLetter(text.charAt(w - 2))))) {
            w--;
        }
        if (w == dot) {
            return true; // a number or a symbol before the full stop
        }
        String word = text.substring(w, dot);
        if (word.equals("No")) {
            return !Character.isDigit(text.charAt(next));
        }
        Titles.FullStop stop = Titles.fullStop(word);
        if (stop == Titles.FullStop.ABBREVIATION) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial
        }
        if (stop == Titles.FullStop.ABBREVIATION_OR_END || word.indexOf('.') >= 0) {
            int e = next;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return STARTERS.contains(text.substring(next, e));
        }
        return true;
    }

    /**
     * Where the next sentence starts when the full stops or ellipsis at [{@code run}, {@code
     * termEnd}) (closers up to {@code closed}) end a sentence with no space after them, as
     * scraped pages often lose the space between paragraphs ("chief Martha Montalvo.More units
     * arrived"); -1 when they do not. The rule is orthographic: a word of two or more letters
     * ending in lower case (in any case when a quote mark or bracket follows the stop: 'OK."The'),
     * or a number of two or more digits, or a dotted abbreviation ("p.m", "L.A", by
     * {@link #abbreviationEnds} as after a space), or an acronym of two or more capitals when the
     * word after the stop is a common starter or has four letters or more ("SUV.Several",
     * "OK.The"; not "ASP.Net"), before the stop, then an upper-case letter
     * followed by a lower-case one, or the pronoun "I", after it (opening quotes or a bracket
     * between allowed). Not split: a listed abbreviation ("St.Louis", "Mr.Smith"), a dotted
     * chain of initials or a word in mixed case ending in capitals ("U.S.Army", "ASP.NET",
     * "PanARMENIAN.Net"), a
     * lower-case right side ("Amazon.com", "Node.js", "index.html"), a right word followed by a
     * further dot and a letter ("www.SwataraPolice.org", "Report.Final.pdf") and anything in a
     * token holding "://", "www." or "@". A straight double quote between the stop and the capital
     * closes the sentence when an odd number of them precede it in the paragraph, else it opens
     * the next one.
     */
    private static int runTogether(String text, int from, int run, int termEnd, int closed, int to) {
        for (int r = run; r < termEnd; r++) {
            if (text.charAt(r) != '.' && text.charAt(r) != '\u2026') {
                return -1; // "Yahoo!News", "what?Yes": too rare to risk
            }
        }
        int w = run;
        boolean digits = run > from && Character.isDigit(text.charAt(run - 1));
        while (w > from && (digits ? Character.isDigit(text.charAt(w - 1))
                : Character.isLetter(text.charAt(w - 1)))) {
            w--;
        }
        // "p.m.The", "L.A.The": a dotted abbreviation, which ends a sentence before a common starter
        boolean initials = !digits && run - w == 1 && w - 2 >= from && text.charAt(w - 1) == '.'
                && Character.isLetter(text.charAt(w - 2)) && termEnd - run == 1;
        int k = closed;
        // not the straight single mark, which may be an apostrophe
        while (k < to && (QuoteGlyphs.opens(text.charAt(k)) && text.charAt(k) != QuoteGlyphs.STRAIGHT_SINGLE
                || text.charAt(k) == '(' || text.charAt(k) == '[')) {
            k++;
        }
        // 'are OK."Anytime': a quote mark or bracket after the stop, which no "ASP.Net" has
        boolean marked = k > termEnd;
        // "white SUV.Several people": an acronym before the stop (checked on the word after it below)
        boolean acronym = !digits && !marked && run - w >= 2 && upperCase(text, w, run);
        if (!initials && (run - w < 2 || !(digits || marked || acronym || Character.isLowerCase(text.charAt(run - 1))))) {
            return -1;
        }
        if (!initials && w > from && ".@/_".indexOf(text.charAt(w - 1)) >= 0) {
            return -1; // a dotted name, an address, a path or a file name
        }
        if (k + 1 >= to || !Character.isUpperCase(text.charAt(k))
                || !Character.isLowerCase(text.charAt(k + 1)) && !pronounI(text, k)) {
            return -1;
        }
        int e = k + 2;
        while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        if (e + 1 < to && text.charAt(e) == '.' && Character.isLetterOrDigit(text.charAt(e + 1))
                || e < to && text.charAt(e) == '@') {
            return -1; // "Foo.Bar.com", "john.Smith@example.org"
        }
        if (acronym && e - k < 4 && !STARTERS.contains(text.substring(k, e))) {
            return -1; // "ASP.Net", "VB.Net": a short word after an acronym may be the rest of a name
        }
        if (termEnd - run == 1 && text.charAt(run) == '.'
                && !abbreviationEnds(text, from, run, k, to)) {
            return -1;
        }
        int t = run;
        while (t > from && !space(text.charAt(t - 1))) {
            t--;
        }
        String token = text.substring(t, e);
        if (token.contains("://") || token.contains("www.") || token.indexOf('@') >= 0) {
            return -1;
        }
        if (closed > termEnd && text.charAt(termEnd) == QuoteGlyphs.STRAIGHT_DOUBLE && quotesBefore(text, from, run) % 2 == 0) {
            return termEnd; // 'said."The' with the quote opening the next sentence
        }
        return closed;
    }

    /** Every char of text[from, to) is an upper-case letter. */
    private static boolean upperCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Is the capital at {@code k} the pronoun "I" ("thigh.\"I saw a guy", "day.I'm")? */
    private static boolean pronounI(String text, int k) {
        return text.charAt(k) == 'I' && (space(text.charAt(k + 1)) || QuoteGlyphs.isApostrophe(text.charAt(k + 1)));
    }

    /** Straight double marks in [from, to): only they leave their direction to be counted out. */
    private static int quotesBefore(String text, int from, int to) {
        int count = 0;
        char mark = QuoteGlyphs.STRAIGHT_DOUBLE;
        for (int q = text.indexOf(mark, from); q >= 0 && q < to; q = text.indexOf(mark, q + 1)) {
            count++;
        }
        return count;
    }

    private static void emit(String text, int from, int to, List<Span> out) {
        while (from < to && space(text.charAt(from))) {
            from++;
        }
        while (to > from && space(text.charAt(to - 1))) {
            to--;
        }
        boolean word = false;
        for (int i = from; i < to && !word; i++) {
            word = Character.isLetterOrDigit(text.charAt(i));
        }
        if (!word) {
            return;
        }
        while (to - from > MAX_CHARS) {
            int cut = from + MAX_CHARS;
            while (cut > from + MAX_CHARS / 2 && !space(text.charAt(cut))) {
                cut--;
            }
            if (!space(text.charAt(cut))) {
                cut = from + MAX_CHARS;
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            int end = cut;
            while (end > from && space(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Span(from, end));
            from = cut;
            while (from < to && space(text.charAt(from))) {
                from++;
            }
        }
        if (from < to) {
            out.add(new Span(from, to));
        }
    }

    static final char[] LINE_BREAKS = {'\n', '\r'};
    static final char[] TERMINALS = {'.', '!', '?', '\u2026', '\u061F', '\u3002'};

    /**
     * The next of some marks in one text, for positions asked in increasing order: each mark is
     * found by String.indexOf (a vectorised search, compiled early in any run) and remembered
     * until passed. The text's characters are not looped over one by one here: such a loop runs
     * interpreted and then costs the JIT a large compile in every cold run, about ten times the
     * warm cost of splitting a 10k-article corpus (docs/benchmarks.md, issue 17 round 7).
     */
    static final class Marks {
        private final String text;
        private final char[] marks;
        private final int[] at;

        Marks(String text, char[] marks) {
            this.text = text;
            this.marks = marks;
            this.at = new int[marks.length];
            Arrays.fill(at, -1);
        }

        /** The first position in [i, to) holding a mark, else {@code to}. */
        int next(int i, int to) {
            int best = to;
            for (int k = 0; k < marks.length; k++) {
                if (at[k] < i) {
                    int j = text.indexOf(marks[k], i);
                    at[k] = j < 0 ? Integer.MAX_VALUE : j;
                }
                best = Math.min(best, at[k]);
            }
            return best;
        }
    }

    /** One of {@link #TERMINALS}: the one list of sentence-ending marks, also searched by {@link Marks}. */
    private static boolean isTerminal(char c) {
        for (char t : TERMINALS) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    /** White space, the no-break space included ("Law.\u00A0 I have": pages use it after a full stop). */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCloser(char c) {
        return QuoteGlyphs.closes(c) || c == ')' || c == ']';
    }

    private static boolean isOpener(int cp) {
        if (Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)) {
            return true;
        }
        if (QuoteGlyphs.opens(cp) || cp == '(' || cp == '[' || cp == '-' || cp == '\u2014' || cp == '\u2013') {
            return true;
        }
        return Character.isLetter(cp) && !Character.isLowerCase(cp);
    }
}
