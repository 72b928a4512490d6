package org.stemma.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.eval.reuse.CorpusGenerator;

class CorpusFilesTest {

    private static final List<String> BODIES = List.of(
            "The minister said on Tuesday that the “new” budget would cut spending. Critics disagreed.",
            "Rain fell across the north of the country. Rivers rose and roads were closed in three towns.",
            "Général Diarra a déclaré que l'armée restait prête. Les négociations reprendront lundi.",
            "Markets opened lower after the central bank held rates. Analysts expect a cut in March.");

    @Test
    void streamingWritesExactlyTheFilesOfTheInMemoryCorpus(@TempDir Path tmp) throws IOException {
        CorpusGenerator gen = new CorpusGenerator(BODIES);
        List<Path> held = CorpusFiles.write(gen.generate(730, 0.4, 3), tmp.resolve("held"), 100);
        CorpusFiles.Written streamed = CorpusFiles.generate(gen, 730, 0.4, 3, tmp.resolve("streamed"), 100);

        assertThat(streamed.parts()).hasSize(8).hasSameSizeAs(held);
        assertThat(streamed.articles()).isEqualTo(730);
        for (int i = 0; i < held.size(); i++) {
            assertThat(streamed.parts().get(i).getFileName()).isEqualTo(held.get(i).getFileName());
            assertThat(Files.readString(streamed.parts().get(i))).isEqualTo(Files.readString(held.get(i)));
        }
        String injected = Files.readString(tmp.resolve("streamed").resolve(CorpusFiles.INJECTED));
        assertThat(injected).isEqualTo(Files.readString(tmp.resolve("held").resolve(CorpusFiles.INJECTED)));
        assertThat(injected.lines().count() - 1).isEqualTo(streamed.injected()).isGreaterThan(200);
        assertThat(CorpusFiles.injected(tmp.resolve("streamed"))).allSatisfy(row ->
                assertThat(row[0].compareTo(row[1])).isNegative());
    }

    @Test
    void lastPartHoldsTheRemainder(@TempDir Path tmp) throws IOException {
        CorpusFiles.Written w = CorpusFiles.generate(new CorpusGenerator(BODIES), 25, 0.2, 1, tmp, 10);
        assertThat(w.parts()).extracting(p -> p.getFileName().toString())
                .containsExactly("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl");
        assertThat(Files.readAllLines(w.parts().get(2))).hasSize(5);
    }

    @Test
    void refusesEmptyParts(@TempDir Path tmp) {
        assertThatThrownBy(() -> CorpusFiles.generate(new CorpusGenerator(BODIES), 5, 0.2, 1, tmp, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
