package org.stemma.text;

/**
 * The marker of a time of day after a clock's figures ("5:30 PM", "10 a.m."): the one home for
 * telling it, used where such a marker must not be taken for something else (a playlist's running
 * time, an acronym that looks like an organisation's name).
 */
public final class ClockTimes {

    private ClockTimes() {
    }

    /**
     * Does {@code s} hold a time-of-day marker at {@code i}: "am", "pm", "a.m" or "p.m" in either
     * case, not followed by a letter, digit or underscore ("PM", "p.m.", "am," are; "Amber", "PMs"
     * are not)?
     */
    public static boolean isMarkerAt(CharSequence s, int i) {
        int n = s.length();
        if (i >= n || "aApP".indexOf(s.charAt(i)) < 0) {
            return false;
        }
        int j = i + 1;
        if (j < n && s.charAt(j) == '.') {
            j++;
        }
        if (j >= n || (s.charAt(j) != 'm' && s.charAt(j) != 'M')) {
            return false;
        }
        j++;
        return j >= n || !isWordChar(s.charAt(j));
    }

    /** A character that goes on a word (a regex's word boundary reads the same ones). */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
