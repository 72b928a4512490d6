package org.stemma.provenance;

import org.stemma.article.Article;
import org.stemma.text.QuoteGlyphs;

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
        b.append(QuoteGlyphs.quoted(shorten(head)));
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

    /** Chars of a text cleaned first when looking for its opening words (most texts have them there). */
    static final int OPENING_PREFIX = 1000;

    static String opening(String text) {
        String t = null;
        String[] words = null;
        if (text.length() > OPENING_PREFIX) {
            // clean() of a prefix is a prefix of clean() of the text (dropping chars and collapsing
            // white space are local; the prefix keeps a surrogate pair whole): when it already holds
            // the words' spaces, it gives the same opening without cleaning the whole article.
            int cut = Character.isHighSurrogate(text.charAt(OPENING_PREFIX - 1)) ? OPENING_PREFIX + 1 : OPENING_PREFIX;
            t = clean(text.substring(0, cut));
            words = t.split(" ", OPENING_WORDS + 1);
        }
        if (words == null || words.length <= OPENING_WORDS) {
            t = clean(text);
            words = t.split(" ", OPENING_WORDS + 1);
        }
        if (words.length <= OPENING_WORDS) {
            return t;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, OPENING_WORDS)) + "…";
    }

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
