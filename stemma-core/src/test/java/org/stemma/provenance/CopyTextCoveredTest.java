package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CopyText#coveredBy} marks the same tokens as looking each trigram up in the other text. */
class CopyTextCoveredTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void coveredByEqualsLookingEachTrigramUp(long seed) {
        Random r = new Random(seed);
        int shared = 0;
        for (int k = 0; k < 300; k++) {
            CopyText a = text(r);
            CopyText b = text(r);
            boolean[] want = new boolean[a.size()];
            for (int i = 0; i < a.trigrams().length; i++) {
                if (Arrays.binarySearch(b.sorted(), a.trigrams()[i]) >= 0) {
                    want[i] = want[i + 1] = want[i + 2] = true;
                    shared++;
                }
            }
            assertThat(a.coveredBy(b)).isEqualTo(want);
        }
        assertThat(shared).isPositive(); // the random texts do share trigrams
    }

    /** A text of words from a small vocabulary, so that two texts share some trigrams. */
    private static CopyText text(Random r) {
        int n = r.nextInt(40);
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = r.nextInt(4) - 2L;
        }
        long[] tri = new long[Math.max(0, n - 2)];
        for (int i = 0; i + 2 < n; i++) {
            tri[i] = CopyText.trigram(words[i], words[i + 1], words[i + 2]);
        }
        long[] sorted = Arrays.stream(tri).sorted().distinct().toArray();
        return new CopyText(n, tri, sorted, new boolean[n], new boolean[n], null);
    }
}
