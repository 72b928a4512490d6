package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts large arrays of packed hash keys (a hash in the top bits, as the n-gram stages pack
 * them) faster than {@link Arrays#parallelSort}: one pass deals the values into buckets by their
 * top bits (hashes spread evenly over them), then each bucket, small enough to stay in cache, is
 * dealt back by its next 8 bits into runs of a few values, which insertion sorts order (a long run,
 * as repeated values make, goes to {@link Arrays#sort}); the buckets in parallel. Simple loops:
 * they run fast from the first call of a cold process too. The order is {@link Arrays#sort}'s.
 */
public final class HashSort {

    /** Below this many values one {@link Arrays#sort} is as fast. */
    private static final int SMALL = 1 << 16;
    /** Values per bucket aimed at (a few thousand longs fit a core's cache). */
    private static final int BUCKET = 2048;
    /** Bits of the second deal, inside a bucket. */
    private static final int RUN_BITS = 8;
    /** Longest run ordered by insertion. */
    private static final int INSERTION = 48;

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
        // Each bucket goes back into its place in a, dealt by its next bits and ordered.
        IntStream.range(0, 1 << bits).parallel().forEach(b -> runs(dealt, a, start[b], start[b + 1], shift - RUN_BITS));
    }

    /**
     * Deals {@code from[lo..hi)} (values equal above bit {@code shift + RUN_BITS}) into
     * {@code to[lo..hi)} by bits {@code shift..shift+RUN_BITS}, then orders each run.
     */
    private static void runs(long[] from, long[] to, int lo, int hi, int shift) {
        int[] at = new int[(1 << RUN_BITS) + 1];
        int mask = (1 << RUN_BITS) - 1;
        for (int x = lo; x < hi; x++) {
            at[(int) (from[x] >>> shift) & mask]++;
        }
        int sum = lo;
        for (int r = 0; r <= mask; r++) {
            int c = at[r];
            at[r] = sum;
            sum += c;
        }
        at[mask + 1] = hi;
        int[] put = Arrays.copyOf(at, mask + 1);
        for (int x = lo; x < hi; x++) {
            long v = from[x];
            to[put[(int) (v >>> shift) & mask]++] = v;
        }
        for (int r = 0; r <= mask; r++) {
            int s = at[r];
            int e = at[r + 1];
            if (e - s > INSERTION) {
                Arrays.sort(to, s, e);
            } else {
                for (int i = s + 1; i < e; i++) {
                    long v = to[i];
                    int j = i - 1;
                    while (j >= s && to[j] > v) {
                        to[j + 1] = to[j];
                        j--;
                    }
                    to[j + 1] = v;
                }
            }
        }
    }
}
