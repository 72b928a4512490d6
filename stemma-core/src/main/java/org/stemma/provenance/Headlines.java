package org.stemma.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.article.Article;
import org.stemma.text.Normalizer;

/**
 * The related-article headlines of a page: those extraction kept in {@link Article#related()},
 * and "READ MORE:"/"MORE:"/"ALSO READ:" lines still in the text or the removed furniture. A
 * headline is the page's own furniture; the same headline in another outlet's article is
 * furniture that travelled with copied text.
 */
public final class Headlines {

    /** Headlines shorter than this (in normalised chars) are too generic to compare. */
    static final int MIN_KEY_CHARS = 20;

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:read\\s+more|more|see\\s+also|also\\s+read|read\\s+also|related|recommended)"
                    + "\\s*:[ \\t]*\\n?[ \\t]*([^\\n]{" + MIN_KEY_CHARS + ",200})");

    private Headlines() {
    }

    /** The headlines of {@code article}, one per distinct key. */
    public static List<Headline> of(Article article) {
        Map<String, Headline> out = new LinkedHashMap<>();
        for (String r : article.related()) {
            add(out, r, r, false);
        }
        scan(article.text(), true, out);
        for (String block : article.removed()) {
            scan(block, false, out);
        }
        return new ArrayList<>(out.values());
    }

    private static void scan(String text, boolean body, Map<String, Headline> out) {
        Matcher m = CUE.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            boolean glued = !text.substring(lineStart, m.start()).isBlank();
            add(out, m.group(1), m.group().strip(), body && glued);
        }
    }

    private static void add(Map<String, Headline> out, String headline, String asWritten,
                            boolean inline) {
        String key = key(headline);
        if (key.length() < MIN_KEY_CHARS) {
            return;
        }
        Headline old = out.get(key);
        if (old == null || inline && !old.inline()) {
            out.put(key, new Headline(key, asWritten, inline));
        }
    }

    /** Normalised words of a headline, punctuation dropped. */
    static String key(String s) {
        String n = Normalizer.normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }
}
