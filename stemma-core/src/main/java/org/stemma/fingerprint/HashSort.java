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
        int bits = bucketBits(n);
        int[] start = new int[(1 << bits) + 1];
        for (long x : a) {
            start[bucket(x, bits) + 1]++;
        }
        for (int b = 0; b < 1 << bits; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, 1 << bits);
        long[] dealt = new long[n];
        for (long x : a) {
            dealt[next[bucket(x, bits)]++] = x;
        }
        sortBuckets(dealt, start);
        System.arraycopy(dealt, 0, a, 0, n);
    }

    /**
     * Bits of the bucket number for {@code n} values (see {@link #bucket}): a caller that makes
     * the values can deal them straight into their buckets and then {@link #sortBuckets}, with no
     * second array of all the values.
     */
    public static int bucketBits(int n) {
        return Math.max(4, Math.min(16, 31 - Integer.numberOfLeadingZeros(Math.max(1, n / BUCKET))));
    }

    /** The bucket of {@code x} among {@code 1 << bits}, in ascending (signed) order of the values. */
    public static int bucket(long x, int bits) {
        return (int) ((x >>> (64 - bits)) ^ (1L << (bits - 1))); // the sign bit flipped: negatives first
    }

    /**
     * Sorts {@code a} whose values are dealt into their buckets: {@code start} has one entry per
     * bucket and one more ({@code a.length}), bucket {@code b}'s values at {@code start[b]} to
     * {@code start[b + 1]}. The buckets are sorted in parallel; then the array is.
     */
    public static void sortBuckets(long[] a, int[] start) {
        IntStream.range(0, start.length - 1).parallel().forEach(b -> Arrays.sort(a, start[b], start[b + 1]));
    }
}
