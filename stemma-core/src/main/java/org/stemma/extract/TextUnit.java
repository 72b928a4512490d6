package org.stemma.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Sentences;
import org.stemma.text.Spaces;

/**
 * One unit of a plain-text page: a line, or a paragraph of hard-wrapped lines, with the
 * measures the cleaner decides by. {@link UnitClassifier} sets its kind and list marks.
 */
final class TextUnit {

    enum Kind {
        PROSE, HEADLINE, SHORT, FURNITURE, NOTICE, CAPTION, BYLINE, DATELINE,
        TICKER_MARKER, RELATED_BLOCK_MARKER, READ_MORE_MARKER, READ_MORE_INLINE, SITE_LIST_MARKER
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪▫◦‣∙●○■□►▶»\\-*–—]|\\d{1,2}[.)])\\s+");
    private static final Pattern BULLET_ONLY = Pattern.compile("^\\s*[•·▪▫◦‣∙●○■□►▶]+\\s*");

    /** Punctuation of data, code and sentences, seldom in a menu entry (quotation marks too, see {@link #quoting}). */
    private static final String INNER_PUNCTUATION = ",;:()[]{}<>–—/\\@#%$€£¥₽|=+*_~`?!";

    final String content;
    /** The content as {@link #phrase} compares it (computed once: it is the cleaner's hot spot). */
    final String phrase;
    final boolean bullet;
    /** A numbered item's own marker ("3.", "2)"): its number is part of the text; else null. */
    final String number;
    final boolean blankBefore;
    final int words;
    final boolean endsSentence;
    Kind kind;
    boolean listItem;
    /** The marker whose list took this unit (set with {@link #listItem}). */
    Kind takenBy;
    boolean repeat;
    String related;
    /** {@link #contentLike}, once known (the kind is set before it is asked). */
    private Boolean contentLike;

    TextUnit(String content, boolean bullet, String number, boolean blankBefore) {
        this.content = content;
        this.number = number;
        this.phrase = phrase(content);
        this.bullet = bullet;
        this.blankBefore = blankBefore;
        this.words = countWords(content);
        this.endsSentence = endsSentence(content);
    }

    boolean prose() {
        return kind == Kind.PROSE && !listItem && !repeat;
    }

    /**
     * A short line that reads as part of an article rather than as navigation: a table row or
     * list item with figures or inner punctuation, a line ending a sentence or opening a list
     * ("Here is what we know:"), a phrase of four or more words, or a shorter one in sentence
     * case ("Bugs fixed"). Menu entries, tags and widget labels are none of these: one to three
     * capitalised words ("World", "Latin America"), a bullet of one to three words, a label in
     * lower case ("text size").
     */
    boolean contentLike() {
        if (kind != Kind.SHORT && kind != Kind.HEADLINE) {
            return false;
        }
        if (contentLike == null) {
            contentLike = readsAsContent();
        }
        return contentLike;
    }

    private boolean readsAsContent() {
        String c = content;
        if (hasDigit(c) || endsSentence || c.endsWith(":")) {
            return true;
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (INNER_PUNCTUATION.indexOf(ch) >= 0 || quoting(ch)
                    || ch == '.' && i + 1 < c.length() && Character.isLetterOrDigit(c.charAt(i + 1))) {
                return true; // a dot inside a word: an address, an abbreviation, a version
            }
        }
        // Sentence case ("Bugs fixed"), not a label in lower case ("text size") or a menu entry.
        return words >= 4 || !bullet && Character.isUpperCase(c.codePointAt(0)) && lowerRatio(c) > 0;
    }

    /** A quotation mark, but not the straight single one, which is an apostrophe in "Editor's picks". */
    private static boolean quoting(char ch) {
        return QuoteGlyphs.isDouble(ch) || QuoteGlyphs.isSingle(ch) && ch != QuoteGlyphs.STRAIGHT_SINGLE;
    }

    String display() {
        return !bullet ? content : number != null ? number + " " + content : "• " + content;
    }

    /** The units of a page: its lines, hard-wrapped paragraphs joined, bullets noted. */
    static List<TextUnit> split(String s) {
        String[] lines = s.split("\n", -1);
        boolean wrapped = hardWrapped(lines);
        List<TextUnit> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean curBullet = false;
        String curNumber = null;
        boolean curBlank = false;
        String prevLine = null;
        boolean blank = false;
        for (String line : lines) {
            String t = Spaces.strip(line);
            if (t.isEmpty()) {
                blank = true;
                prevLine = null;
                continue;
            }
            Matcher b = BULLET.matcher(line);
            boolean bullet = b.lookingAt(); // the pattern is anchored: the same match as find(), without trying every offset
            String content = bullet ? Spaces.strip(line.substring(b.end())) : t;
            String number = bullet && Character.isDigit(b.group().strip().charAt(0)) ? b.group().strip() : null;
            if (bullet && content.isEmpty()) {
                content = BULLET_ONLY.matcher(t).replaceFirst("").strip();
                number = null;
            }
            boolean join = cur != null && !blank && !bullet && !curBullet && prevLine != null
                    && !endsSentence(prevLine)
                    && (wrapped ? prevLine.length() >= 50
                        : (Character.isLowerCase(content.codePointAt(0)) && prevLine.length() >= 40)
                          || prevLine.endsWith("-") || prevLine.endsWith(","));
            if (join) {
                cur.append(' ').append(content);
            } else {
                if (cur != null) {
                    out.add(new TextUnit(cur.toString(), curBullet, curNumber, curBlank));
                }
                cur = new StringBuilder(content);
                curBullet = bullet;
                curNumber = number;
                curBlank = blank;
            }
            prevLine = t;
            blank = false;
        }
        if (cur != null) {
            out.add(new TextUnit(cur.toString(), curBullet, curNumber, curBlank));
        }
        return out;
    }

    /** Hard-wrapped text: most long lines stop short of a sentence end at a similar width. */
    private static boolean hardWrapped(String[] lines) {
        int longLines = 0;
        int wrapLike = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.length() >= 50) {
                longLines++;
                if (t.length() <= 100 && !endsSentence(t)) {
                    wrapLike++;
                }
            }
        }
        return longLines >= 5 && wrapLike >= longLines * 0.5;
    }

    // ---- text measures -----------------------------------------------------------------------

    /** Lower-cased, typographic quotes folded, trailing punctuation and extra spaces removed. */
    static String phrase(String s) {
        // The cleaner's hot spot: ASCII (most characters of most texts) takes a short path with
        // the same answers as the Character methods; the output never outgrows the input.
        char[] b = new char[s.length()];
        int len = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (asciiWhitespace(c)) {
                    space = len > 0;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
            } else {
                c = org.stemma.text.Normalizer.foldPunctuation(c);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    space = len > 0;
                    continue;
                }
                c = Character.toLowerCase(c);
            }
            if (space) {
                b[len++] = ' ';
                space = false;
            }
            b[len++] = c;
        }
        int end = len;
        while (end > 0 && (":.!?…|>»-–—".indexOf(b[end - 1]) >= 0 || b[end - 1] == ' ')) {
            end--;
        }
        return new String(b, 0, end);
    }

    /** {@link Character#isWhitespace} for a character below 0x80. */
    private static boolean asciiWhitespace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        boolean hasAlnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c < 0x80 ? asciiWhitespace(c) : Character.isWhitespace(c) || c == '\u00A0';
            if (space) {
                if (in && hasAlnum) {
                    words++;
                }
                in = false;
                hasAlnum = false;
            } else {
                in = true;
                hasAlnum |= c < 0x80 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                        : Character.isLetterOrDigit(c);
            }
        }
        return in && hasAlnum ? words + 1 : words;
    }

    /** Whether {@code s} ends a sentence by its marks: {@link Sentences#endsInTerminal}. */
    static boolean endsSentence(String s) {
        return Sentences.endsInTerminal(s);
    }

    /** Share of the words that start with a letter whose first letter is lower case. */
    static double lowerRatio(String s) {
        int alpha = 0;
        int lower = 0;
        boolean start = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                start = true;
            } else if (start) {
                start = false;
                if (Character.isLetter(cp)) {
                    alpha++;
                    if (Character.isLowerCase(cp)) {
                        lower++;
                    }
                }
            }
        }
        return alpha == 0 ? 0 : (double) lower / alpha;
    }
}
