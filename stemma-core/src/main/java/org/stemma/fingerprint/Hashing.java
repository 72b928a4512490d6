package org.stemma.fingerprint;

/**
 * The 64-bit hash functions behind shingles, MinHash and band keys. All are fixed functions
 * (no per-run randomness), so fingerprints computed in different runs or on different machines
 * can be compared and stored.
 */
public final class Hashing {

    private Hashing() {
    }

    /** The MurmurHash3 64-bit finaliser: a bijective mix with full avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /**
     * Hash of the {@code k} token hashes starting at {@code from}: the order of the tokens
     * matters, so "a b" and "b a" differ.
     */
    public static long window(long[] tokenHashes, int from, int k) {
        long h = 0x9e3779b97f4a7c15L;
        for (int t = 0; t < k; t++) {
            h = Long.rotateLeft(h, 27) ^ tokenHashes[from + t];
            h *= 0x94d049bb133111ebL;
        }
        return mix64(h);
    }

    /**
     * Hashes of every window of {@code k} consecutive tokens (word shingles or n-grams), one per
     * start position; empty if there are fewer than {@code k} tokens.
     */
    public static long[] windows(long[] tokenHashes, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("window size < 1: " + k);
        }
        int n = tokenHashes.length - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = window(tokenHashes, i, k);
        }
        return out;
    }

    /** Hash of a whole token sequence (length included): equal exactly for equal sequences. */
    public static long sequence(long[] tokenHashes) {
        long h = mix64(tokenHashes.length);
        for (long t : tokenHashes) {
            h = Long.rotateLeft(h, 31) ^ t;
            h *= 0x9e3779b97f4a7c15L;
        }
        return mix64(h);
    }
}
