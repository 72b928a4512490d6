package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashSetsTest {

    @Test
    void ofSortsAndKeepsEachValueOnceWithoutChangingItsInput() {
        Random r = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            long[] v = new long[r.nextInt(60)];
            for (int i = 0; i < v.length; i++) {
                v[i] = n % 3 == 0 ? r.nextLong() : r.nextInt(20) - 10;
            }
            long[] before = v.clone();
            long[] set = HashSets.of(v);
            assertThat(set).isEqualTo(Arrays.stream(v).sorted().distinct().toArray());
            assertThat(v).isEqualTo(before);
            int n2 = v.length == 0 ? 0 : r.nextInt(v.length);
            assertThat(HashSets.of(v, n2)).isEqualTo(Arrays.stream(v, 0, n2).sorted().distinct().toArray());
        }
        assertThat(HashSets.of(new long[0])).isEmpty();
    }

    @Test
    void commonCountsTheSharedValues() {
        assertThat(HashSets.common(new long[] {1, 3, 5, 7}, new long[] {3, 4, 7, 9})).isEqualTo(2);
    }
}
