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
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = i % 5 == 0 && i > 0 ? a[i - 1] : r.nextLong(); // repeats, both signs
            }
            if (n > 100) {
                a[3] = Long.MIN_VALUE;
                a[4] = Long.MAX_VALUE;
                a[5] = 0;
                a[6] = -1;
            }
            long[] expected = a.clone();
            Arrays.sort(expected);
            HashSort.sort(a);
            assertThat(a).isEqualTo(expected);
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
            long[] expected = a.clone();
            Arrays.sort(expected);
            HashSort.sort(a);
            assertThat(a).isEqualTo(expected);
        }
    }
}
