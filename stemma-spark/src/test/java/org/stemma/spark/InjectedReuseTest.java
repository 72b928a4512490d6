package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectedReuseTest {

    private static final List<String[]> TRUTH = List.of(
            new String[] {"s1", "c1", "copy"},
            new String[] {"c1", "c2", "edited"},
            new String[] {"s2", "c3", "spliced"});

    @Test
    void recallCountsAPairInEitherOrderOnce() {
        InjectedReuse.Recall r = new InjectedReuse(TRUTH).recall(List.of(
                new String[] {"c1", "s1"}, new String[] {"s1", "c1"}, new String[] {"c2", "c1"}));
        assertThat(r.byKind().get("copy")).containsExactly(1, 1);
        assertThat(r.byKind().get("edited")).containsExactly(1, 1);
        assertThat(r.byKind().get("spliced")).containsExactly(0, 1);
        assertThat(r.overall()).isEqualTo(2 / 3.0);
        assertThat(r.direct()).isEqualTo(2);
    }

    @Test
    void splitsOtherLinksByLineage() {
        InjectedReuse.Recall r = new InjectedReuse(TRUTH).recall(List.of(
                new String[] {"s1", "c2"},   // copy of a copy: same lineage
                new String[] {"c2", "s2"},   // across lineages
                new String[] {"x", "y"}));   // articles never injected
        assertThat(r.direct()).isZero();
        assertThat(r.sameLineage()).isEqualTo(1);
        assertThat(r.unexplained()).isEqualTo(2);
        assertThat(r.overall()).isZero();
    }

    @Test
    void readsTheCorpusFileAndRejectsAnotherOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("injected.tsv"), "source\tcopy\tkind\na\tb\tcopy\n\n");
        assertThat(InjectedReuse.read(dir).size()).isEqualTo(1);
        Files.writeString(dir.resolve("injected.tsv"), "id\ttext\n");
        assertThatThrownBy(() -> InjectedReuse.read(dir)).hasMessageContaining("not an injected.tsv");
    }

    @Test
    void localCoresFromTheMaster() {
        assertThat(SparkSessions.localCores("local")).isEqualTo(1);
        assertThat(SparkSessions.localCores("local[2]")).isEqualTo(2);
        assertThat(SparkSessions.localCores("local[3,4]")).isEqualTo(3);
        assertThat(SparkSessions.localCores("local[*]")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(SparkSessions.localCores("yarn")).isEqualTo(-1);
        assertThat(SparkSessions.localCores("spark://h:7077")).isEqualTo(-1);
    }
}
