package org.stemma.story;

import org.stemma.article.Article;

/**
 * The headline a story shows for an article: its title, or else the first line of its text
 * long enough to read as one. Kept in one place because the store saves only the start of each
 * text that this rule can read ({@link #textEnd}).
 */
public final class Headline {
    /** A line shorter than this (stripped) is not taken as a headline. */
    static final int MIN_CHARS = 20;
    private static final int MAX_CHARS = 160;

    private Headline() {
    }

    /** The article's title, or its first line of text of at least 20 characters (cut to 160), or null. */
    public static String of(Article a) {
        if (a.title() != null && !a.title().isBlank()) {
            return a.title().strip();
        }
        for (String line : a.text().split("\n")) {
            String s = line.strip();
            if (s.length() >= MIN_CHARS) {
                return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS - 3) + "…" : s;
            }
        }
        return null;
    }

    /**
     * Where {@link #of} stops reading {@code text}: the end of its first line that can be a
     * headline, or the text's length if no line can.
     */
    public static int textEnd(String text) {
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            if (text.substring(from, end).strip().length() >= MIN_CHARS) {
                return end;
            }
            from = end + 1;
        }
        return text.length();
    }
}
