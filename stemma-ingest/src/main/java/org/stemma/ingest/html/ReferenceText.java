package org.stemma.ingest.html;

import java.util.HashSet;
import java.util.Set;
import org.stemma.text.Tokenizer;

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

    /** The hashes of the text's normalised word tokens; each CJK character counts as a word. */
    static long[] words(String text) {
        return Tokenizer.tokenize(text).hashes();
    }
}
