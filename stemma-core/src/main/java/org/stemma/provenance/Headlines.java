package org.stemma.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.article.Article;
import org.stemma.text.Normalizer;
import org.stemma.text.RelatedCues;

/**
 * The related-article headlines of a page: those extraction kept in {@link Article#related()},
 * and "READ MORE:"/"MORE:"/"ALSO READ:" lines still in the text or the removed furniture. A
 * headline is the page's own furniture; the same headline in another outlet's article is
 * furniture that travelled with copied text.
 */
public final class Headlines {

    /** Headlines shorter than this (in normalised chars) are too generic to compare. */
    static final int MIN_KEY_CHARS = 20;

    /** A related-headline cue and its line (the reference the scan below is equivalent to). */
    static final Pattern CUE = RelatedCues.anywhere(MIN_KEY_CHARS);

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
        // Equivalent to CUE.find() over the text, but the pattern runs only after the cue words
        // found right before a colon: searching the whole pattern at every position was most
        // of the cost of reading an article's furniture.
        Matcher tail = TAIL.matcher(text);
        int lastEnd = 0;
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int cueStart = cueBefore(text, colon, lastEnd);
            if (cueStart < lastEnd) {
                continue;
            }
            int cueEnd = wordEnd(text, cueStart, colon);
            tail.region(cueEnd, text.length());
            if (!tail.lookingAt()) {
                continue;
            }
            lastEnd = tail.end();
            int lineStart = text.lastIndexOf('\n', cueStart - 1) + 1;
            boolean glued = !text.substring(lineStart, cueStart).isBlank();
            add(out, tail.group(1), text.substring(cueStart, tail.end()).strip(), body && glued);
        }
    }

    /** What follows a cue: the colon and the rest of the line (as in {@link #CUE}). */
    private static final Pattern TAIL = Pattern.compile("\\s*:[ \\t]*\\n?[ \\t]*([^\\n]{" + MIN_KEY_CHARS + ",200})");

    /**
     * Start of the cue (one of {@link RelatedCues#PHRASES}, any case) that ends, bar whitespace,
     * right before {@code colon} and starts at or after {@code from} (where the previous match
     * ended); -1 if none.
     */
    private static int cueBefore(String text, int colon, int from) {
        int j = colon;
        while (j > 0 && isSpace(text.charAt(j - 1))) {
            j--;
        }
        int s = wordStart(text, j);
        if (s == j || !asciiLetters(text, s, j)) {
            return -1;
        }
        String w = text.substring(s, j);
        // A two-word cue starts at its first word (the leftmost match wins).
        int k = s;
        while (k > 0 && isSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k < s) {
            int p = wordStart(text, k);
            if (p >= from && p < k && asciiLetters(text, p, k) && RelatedCues.isCue(text.substring(p, k) + " " + w)) {
                return p;
            }
        }
        return RelatedCues.isCue(w) ? s : -1;
    }

    /** Only ASCII letters in {@code text[from, to)}: the pattern's {@code (?i)} folds no other case. */
    private static boolean asciiLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** End of the cue starting at {@code start}: the last word character before {@code colon}. */
    private static int wordEnd(String text, int start, int colon) {
        int j = colon;
        while (j > start && isSpace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Start of the run of regex word characters ending at {@code end}. */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            i--;
        }
        return i;
    }

    /** The regex class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
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
