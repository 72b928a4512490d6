package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StemRunsTest {

    @Test
    void aTrimmedQuoteIsOneRunOfTheLongerOne() {
        long[] longer = {1, 2, 3, 4, 5, 6};
        long[] trimmed = {3, 4, 5};
        assertThat(StemRuns.longestRun(longer, trimmed)).isEqualTo(3);
        assertThat(StemRuns.lcs(longer, trimmed)).isEqualTo(3);
    }

    @Test
    void anEditBreaksTheRunButNotTheSubsequence() {
        long[] a = {1, 2, 3, 4, 5, 6};
        long[] b = {1, 2, 9, 4, 5, 6};
        assertThat(StemRuns.longestRun(a, b)).isEqualTo(3);
        assertThat(StemRuns.lcs(a, b)).isEqualTo(5);
        assertThat(StemRuns.lcs(a, new long[0])).isZero();
    }

    @Test
    void bothAreSymmetricAndTheRunNeverExceedsTheSubsequence() {
        Random r = new Random(21);
        for (int t = 0; t < 500; t++) {
            long[] a = random(r);
            long[] b = random(r);
            assertThat(StemRuns.lcs(a, b)).isEqualTo(StemRuns.lcs(b, a));
            assertThat(StemRuns.longestRun(a, b)).isEqualTo(StemRuns.longestRun(b, a))
                    .isLessThanOrEqualTo(StemRuns.lcs(a, b))
                    .isLessThanOrEqualTo(Math.min(a.length, b.length));
        }
    }

    private static long[] random(Random r) {
        long[] x = new long[r.nextInt(12)];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextInt(4);
        }
        return x;
    }
}
