package org.stemma.ingest.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text the page itself declares as its article (JSON-LD {@code articleBody}) or its lede
 * ({@code description} meta tags), kept as a set of word-trigram hashes so each block can be
 * asked how much of it the page vouches for. It is evidence for choosing the container, never
 * the output: declared bodies are often truncated, stale or stripped of paragraphs.
 */
final class ReferenceText {

    private static final int N = 3;
    private final Set<Long> grams = new HashSet<>();

    void add(String text) {
        if (text == null) {
            return;
        }
        long[] t = words(text);
        for (int i = 0; i + N <= t.length; i++) {
            grams.add(gram(t, i));
        }
    }

    boolean isEmpty() {
        return grams.isEmpty();
    }

    /** Share of the block's word trigrams found in the reference text (0 for blocks under 5 words). */
    double overlap(String text) {
        if (grams.isEmpty()) {
            return 0;
        }
        long[] t = words(text);
        if (t.length < 5) {
            return 0;
        }
        int hit = 0;
        int total = 0;
        for (int i = 0; i + N <= t.length; i++) {
            total++;
            if (grams.contains(gram(t, i))) {
                hit++;
            }
        }
        return total == 0 ? 0 : (double) hit / total;
    }

    private static long gram(long[] t, int i) {
        long h = 17;
        for (int k = i; k < i + N; k++) {
            h = h * 0x9E3779B97F4A7C15L + t[k];
        }
        return h;
    }

    /** Lower-cased word hashes; each CJK character counts as a word. */
    static long[] words(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        long[] out = new long[Math.max(4, s.length() / 3)];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                i += len;
                continue;
            }
            long h = 1469598103934665603L;
            if (isCjk(cp)) {
                h = (h ^ cp) * 1099511628211L;
                i += len;
            } else {
                while (i < s.length()) {
                    cp = s.codePointAt(i);
                    if (!Character.isLetterOrDigit(cp) || isCjk(cp)) {
                        break;
                    }
                    h = (h ^ cp) * 1099511628211L;
                    i += Character.charCount(cp);
                }
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
