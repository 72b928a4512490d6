package org.stemma.text;

/**
 * The one home of "is this character blank?" for trimming text. {@link String#strip()} keeps the
 * no-break spaces (U+00A0, U+2007, U+202F) that web pages put after a colon or before a headline,
 * and the zero-width space and byte-order mark that survive copy and paste; here they are blank.
 */
public final class Spaces {

    /**
     * A regular-expression character class of the same {@link #isBlank blank} characters, for
     * patterns ({@code \s} in Java's patterns matches neither a no-break space nor the others).
     */
    public static final String CLASS = "[\\p{javaWhitespace}\u00A0\u2007\u202F\u200B\uFEFF]";

    private Spaces() {
    }

    /** White space, a no-break space, a zero-width space or a byte-order mark. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF';
    }

    /** {@code s} without the {@link #isBlank blank} characters at either end. */
    public static String strip(String s) {
        int a = 0;
        int z = s.length();
        while (a < z && isBlank(s.charAt(a))) {
            a++;
        }
        while (z > a && isBlank(s.charAt(z - 1))) {
            z--;
        }
        return a == 0 && z == s.length() ? s : s.substring(a, z);
    }
}
