package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineagesMergeTest {
    @Test
    void lineagesSharingAnArticleBecomeOneSortedAndOrderedByTheirFirstId() {
        List<List<String>> merged = Lineages.merge(List.of(List.of("c", "a"), List.of("x", "y"), List.of("a", "b"),
                List.of("d")));
        assertThat(merged).containsExactly(List.of("a", "b", "c"), List.of("x", "y"));
    }

    @Test
    void nothingSharedStaysApart() {
        assertThat(Lineages.merge(List.of(List.of("b", "a"), List.of("c", "d")))).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(Lineages.merge(List.of())).isEmpty();
    }
}
