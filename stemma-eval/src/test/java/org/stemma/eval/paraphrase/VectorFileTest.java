package org.stemma.eval.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.text.SentenceEmbedder;

class VectorFileTest {

    /** Counts calls; vector = (length, 1). */
    static final class Counting implements SentenceEmbedder {
        int calls;

        @Override
        public float[][] embed(List<String> s) {
            calls += s.size();
            float[][] v = new float[s.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = new float[] {s.get(i).length(), 1};
            }
            return v;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String modelName() {
            return "counting";
        }
    }

    @Test
    void vectorsSurviveARoundTripAndAreNotRecomputed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v.bin");
        Counting model = new Counting();
        VectorFile first = new VectorFile(file, model);
        String huge = "x".repeat(30_000);
        first.embed(List.of("a", "bb", "a", huge));
        assertThat(model.calls).isEqualTo(3);
        first.save();
        Counting again = new Counting();
        VectorFile second = new VectorFile(file, again);
        float[][] v = second.embed(List.of("bb", "a"));
        assertThat(again.calls).isZero();
        assertThat(v[0]).containsExactly(2f, 1f);
        second.embed(List.of(huge)); // too long to store: embedded again
        assertThat(again.calls).isEqualTo(1);
    }
}
