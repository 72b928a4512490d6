package org.stemma.fingerprint;

/**
 * MinHash signatures by one-permutation hashing with rotation densification (Li, Owen and
 * Zhang 2012; Shrivastava and Li 2014): each shingle hash is mixed once, its top bits pick one
 * of {@code size} bins and the bin keeps the smallest low 32 bits. Empty bins borrow the value
 * of the next non-empty bin to the right (cyclically) plus an offset per step, which keeps the
 * estimator consistent for short texts. Cost is one mix per shingle plus one pass over the
 * bins, instead of {@code size} hashes per shingle.
 *
 * <p>The share of equal positions in two signatures estimates the Jaccard similarity of the two
 * shingle sets.
 */
public final class MinHash {

    private static final long EMPTY = 1L << 32;
    private static final long ROTATION_OFFSET = 0x9e3779b9L;

    private final int size;
    private final long seed;

    /**
     * @param size number of bins (signature length), {@code >= 1}
     * @param seed fixed seed; signatures are only comparable under the same size and seed
     */
    public MinHash(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("MinHash size < 1: " + size);
        }
        this.size = size;
        this.seed = seed;
    }

    public int size() {
        return size;
    }

    /**
     * The signature of a set of shingle hashes (duplicates allowed). An empty set gives an
     * all-{@code -1} signature, which no non-empty set produces.
     */
    public int[] signature(long[] shingles) {
        long[] bins = new long[size];
        java.util.Arrays.fill(bins, EMPTY);
        for (long s : shingles) {
            long h = Hashing.mix64(s ^ seed);
            int bin = (int) (((h >>> 32) * size) >>> 32);
            long v = h & 0xffffffffL;
            if (v < bins[bin]) {
                bins[bin] = v;
            }
        }
        int[] sig = new int[size];
        if (shingles.length == 0) {
            java.util.Arrays.fill(sig, -1);
            return sig;
        }
        for (int b = 0; b < size; b++) {
            long v = bins[b];
            int step = 0;
            int j = b;
            while (v == EMPTY) {
                j = j + 1 == size ? 0 : j + 1;
                step++;
                v = bins[j];
            }
            sig[b] = (int) (v + step * ROTATION_OFFSET);
        }
        return sig;
    }

    /** Share of equal positions: an estimate of the Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signature lengths differ");
        }
        int eq = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                eq++;
            }
        }
        return a.length == 0 ? 0 : (double) eq / a.length;
    }

    /**
     * LSH band keys: band {@code i} hashes signature positions {@code [i*rows, (i+1)*rows)}
     * together with {@code i}, so two signatures share a key only if a whole band is equal.
     * The chance two sets of Jaccard {@code s} share at least one key is
     * {@code 1 - (1 - s^rows)^bands}.
     */
    public static long[] bandKeys(int[] signature, int bands, int rows) {
        if (bands * rows > signature.length) {
            throw new IllegalArgumentException(
                    "bands*rows " + bands * rows + " > signature length " + signature.length);
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Hashing.mix64(b + 1L);
            for (int r = 0; r < rows; r++) {
                h = Long.rotateLeft(h, 29) ^ (signature[b * rows + r] & 0xffffffffL);
                h *= 0x94d049bb133111ebL;
            }
            keys[b] = Hashing.mix64(h);
        }
        return keys;
    }
}
