package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.article.Article;

class CompilationsTest {

    private static final String FIRST = "the council approved the budget on monday after a long debate over school funding "
            + "and road repairs that lasted for several hours while residents waited outside the hall";
    private static final String SECOND = "later in the evening the fire brigade was called to a warehouse near the river "
            + "where smoke had been seen rising from the roof by people walking their dogs along the bank";

    private static CopyText text(String id, String body) {
        return CopyText.of(Article.builder(id, body).build(), List.of());
    }

    private static Link link(String a, String b) {
        return new Link(a, b, LinkKind.PARTIAL, 0.5, 0.5, List.of());
    }

    @Test
    void aStoryWrittenFromTwoUnrelatedDispatchesReadsAsTheirCompilation() {
        Map<String, CopyText> texts = Map.of("d1", text("d1", FIRST), "d2", text("d2", SECOND),
                "story", text("story", FIRST + " and in other news " + SECOND));
        Compilations c = new Compilations(List.of(link("story", "d1"), link("story", "d2")), texts);
        assertThat(c.share("story", "d1")).isGreaterThan(0.5);
        assertThat(c.share("story", "d2")).isGreaterThan(0.5);
        // A dispatch has no other neighbour: it compiles nothing.
        assertThat(c.share("d1", "story")).isZero();
    }

    @Test
    void aTextBetweenItsParentAndACutCopyIsNoCompilation() {
        String middle = FIRST + " " + SECOND;
        Map<String, CopyText> texts = Map.of("parent", text("parent", middle + " and the mayor thanked everyone"),
                "middle", text("middle", middle), "cut", text("cut", FIRST));
        Compilations c = new Compilations(List.of(link("parent", "middle"), link("middle", "cut")), texts);
        // The parent reaches the cut copy's part too, so the middle text took nothing from two sources.
        assertThat(c.share("middle", "cut")).isZero();
    }

    @Test
    void twoLinkedTextsAreRelativesNotTwoSources() {
        Map<String, CopyText> texts = Map.of("d1", text("d1", FIRST), "d2", text("d2", SECOND),
                "story", text("story", FIRST + " and in other news " + SECOND));
        Compilations c = new Compilations(List.of(link("story", "d1"), link("story", "d2"), link("d1", "d2")), texts);
        assertThat(c.share("story", "d1")).isZero();
    }
}
