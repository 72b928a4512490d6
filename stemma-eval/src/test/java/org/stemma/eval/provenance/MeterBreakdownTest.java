package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.Span;

class MeterBreakdownTest {

    private static Link link(String a, String b, boolean passages) {
        List<Passage> ps = passages
                ? List.of(new Passage(new Span(0, 40), new Span(10, 50), PassageKind.VERBATIM, 1.0))
                : List.of();
        return new Link(a, b, LinkKind.PARTIAL, 0.2, 0.2, ps);
    }

    /** Wire w; derived stories d1 (linked to w), d2 (linked only to d1), d3 (linked to w through a link without passages); non-derived n1 linked to w. */
    private static MeterData data() {
        Map<String, MeterData.Story> stories = new java.util.LinkedHashMap<>();
        stories.put("d1", new MeterData.Story("wholly", List.of("w"), "line"));
        stories.put("d2", new MeterData.Story("partially", List.of("w"), "line"));
        stories.put("d3", new MeterData.Story("partially", List.of("w"), "line"));
        stories.put("n1", new MeterData.Story("non", List.of("w"), "line"));
        return new MeterData(List.of(), stories, Set.of("w"),
                Map.of("w", "line", "d1", "line", "d2", "line", "d3", "line", "n1", "line"));
    }

    @Test
    void onlyStoriesJoinedToTheirOwnWireByPassagesCountAsLinked() {
        List<Link> links = List.of(link("w", "d1", true), link("d2", "d1", true), link("d3", "w", false),
                link("n1", "w", true));
        assertThat(MeterEvaluation.linkedToSource(data(), links)).containsExactlyInAnyOrder("d1", "n1");
    }

    @Test
    void breakdownSplitsTheParentsByLinkedAndNot() {
        Map<String, String> parent = Map.of("d1", "w", "d2", "d1", "n1", "w");
        String b = MeterEvaluation.breakdown(data(), parent, Set.of("d1", "n1"));
        assertThat(b).contains("linked to their wire text: derived 1 (right wire 1, no parent 0, newspaper 0, other wire 0);"
                + " non-derived 1 (no parent 0, a parent 1)");
        assertThat(b).contains("derived 2 (right wire 0, no parent 1, newspaper 1, other wire 0); non-derived 0");
    }
}
