package org.stemma.text;

/**
 * Which characters are quotation marks and which way each one faces: the one home for the glyph
 * sets that the quote finder, the sentence splitter, the cleaners and the prose writers use.
 *
 * <p>Double marks: straight {@code "} (either way), “ (opens; closes after „ in German), ” (closes),
 * „ (opens), « (opens; closes in the »German« order) and » (closes; opens there). Single marks:
 * straight {@code '} (either way), ‘ (opens) and ’ (closes). The straight single and ’ are also the
 * apostrophe (don't, Mali’s). The single guillemets ‹ › face a way too, but no quotation is
 * found by them. Which way a mark faces here is its usual use. Where the German order turns it
 * round, the mark's neighbours decide that in the quote finder, not here.
 *
 * <p>‚ ‛ ‟ are in none of these sets. ‚ looks like a comma and is used as one. ‛ and ‟ are
 * hardly ever used. {@link Normalizer#foldPunctuation} folds them with the rest.
 */
public final class QuoteGlyphs {

    public static final char STRAIGHT_DOUBLE = '"';
    public static final char LEFT_DOUBLE = '\u201C';
    public static final char RIGHT_DOUBLE = '\u201D';
    public static final char LOW_DOUBLE = '\u201E';
    public static final char REVERSED_DOUBLE = '\u201F';
    public static final char LEFT_GUILLEMET = '\u00AB';
    public static final char RIGHT_GUILLEMET = '\u00BB';
    public static final char STRAIGHT_SINGLE = '\'';
    public static final char LEFT_SINGLE = '\u2018';
    public static final char RIGHT_SINGLE = '\u2019';
    public static final char LOW_SINGLE = '\u201A';
    public static final char REVERSED_SINGLE = '\u201B';
    public static final char LEFT_SINGLE_GUILLEMET = '\u2039';
    public static final char RIGHT_SINGLE_GUILLEMET = '\u203A';

    private QuoteGlyphs() {
    }

    /** A double quotation mark: " “ ” „ « ». */
    public static boolean isDouble(int c) {
        return c == STRAIGHT_DOUBLE || c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LOW_DOUBLE
                || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET;
    }

    /** A single quotation mark: ' ‘ ’ (the straight one and ’ may be apostrophes instead). */
    public static boolean isSingle(int c) {
        return c == STRAIGHT_SINGLE || c == LEFT_SINGLE || c == RIGHT_SINGLE;
    }

    /** An apostrophe: ' or ’ (don't, Mali’s, students'). */
    public static boolean isApostrophe(int c) {
        return c == STRAIGHT_SINGLE || c == RIGHT_SINGLE;
    }

    /**
     * A word that ends in an apostrophe and s ("Mali's", "Mali’s", "it’s"): the possessive or a
     * contracted "is" or "has". The s is matched as written, so callers pass the lower-case word.
     */
    public static boolean endsInApostropheS(CharSequence word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == 's' && isApostrophe(word.charAt(n - 2));
    }

    /** A mark that opens a quotation in its usual use: " ' “ ‘ „ « ‹. */
    public static boolean opens(int c) {
        return c == STRAIGHT_DOUBLE || c == STRAIGHT_SINGLE || c == LEFT_DOUBLE || c == LEFT_SINGLE
                || c == LOW_DOUBLE || c == LEFT_GUILLEMET || c == LEFT_SINGLE_GUILLEMET;
    }

    /** A mark that closes a quotation in its usual use: " ' ” ’ » ›. */
    public static boolean closes(int c) {
        return c == STRAIGHT_DOUBLE || c == STRAIGHT_SINGLE || c == RIGHT_DOUBLE || c == RIGHT_SINGLE
                || c == RIGHT_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET;
    }

    /** {@code s} in curly double marks, as user-facing prose quotes a headline or a phrase: “s”. */
    public static String quoted(String s) {
        return LEFT_DOUBLE + s + RIGHT_DOUBLE;
    }
}
