package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntCountsTest {

    @Test
    void behavesLikeAMapUnderRandomAddsPutsAndRemoves() {
        Random random = new Random(3);
        IntCounts counts = new IntCounts();
        Map<Integer, Integer> plain = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            int key = random.nextInt(step < 100_000 ? 5000 : 50);
            switch (random.nextInt(4)) {
                case 0 -> assertThat(counts.add(key, 3)).isEqualTo(plain.merge(key, 3, Integer::sum));
                case 1 -> {
                    counts.put(key, step);
                    plain.put(key, step);
                }
                case 2 -> {
                    Integer removed = plain.remove(key);
                    assertThat(counts.remove(key)).isEqualTo(removed == null ? 0 : removed);
                }
                default -> assertThat(counts.get(key)).isEqualTo(plain.getOrDefault(key, 0));
            }
            assertThat(counts.size()).isEqualTo(plain.size());
        }
        assertThat(java.util.Arrays.stream(counts.keys()).boxed().toList()).containsExactlyInAnyOrderElementsOf(plain.keySet());
    }
}
