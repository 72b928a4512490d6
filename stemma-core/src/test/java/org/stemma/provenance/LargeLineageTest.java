package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;

/** Lineages far larger than a news story's: the builder neither overflows nor gives up. */
class LargeLineageTest {

    private static final String TEXT = "The council approved the budget on Monday after a long debate. "
            + "Members argued over school funding and road repairs for several hours. "
            + "The mayor said the compromise protects core services. "
            + "Opponents warned that taxes would rise next year. A final vote is expected in March.";

    private static Link whole(String a, String b) {
        Span all = new Span(0, TEXT.length());
        return new Link(a, b, LinkKind.DUPLICATE, 1, 1, List.of(new Passage(all, all, PassageKind.VERBATIM, 1)));
    }

    @Test
    void aChainOfTenThousandIdenticalCopiesGetsOneParentEach() {
        int n = 10_000;
        List<Article> articles = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(Article.builder(String.format("c%05d", i), TEXT).build());
            if (i > 0) {
                links.add(whole(String.format("c%05d", i - 1), String.format("c%05d", i)));
            }
        }
        List<Derivation> ds = ProvenanceBuilder.build(articles, links, List.of(), List.of());
        assertThat(ds).hasSize(n - 1);
        assertThat(ds.stream().map(Derivation::copy).distinct().count()).isEqualTo(n - 1);
    }
}
