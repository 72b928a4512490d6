package org.stemma.text;

import java.util.Objects;

/**
 * The word tokens of a text, as parallel primitive arrays: token {@code i} covers
 * {@code text.substring(start[i], end[i])}, its normalised form is {@code term[i]} and its
 * 64-bit hash is {@code hash[i]}. Arrays are owned by this object; callers must not modify them.
 */
public final class Tokens {

    private final String text;
    private final int[] start;
    private final int[] end;
    private final String[] term;
    private final long[] hash;

    Tokens(String text, int[] start, int[] end, String[] term, long[] hash) {
        this.text = Objects.requireNonNull(text);
        this.start = start;
        this.end = end;
        this.term = term;
        this.hash = hash;
    }

    public String text() { return text; }
    public int size() { return start.length; }
    public int start(int i) { return start[i]; }
    public int end(int i) { return end[i]; }
    public String term(int i) { return term[i]; }
    public long hash(int i) { return hash[i]; }

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
