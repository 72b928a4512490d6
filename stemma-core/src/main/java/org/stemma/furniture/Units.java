package org.stemma.furniture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import org.stemma.fingerprint.Hashing;
import org.stemma.text.Sentences;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * A text cut into the units furniture is judged by: its sentences (lines and paragraphs end
 * one too, see {@link Sentences}), each with its word tokens and the hashes of the word n-grams
 * inside it (n-grams never cross a unit's edge, so a unit's n-grams are the same wherever it
 * stands).
 */
final class Units {

    final String text;
    final List<Span> spans;
    /** Token range [from[u], to[u]) of unit u in {@link #tokens}. */
    final int[] from;
    final int[] to;
    final Tokens tokens;
    /** Number of the first n-gram of unit u among the text's n-grams (unit by unit, in order). */
    final int[] gramFrom;
    /** Hash of every n-gram of the text, by number (see {@link #gramFrom}). */
    final long[] grams;
    private final int n;

    Units(String text, int ngram) {
        this(text, Tokenizer.tokenize(text), ngram);
    }

    /** The units of a text already tokenised ({@code tokens} must be its tokens). */
    Units(String text, Tokens tokens, int ngram) {
        this(text, tokens, ngram, Sentences.split(text));
    }

    /**
     * Some units of a text already tokenised: the sentences {@code all} (in text order, as
     * {@link Sentences} finds them), each as it is among all the text's units.
     */
    Units(String text, Tokens tokens, int ngram, List<Span> all) {
        this.text = text;
        this.n = ngram;
        this.tokens = tokens;
        this.spans = new ArrayList<>(all.size());
        int[] f = new int[all.size()];
        int[] t = new int[all.size()];
        int k = 0;
        for (Span s : all) {
            int a = tokens.tokenAtOrAfter(s.start());
            int b = a;
            while (b < tokens.size() && tokens.end(b) <= s.end()) {
                b++;
            }
            if (b > a) {
                spans.add(s);
                f[k] = a;
                t[k] = b;
                k++;
            }
        }
        this.from = java.util.Arrays.copyOf(f, k);
        this.to = java.util.Arrays.copyOf(t, k);
        this.gramFrom = new int[k + 1];
        for (int u = 0; u < k; u++) {
            gramFrom[u + 1] = gramFrom[u] + ngrams(u);
        }
        this.grams = new long[gramFrom[k]];
        long[] h = tokens.hashes();
        for (int u = 0; u < k; u++) {
            for (int i = 0, g = gramFrom[u]; g < gramFrom[u + 1]; i++, g++) {
                grams[g] = Hashing.window(h, from[u] + i, n);
            }
        }
    }

    /** Number of n-grams in the whole text (unit by unit). */
    int grams() {
        return gramFrom[size()];
    }

    int size() {
        return spans.size();
    }

    int words(int u) {
        return to[u] - from[u];
    }

    int words() {
        return tokens.size();
    }

    /** Hash of the n-gram of unit u that starts at its i-th word ({@code i + n <= words(u)}). */
    long ngram(int u, int i) {
        return grams[gramFrom[u] + i];
    }

    /** Number of n-grams in unit u. */
    int ngrams(int u) {
        return Math.max(0, words(u) - n + 1);
    }

    /**
     * Share of unit s's words inside its n-grams that {@code in} accepts (given the n-gram's
     * hash); 0 for a unit shorter than an n-gram.
     */
    double coverage(int s, LongPredicate in) {
        return coverageAt(s, g -> in.test(ngram(s, g - gramFrom[s])));
    }

    /**
     * Share of unit s's words inside its n-grams that {@code in} accepts, given the n-gram's
     * number in the text (see {@link #gramFrom}).
     */
    double coverageAt(int s, IntPredicate in) {
        int grams = ngrams(s);
        if (grams == 0) {
            return 0;
        }
        int covered = 0;
        int reach = 0; // words [0, reach) of the unit are covered so far
        int first = gramFrom[s];
        for (int i = 0; i < grams; i++) {
            if (in.test(first + i)) {
                covered += i + n - Math.max(i, reach);
                reach = i + n;
            }
        }
        return (double) covered / words(s);
    }
}
