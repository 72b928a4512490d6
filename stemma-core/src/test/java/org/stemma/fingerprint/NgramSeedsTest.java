package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The n-gram step split over shares of the keys, as a distributed run does, is {@link CandidatePairs#generate}'s. */
class NgramSeedsTest {

    private static int seed = 1;

    @RepeatedTest(30)
    void sharesOfTheKeysMergeToTheBatchPairs() {
        Random rnd = new Random(seed++);
        int n = 2 + rnd.nextInt(60);
        // A small vocabulary of n-grams so documents share some; repeats inside a document too.
        long[] vocab = new long[20 + rnd.nextInt(200)];
        for (int v = 0; v < vocab.length; v++) {
            vocab[v] = rnd.nextLong();
        }
        Fingerprint[] fps = new Fingerprint[n];
        for (int i = 0; i < n; i++) {
            long[] grams = new long[rnd.nextInt(40)];
            for (int g = 0; g < grams.length; g++) {
                grams[g] = vocab[rnd.nextInt(vocab.length)] ^ (rnd.nextInt(4) == 0 ? rnd.nextInt(1 << 20) : 0);
            }
            fps[i] = new Fingerprint(rnd.nextLong(), 1 + grams.length, new long[0], grams);
        }
        int maxDf = 2 + rnd.nextInt(8);
        int minShared = 1 + rnd.nextInt(3);
        long[] batch = CandidatePairs.generate(fps, maxDf, minShared, 32).pairs();

        int shares = 1 + rnd.nextInt(5);
        List<CandidatePairs.Seeds> parts = new ArrayList<>();
        for (int s = 0; s < shares; s++) {
            LongList keys = new LongList(16);
            List<Integer> docs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (long k : fps[i].ngrams()) {
                    // Shares split on the compared bits only, as a partitioner must.
                    if (Math.floorMod(Long.hashCode(k >>> 24), shares) == s) {
                        keys.add(k);
                        docs.add(i);
                    }
                }
            }
            parts.add(CandidatePairs.ngramSeeds(keys.toArray(), docs.stream().mapToInt(Integer::intValue).toArray(),
                    keys.size(), maxDf));
        }
        CandidatePairs.Seeds merged = CandidatePairs.merge(parts);
        long[] distributed = new long[merged.pairs().length];
        int m = 0;
        for (int x = 0; x < merged.pairs().length; x++) {
            if (merged.counts()[x] >= minShared) {
                distributed[m++] = merged.pairs()[x];
            }
        }
        assertThat(Arrays.copyOf(distributed, m)).containsExactly(batch);
        for (int x = 1; x < merged.pairs().length; x++) {
            assertThat(merged.pairs()[x]).isGreaterThan(merged.pairs()[x - 1]);
        }
    }

    @Test
    void documentNumbersNeedNot24Bits() {
        long k = 0x1234_5678_9A00_0000L;
        CandidatePairs.Seeds s = CandidatePairs.ngramSeeds(new long[] {k, k, k | 5}, new int[] {40_000_000, 7, 7}, 3, 10);
        assertThat(s.pairs()).containsExactly(CandidatePairs.pair(7, 40_000_000));
        assertThat(s.counts()).containsExactly(1);
    }

    @Test
    void aKeyInMoreThanMaxDfDocumentsSeedsNothing() {
        long k = 0x0F00_0000_0000_0000L;
        assertThat(CandidatePairs.ngramSeeds(new long[] {k, k, k}, new int[] {1, 2, 3}, 3, 2).pairs()).isEmpty();
        assertThat(CandidatePairs.ngramSeeds(new long[] {k, k, k}, new int[] {1, 2, 3}, 3, 3).pairs()).hasSize(3);
    }

    @Test
    void mismatchedSeedsAreRefused() {
        assertThatThrownBy(() -> new CandidatePairs.Seeds(new long[2], new int[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
