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
        int bits = bucketBits(n);
        int shift = 64 - bits;
        Deal deal = new Deal(bits);
        for (long x : a) {
            deal.count(x);
        }
        long[] dealt = deal.open();
        for (long x : a) {
            deal.put(dealt, x);
        }
        int[] start = deal.start;
        // Each bucket goes back into its place in a, dealt by its next bits and ordered.
        IntStream.range(0, 1 << bits).parallel().forEach(b -> runs(dealt, 0, a, start[b], start[b + 1], shift - RUN_BITS));
    }

    /**
     * Bits of the bucket number for {@code n} values (see {@link #bucket}): a caller that makes
     * the values can deal them straight into their buckets and then {@link #sortBuckets}, with no
     * second array of all the values.
     */
    public static int bucketBits(int n) {
        return Math.max(4, Math.min(16, 31 - Integer.numberOfLeadingZeros(n / BUCKET)));
    }

    /** The bucket of {@code x} among {@code 1 << bits}, in ascending (signed) order of the values. */
    public static int bucket(long x, int bits) {
        return (int) ((x >>> (64 - bits)) ^ (1L << (bits - 1))); // the sign bit flipped: negatives first
    }

    /**
     * Values dealt into their buckets (see {@link #bucket}) in two passes, the way {@link #sort}
     * begins: {@link #count} every value, {@link #open} the array, {@link #put} every value again,
     * then {@link #sortBuckets}. A caller that makes its values (and can make them twice) thus
     * sorts them with no second array of them all.
     */
    public static final class Deal {
        private final int bits;
        private final int[] start;
        private int[] next;

        public Deal(int bits) {
            this.bits = bits;
            this.start = new int[(1 << bits) + 1];
        }

        /** Counts one value into its bucket (before {@link #open}). */
        public void count(long x) {
            start[bucket(x, bits) + 1]++;
        }

        /** The array for the counted values, each bucket's place in it now fixed. */
        public long[] open() {
            for (int b = 0; b < 1 << bits; b++) {
                start[b + 1] += start[b];
            }
            next = Arrays.copyOf(start, 1 << bits);
            return new long[start[1 << bits]];
        }

        /** Puts one counted value into its bucket of {@code a} (the array {@link #open} gave). */
        public void put(long[] a, long x) {
            a[next[bucket(x, bits)]++] = x;
        }

        /** Sorts {@code a} once every counted value is put (see {@link #sortBuckets}). */
        public void sortBuckets(long[] a) {
            HashSort.sortBuckets(a, start, bits);
        }
    }

    /**
     * Sorts {@code a} whose values are dealt into their buckets ({@link #bucket} with
     * {@code bits}): {@code start} has one entry per bucket and one more ({@code a.length}),
     * bucket {@code b}'s values at {@code start[b]} to {@code start[b + 1]}. Each bucket is copied
     * out (a few thousand values) and dealt back in order as {@link #sort} does; the buckets in
     * parallel.
     */
    public static void sortBuckets(long[] a, int[] start, int bits) {
        IntStream.range(0, start.length - 1).parallel().forEach(b -> {
            int lo = start[b];
            int hi = start[b + 1];
            if (hi - lo > 1) {
                runs(Arrays.copyOfRange(a, lo, hi), -lo, a, lo, hi, 64 - bits - RUN_BITS);
            }
        });
    }

    /**
     * Deals {@code from[lo + off..hi + off)} (values equal above bit {@code shift + RUN_BITS}) into
     * {@code to[lo..hi)} by bits {@code shift..shift+RUN_BITS}, then orders each run.
     */
    private static void runs(long[] from, int off, long[] to, int lo, int hi, int shift) {
        int[] at = new int[(1 << RUN_BITS) + 1];
        int mask = (1 << RUN_BITS) - 1;
        for (int x = lo + off; x < hi + off; x++) {
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
        for (int x = lo + off; x < hi + off; x++) {
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
