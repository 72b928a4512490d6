package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.Span;

class LineagesTest {

    private static Link link(String a, String b, double ca, double cb, int... lengths) {
        List<Passage> ps = new java.util.ArrayList<>();
        int at = 0;
        for (int len : lengths) {
            ps.add(new Passage(new Span(at, at + len), new Span(at, at + len), PassageKind.VERBATIM, 1));
            at += len + 10;
        }
        return new Link(a, b, LinkKind.PARTIAL, ca, cb, ps);
    }

    @Test
    void substantialLinksJoinAndStockParagraphsDoNot() {
        List<Link> links = List.of(
                link("a", "b", 0.6, 0.5, 300, 400),   // partial reuse: joins
                link("b", "c", 0.15, 0.12, 400),      // shared background paragraph: no
                link("d", "e", 0.4, 0.35, 350),       // one block, under half of both: stock text
                link("f", "g", 0.9, 0.8, 900),        // one block that is most of f: joins
                link("h", "i", 0.5, 0.5, 60, 60));    // too few characters
        assertThat(Lineages.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), links))
                .containsExactly(List.of("a", "b"), List.of("f", "g"));
    }
}
