package org.stemma.provenance;

import org.stemma.article.Article;

/**
 * How evidence names an article for a reader: its outlet, its headline (or, without one, its
 * first words) and its publication date, e.g. {@code Reuters “Mali junta expels envoy” (2024-01-31)}
 * or {@code “A dressed-down Johnny Depp attended a lavish…”}. Never the internal id.
 */
public final class ArticleLabel {

    /** Longest headline or opening shown, in chars. */
    static final int MAX_CHARS = 70;
    /** Words of the opening shown when there is no headline. */
    static final int OPENING_WORDS = 9;

    private ArticleLabel() {
    }

    public static String of(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.outlet() != null && !a.outlet().isBlank()) {
            b.append(a.outlet().strip()).append(' ');
        }
        String head = a.title() != null && !a.title().isBlank() ? clean(a.title()) : opening(a.text());
        b.append('“').append(shorten(head)).append('”');
        String date = date(a.published());
        if (date != null) {
            b.append(" (").append(date).append(')');
        }
        return b.toString();
    }

    /** An external origin's name: {@code external:Reuters} → {@code Reuters}. */
    public static String external(String node) {
        return node.startsWith(Derivation.EXTERNAL_PREFIX) ? node.substring(Derivation.EXTERNAL_PREFIX.length()) : node;
    }

    /**
     * The first {@link #OPENING_WORDS} words of the cleaned text. Cleaning a prefix gives a
     * prefix of the cleaned text (less, at most, white space at its end), so once a prefix holds
     * that many spaces its words are the whole text's: the prefix grows until it does, and a long
     * article is not cleaned whole for nine words.
     */
    static String opening(String text) {
        for (int len = OPENING_PREFIX; ; len *= 2) {
            boolean whole = len >= text.length();
            String t = clean(whole ? text : text.substring(0, len));
            String[] words = t.split(" ", OPENING_WORDS + 1);
            if (words.length > OPENING_WORDS) {
                return String.join(" ", java.util.Arrays.copyOf(words, OPENING_WORDS)) + "…";
            }
            if (whole) {
                return t;
            }
        }
    }

    /** Chars of the text cleaned first for its opening (doubled until it holds the words). */
    static final int OPENING_PREFIX = 256;

    /** Control characters dropped, white space collapsed. */
    private static String clean(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_CHARS);
        return s.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip() + "…";
    }

    private static String date(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String p = published.strip();
        return p.matches("\\d{4}-\\d{2}-\\d{2}.*") ? p.substring(0, 10) : p;
    }
}
