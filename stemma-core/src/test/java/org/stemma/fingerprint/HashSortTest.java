package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashSortTest {

    @Test
    void sortsAsArraysSortDoesSmallLargeSignedAndRepeatedValues() {
        Random r = new Random(11);
        for (int n : new int[] {0, 1, 17, 70_000, 200_000}) {
            assertSortsAsArraysSort(values(r, n, 5));
        }
    }

    @Test
    void sortsSkewedValuesThatFillOneBucketOrOneRun() {
        Random r = new Random(12);
        long[][] cases = new long[3][];
        cases[0] = r.longs(100_000, 0, 1000).toArray(); // one bucket, one run, many repeats
        cases[1] = r.longs(100_000, -(1L << 50), 1L << 50).toArray(); // few buckets near zero
        cases[2] = r.longs(100_000).map(x -> x & 0xFFFF_FF00_0000_0000L).toArray(); // packed keys of one document
        for (long[] a : cases) {
            assertSortsAsArraysSort(a);
        }
    }

    @Test
    void valuesDealtIntoTheirBucketsSortAsArraysSortDoes() {
        Random r = new Random(13);
        for (int n : new int[] {0, 1, 17, 5_000, 300_000}) {
            for (int bits : new int[] {HashSort.bucketBits(n), 16}) {
                long[] values = values(r, n, 7);
                HashSort.Deal deal = new HashSort.Deal(bits);
                for (long v : values) {
                    deal.count(v);
                }
                long[] dealt = deal.open();
                for (long v : values) {
                    deal.put(dealt, v);
                }
                deal.sortBuckets(dealt);
                long[] expected = values.clone();
                Arrays.sort(expected);
                assertThat(dealt).isEqualTo(expected);
            }
        }
    }

    private static void assertSortsAsArraysSort(long[] a) {
        long[] expected = a.clone();
        Arrays.sort(expected);
        HashSort.sort(a);
        assertThat(a).isEqualTo(expected);
    }

    /** Random values of both signs, every {@code repeat}-th a repeat of the one before, and the extremes. */
    private static long[] values(Random r, int n, int repeat) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % repeat == 0 && i > 0 ? a[i - 1] : r.nextLong();
        }
        if (n > 100) {
            a[3] = Long.MIN_VALUE;
            a[4] = Long.MAX_VALUE;
            a[5] = 0;
            a[6] = -1;
        }
        return a;
    }
}
