package org.stemma.fingerprint;

import java.util.Arrays;
import org.stemma.text.Tokens;

/**
 * Every word n-gram of a batch of documents, packed as {@link CandidatePairs} packs them (the
 * n-gram's hash in the top 40 bits, the document's number in the low 24) and sorted: made once
 * by the furniture stage, which counts each n-gram's documents in it, and handed to the
 * candidate stage, which would make the same array from the same tokens. The documents the
 * furniture stage changes are {@link #replace re-keyed} in place. The array is the largest thing
 * either stage makes, so it is {@link #take taken} (and let go) by the one that reads it last.
 * Not thread-safe.
 */
public final class NgramKeys {

    /**
     * The packed layout every n-gram key of the project uses (candidates, furniture, common
     * phrases, paraphrase keys, Spark's joins): the document's number in the low 24 bits ...
     */
    public static final long DOC_MASK = (1L << 24) - 1;
    /** ... and the n-gram's hash in the top 40: two n-grams are the same when these bits are. */
    public static final long KEY_MASK = ~DOC_MASK;

    private final int ngram;
    private final int documents;
    private long[] keys;
    private int size;
    /** Documents re-keyed and their new keys (sorted), not yet merged in; null when none are. */
    private boolean[] gone;
    private long[] fresh;

    private NgramKeys(int ngram, int documents, long[] keys, int size) {
        this.ngram = ngram;
        this.documents = documents;
        this.keys = keys;
        this.size = size;
    }

    /**
     * The sorted keys of every {@code n}-word window of every document's tokens (the same windows
     * as {@link Fingerprinter#ngrams}), dealt straight into {@link HashSort}'s buckets: each
     * window is hashed twice (to count, then to put) so that no second array of them all is made.
     */
    public static NgramKeys of(Tokens[] tokens, int n) {
        if (tokens.length > CandidatePairs.MAX_DOCS) {
            throw new IllegalArgumentException("too many documents in one batch: " + tokens.length);
        }
        long total = 0;
        for (Tokens t : tokens) {
            total += Math.max(0, t.size() - n + 1);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many n-grams in one batch: " + total);
        }
        HashSort.Deal deal = new HashSort.Deal(HashSort.bucketBits((int) total));
        for (Tokens t : tokens) {
            long[] h = t.hashes();
            for (int i = 0; i + n <= h.length; i++) {
                deal.count(Hashing.window(h, i, n)); // the top bits: the packed value's bucket
            }
        }
        long[] keys = deal.open();
        for (int d = 0; d < tokens.length; d++) {
            long[] h = tokens[d].hashes();
            for (int i = 0; i + n <= h.length; i++) {
                deal.put(keys, (Hashing.window(h, i, n) & KEY_MASK) | d);
            }
        }
        deal.sortBuckets(keys);
        return new NgramKeys(n, tokens.length, keys, keys.length);
    }

    /** Words per n-gram. */
    public int ngram() {
        return ngram;
    }

    /** Number of documents the keys were made for. */
    public int documents() {
        return documents;
    }

    /** Keys in use: the first {@code size()} of {@link #keys()}. */
    public int size() {
        merge(null);
        return size;
    }

    /** The sorted keys (the first {@link #size()} values), or null once {@link #take taken}. */
    public long[] keys() {
        merge(null);
        return keys;
    }

    /**
     * The keys of the documents {@code keep} accepts (all when null), sorted, in the first
     * {@link #size()} values of the array returned, which this object then lets go of (null if
     * they were taken already).
     */
    public long[] take(boolean[] keep) {
        merge(keep);
        long[] k = keys;
        keys = null;
        return k;
    }

    /**
     * The documents (ascending, distinct) carrying one of the 40-bit {@code keys} (the n-gram
     * hash with its low 24 bits cleared) as a window.
     */
    public int[] documentsOf(long[] keys40) {
        merge(null);
        boolean[] has = new boolean[documents];
        for (long k : keys40) {
            int lo = 0;
            int hi = size;
            while (lo < hi) { // the first key not below k: k's rows, if any, start there
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < k) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int x = lo; x < size && (keys[x] & KEY_MASK) == k; x++) {
                has[(int) (keys[x] & DOC_MASK)] = true;
            }
        }
        int m = 0;
        for (boolean h : has) {
            m += h ? 1 : 0;
        }
        int[] out = new int[m];
        m = 0;
        for (int d = 0; d < documents; d++) {
            if (has[d]) {
                out[m++] = d;
            }
        }
        return out;
    }

    /**
     * Replaces the keys of the documents {@code docs} (ascending) by the windows of their new
     * tokens, so that the keys are then those {@link #of} would make from the new tokens. The new
     * keys are merged in when the keys are next read, in the one pass that may also drop
     * documents ({@link #take}).
     */
    public void replace(int[] docs, Tokens[] tokens) {
        if (docs.length == 0 || keys == null) {
            return;
        }
        merge(null);
        gone = new boolean[documents];
        LongList b = new LongList(1024);
        for (int d : docs) {
            gone[d] = true;
            long[] h = tokens[d].hashes();
            for (int i = 0; i + ngram <= h.length; i++) {
                b.add((Hashing.window(h, i, ngram) & KEY_MASK) | d);
            }
        }
        fresh = b.toArray();
        Arrays.sort(fresh);
    }

    /**
     * Takes out the keys of re-keyed documents and of those {@code keep} refuses (when not null)
     * and merges the new keys in from the end: in the same array when they fit (a shorter text
     * has no more windows).
     */
    private void merge(boolean[] keep) {
        if (keys == null || (gone == null && keep == null)) {
            return;
        }
        int m = 0;
        for (int x = 0; x < size; x++) {
            int d = (int) (keys[x] & DOC_MASK);
            if ((gone == null || !gone[d]) && (keep == null || keep[d])) {
                keys[m++] = keys[x];
            }
        }
        long[] b = fresh == null ? new long[0] : fresh;
        int q = 0;
        for (long v : b) {
            if (keep == null || keep[(int) (v & DOC_MASK)]) {
                b[q++] = v;
            }
        }
        if (m + q > keys.length) {
            keys = Arrays.copyOf(keys, m + q);
        }
        int i = m - 1;
        int j = q - 1;
        for (int k = m + q - 1; j >= 0; k--) { // k > i: nothing unread is overwritten
            keys[k] = i >= 0 && keys[i] > b[j] ? keys[i--] : b[j--];
        }
        size = m + q;
        gone = null;
        fresh = null;
    }
}
