package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;

class CopyTreeGeneratorTest {

    private static final List<String> BODIES = List.of(
            "The river rose overnight and flooded the lower town. Residents moved to the school on the hill. "
                    + "The mayor asked for army help by noon.\n\nForecasters expect more rain on Friday. "
                    + "Roads to the north are closed until the water recedes. Schools will stay shut all week.",
            "Shares fell sharply on Tuesday as investors weighed new tariffs. The index lost three percent. "
                    + "Analysts said the sell-off could continue.\n\nBond yields dropped as money moved to safety.",
            "The team won the final after extra time. Fans filled the square to celebrate. "
                    + "The coach praised the young striker who scored twice.");

    @Test
    void familiesAreTreesWithLinksOfCommonDescent() {
        CopyTreeGenerator g = new CopyTreeGenerator(BODIES, 3, new CopyTreeGenerator.Settings(4, 6,
                CopyTreeGenerator.Shape.TREE, CopyTreeGenerator.DateMode.ALL, 0.5, 0.3));
        for (int t = 0; t < 20; t++) {
            CopyTree tree = g.next(0, "t" + t);
            assertThat(tree.articles()).hasSizeBetween(4, 6);
            assertThat(tree.parent()).hasSize(tree.articles().size() - 1);
            assertThat(tree.op().values()).containsOnlyOnce(CopyOp.ORIGINAL);
            for (Link l : tree.links()) {
                Article a = find(tree, l.a());
                Article b = find(tree, l.b());
                assertThat(l.coverageA()).isBetween(0.0, 1.0);
                for (Passage p : l.passages()) {
                    assertThat(p.a().end()).isLessThanOrEqualTo(a.text().length());
                    assertThat(p.b().end()).isLessThanOrEqualTo(b.text().length());
                    if (p.similarity() == 1.0) {
                        assertThat(p.a().of(a.text())).isEqualTo(p.b().of(b.text()));
                    }
                }
            }
            // every derived article is linked to its parent
            tree.parent().forEach((c, p) -> assertThat(tree.links()).anyMatch(l -> l.touches(c) && l.touches(p)));
        }
    }

    @Test
    void aPerfectPredictionScoresOne() {
        CopyTreeGenerator g = new CopyTreeGenerator(BODIES, 5, new CopyTreeGenerator.Settings(3, 5,
                CopyTreeGenerator.Shape.CHAIN, CopyTreeGenerator.DateMode.NONE, 0, 0));
        CopyTree tree = g.next(0, "x");
        List<Derivation> truth = new ArrayList<>();
        tree.parent().forEach((c, p) -> truth.add(new Derivation(p, c, DerivationKind.COPY, false, 1, List.of("x"), null, 0)));
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree, truth, s);
        assertThat(s.parentAccuracy()).isEqualTo(1.0);
        assertThat(s.rootAccuracy()).isEqualTo(1.0);
        assertThat(s.directionAccuracy()).isEqualTo(1.0);
        ProvenanceEvaluation.Score none = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree, List.of(), none);
        assertThat(none.parentAccuracy()).isZero();
    }

    private static Article find(CopyTree t, String id) {
        return t.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
