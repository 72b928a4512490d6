package org.stemma.text;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Text normalisation used before comparing words: Unicode NFKC, lower case (root locale),
 * curly quotes and apostrophes to straight ones, every dash to '-', runs of white space to one
 * space.
 */
public final class Normalizer {

    /** The fold table covers U+0080 to U+07FF: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic. */
    private static final int FOLD_END = 0x800;
    private static final char[] FOLD = foldTable();
    /** The precomposed Hangul syllables 가 to 힣. */
    private static final char HANGUL_FIRST = '\uAC00';
    private static final char HANGUL_LAST = '\uD7A3';

    private Normalizer() {
    }

    /** Normalises one word or a whole passage. */
    public static String normalize(CharSequence s) {
        String n = java.text.Normalizer.normalize(s, Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = foldPunctuation(n.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * What {@link #normalize} makes of the letter or digit {@code c} wherever it stands in a word,
     * or 0 when that depends on its neighbours or is not one char. Non-zero for the chars below
     * U+0800 that NFKC leaves alone and whose lower case is one char (not Σ: its lower case is ς at
     * the end of a word), and for the Hangul syllables, which NFKC leaves alone and which have no
     * case. None of them is a combining mark or a jamo, and NFKC composes none of them with a
     * letter before or after it that is ASCII or one of them, so a word of these chars and ASCII
     * normalises char by char. The tokenizer hashes such words in its scan loop.
     */
    public static char foldedLetter(char c) {
        if (c < FOLD_END) {
            return FOLD[c];
        }
        return c >= HANGUL_FIRST && c <= HANGUL_LAST ? c : 0;
    }

    private static char[] foldTable() {
        char[] fold = new char[FOLD_END];
        for (char c = 0x80; c < FOLD_END; c++) {
            String s = String.valueOf(c);
            if (c == '\u03A3' || !Character.isLetterOrDigit(c)
                    || !java.text.Normalizer.isNormalized(s, Form.NFKC)) {
                continue;
            }
            String n = normalize(s);
            if (n.length() == 1) {
                fold[c] = n.charAt(0);
            }
        }
        return fold;
    }

    /** Maps typographic quotes, apostrophes and dashes to their ASCII forms. */
    public static char foldPunctuation(char c) {
        switch (c) {
            // the marks quotations are found by and the rare ‚ ‛ ‟, with the primes and the modifier apostrophe
            case QuoteGlyphs.LEFT_SINGLE: case QuoteGlyphs.RIGHT_SINGLE: case QuoteGlyphs.LOW_SINGLE:
            case QuoteGlyphs.REVERSED_SINGLE: case '\u2032': case '\u02BC':
                return QuoteGlyphs.STRAIGHT_SINGLE;
            case QuoteGlyphs.LEFT_DOUBLE: case QuoteGlyphs.RIGHT_DOUBLE: case QuoteGlyphs.LOW_DOUBLE:
            case QuoteGlyphs.REVERSED_DOUBLE: case '\u2033': case QuoteGlyphs.LEFT_GUILLEMET: case QuoteGlyphs.RIGHT_GUILLEMET:
                return QuoteGlyphs.STRAIGHT_DOUBLE;
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212':
                return '-';
            default:
                return c;
        }
    }
}
