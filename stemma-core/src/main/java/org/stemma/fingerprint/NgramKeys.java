package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.stemma.text.Tokens;

/**
 * Every article's word n-grams, hashed once and sorted once for all the stages that count them:
 * each article's n-gram hashes in text order ({@link #ngrams}, what {@link Fingerprint#ngrams}
 * holds) and all (n-gram, article) keys packed as {@link CandidatePairs} packs them (the n-gram
 * hash's top 40 bits, the article's number in the low 24), sorted and distinct
 * ({@link #sorted}): an n-gram's articles are one run of it. The corpus furniture counts its
 * n-grams in them and candidate generation pairs the articles of its rare ones, so a batch
 * hashes and sorts its n-grams once. Immutable (the arrays are not copied: do not modify them).
 */
public final class NgramKeys {

    /** Packed keys: the n-gram's hash in the top 40 bits, the article's number in the low 24. */
    public static final long DOC_MASK = (1L << 24) - 1;
    public static final long KEY_MASK = ~DOC_MASK;

    private final int ngram;
    private final long[][] ngrams;
    private final long[] sorted;
    private final int keys;

    private NgramKeys(int ngram, long[][] ngrams, long[] sorted, int keys) {
        this.ngram = ngram;
        this.ngrams = ngrams;
        this.sorted = sorted;
        this.keys = keys;
    }

    /** The n-grams of {@code n} words of each tokenised article. */
    public static NgramKeys of(Tokens[] tokens, int n) {
        if (tokens.length > CandidatePairs.MAX_DOCS) {
            throw new IllegalArgumentException("too many documents in one batch: " + tokens.length);
        }
        long[][] ngrams = new long[tokens.length][];
        IntStream.range(0, tokens.length).parallel().forEach(d -> ngrams[d] = Hashing.windows(tokens[d].hashes(), n));
        int[] offset = new int[tokens.length + 1];
        for (int d = 0; d < tokens.length; d++) {
            long next = (long) offset[d] + ngrams[d].length;
            if (next > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("too many n-grams in one batch: " + next);
            }
            offset[d + 1] = (int) next;
        }
        long[] packed = new long[offset[tokens.length]];
        IntStream.range(0, tokens.length).parallel().forEach(d -> pack(ngrams[d], d, packed, offset[d]));
        HashSort.sort(packed);
        return new NgramKeys(n, ngrams, packed, distinct(packed, packed.length));
    }

    /** Words per n-gram. */
    public int ngramSize() {
        return ngram;
    }

    /** Number of articles. */
    public int size() {
        return ngrams.length;
    }

    /** Article {@code doc}'s n-gram hashes in text order, one per start word (do not modify). */
    public long[] ngrams(int doc) {
        return ngrams[doc];
    }

    /**
     * All (n-gram, article) keys, packed, sorted and distinct: the first {@link #keys()} values
     * of the array (do not modify).
     */
    public long[] sorted() {
        return sorted;
    }

    /** Number of distinct (n-gram, article) keys at the start of {@link #sorted()}. */
    public int keys() {
        return keys;
    }

    /**
     * The same corpus after the given articles' texts changed (their new tokens in
     * {@code tokens}, by article number): their keys are taken out and their new ones merged in,
     * which equals sorting the changed corpus afresh.
     */
    public NgramKeys replace(int[] changed, Tokens[] tokens) {
        if (changed.length == 0) {
            return this;
        }
        boolean[] out = new boolean[ngrams.length];
        long[][] next = ngrams.clone();
        int added = 0;
        for (int d : changed) {
            out[d] = true;
            next[d] = Hashing.windows(tokens[d].hashes(), ngram);
            added += next[d].length;
        }
        long[] fresh = new long[added];
        int m = 0;
        for (int d : changed) {
            pack(next[d], d, fresh, m);
            m += next[d].length;
        }
        Arrays.sort(fresh);
        int fn = distinct(fresh, fresh.length);
        long[] merged = new long[keys + fn];
        int k = 0;
        int f = 0;
        for (int x = 0; x < keys; x++) {
            long v = sorted[x];
            if (out[(int) (v & DOC_MASK)]) {
                continue;
            }
            while (f < fn && fresh[f] < v) {
                merged[k++] = fresh[f++];
            }
            merged[k++] = v;
        }
        while (f < fn) {
            merged[k++] = fresh[f++];
        }
        return new NgramKeys(ngram, next, merged, k);
    }

    private static void pack(long[] hashes, int doc, long[] into, int at) {
        for (int g = 0; g < hashes.length; g++) {
            into[at + g] = (hashes[g] & KEY_MASK) | doc;
        }
    }

    /** Moves the distinct values of a sorted array's first {@code size} to its start; their number. */
    private static int distinct(long[] a, int size) {
        int u = 0;
        for (int x = 0; x < size; x++) {
            if (x == 0 || a[x] != a[x - 1]) {
                a[u++] = a[x];
            }
        }
        return u;
    }
}
