package org.stemma.text;

import java.util.Objects;

/**
 * The word tokens of a text, as parallel primitive arrays: token {@code i} covers
 * {@code text.substring(start[i], end[i])}, its normalised form is {@code term[i]} and its
 * 64-bit hash is {@code hash[i]}. Arrays are owned by this object; callers must not modify them.
 * Terms are computed on first use (hot loops only need the hashes); instances are safe to share
 * between threads.
 */
public final class Tokens {

    private final String text;
    private final int[] start;
    private final int[] end;
    private final long[] hash;
    private volatile String[] term;

    Tokens(String text, int[] start, int[] end, long[] hash) {
        this.text = Objects.requireNonNull(text);
        this.start = start;
        this.end = end;
        this.hash = hash;
    }

    public String text() { return text; }
    public int size() { return start.length; }
    public int start(int i) { return start[i]; }
    public int end(int i) { return end[i]; }
    public long hash(int i) { return hash[i]; }

    /** The normalised form of token {@code i} (see {@link Normalizer#normalize}). */
    public String term(int i) {
        String[] t = term;
        if (t == null) {
            t = new String[start.length];
            term = t;
        }
        String s = t[i];
        if (s == null) {
            // Benign race: two threads may both compute the same immutable string.
            s = Normalizer.normalize(text.substring(start[i], end[i]));
            t[i] = s;
        }
        return s;
    }

    /** Direct access to the hash array for hot loops (do not modify). */
    public long[] hashes() { return hash; }
    /** Direct access to the start offsets (do not modify). */
    public int[] starts() { return start; }
    /** Direct access to the end offsets (do not modify). */
    public int[] ends() { return end; }

    /** The char span from the start of token {@code from} to the end of token {@code toInclusive}. */
    public Span span(int from, int toInclusive) {
        return new Span(start[from], end[toInclusive]);
    }

    /** Index of the first token whose end is after {@code offset} (size() if none). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0, hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
