package org.stemma.text;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Text normalisation used before comparing words: Unicode NFKC, lower case (root locale),
 * curly quotes and apostrophes to straight ones, every dash to '-', runs of white space to one
 * space.
 */
public final class Normalizer {

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
