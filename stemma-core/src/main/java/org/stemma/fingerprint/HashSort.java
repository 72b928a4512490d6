package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts large arrays of packed hash keys (a hash in the top bits, as the n-gram stages pack
 * them) faster than {@link Arrays#parallelSort}: one pass deals the values into buckets by their
 * top bits (hashes spread evenly over them), then each bucket, small enough to stay in cache,
 * is sorted on its own, the buckets in parallel. The order is {@link Arrays#sort}'s.
 */
public final class HashSort {

    /** Below this many values one {@link Arrays#sort} is as fast. */
    private static final int SMALL = 1 << 16;
    /** Values per bucket aimed at (a few thousand longs fit a core's cache). */
    private static final int BUCKET = 2048;

    private HashSort() {
    }

    /** Sorts {@code a} in ascending (signed) order. */
    public static void sort(long[] a) {
        int n = a.length;
        if (n < SMALL) {
            Arrays.sort(a);
            return;
        }
        int bits = Math.max(4, Math.min(16, 31 - Integer.numberOfLeadingZeros(n / BUCKET)));
        int shift = 64 - bits;
        long flip = 1L << (bits - 1); // the sign bit: negative values first, as in Arrays.sort
        int[] start = new int[(1 << bits) + 1];
        for (long x : a) {
            start[(int) ((x >>> shift) ^ flip) + 1]++;
        }
        for (int b = 0; b < 1 << bits; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, 1 << bits);
        long[] dealt = new long[n];
        for (long x : a) {
            dealt[next[(int) ((x >>> shift) ^ flip)]++] = x;
        }
        IntStream.range(0, 1 << bits).parallel().forEach(b -> Arrays.sort(dealt, start[b], start[b + 1]));
        System.arraycopy(dealt, 0, a, 0, n);
    }
}
