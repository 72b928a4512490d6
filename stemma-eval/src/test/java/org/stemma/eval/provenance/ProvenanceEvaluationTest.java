package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;

class ProvenanceEvaluationTest {

    private static final String FULL = "First sentence of the story. Second sentence here. Third one ends it.";
    private static final String TRIMMED = "First sentence of the story. Second sentence here.";

    private static Derivation edge(String source, String copy) {
        return new Derivation(source, copy, DerivationKind.COPY, false, 0.5, List.of(), null, 0);
    }

    private static CopyTree tree(String copyText) {
        // r is the original, c copies r (same text or not), d trims c.
        List<Article> arts = List.of(Article.builder("r", FULL).build(), Article.builder("c", copyText).build(),
                Article.builder("d", TRIMMED).build());
        return new CopyTree(arts, Map.of("c", "r", "d", "c"), Map.of("c", CopyOp.COPY, "d", CopyOp.TRIM), List.of());
    }

    @Test
    void swappingIdenticalArticlesIsNotAnError() {
        // The prediction orders the unchanged pair the other way round: wrong strictly, but the
        // true tree with r and c swapped is the same set of inputs and matches it exactly.
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree(FULL), List.of(edge("c", "r"), edge("r", "d")), s);
        assertThat(s.parentAccuracy()).isEqualTo(0.0);
        assertThat(s.equivalentParentAccuracy()).isEqualTo(1.0);
    }

    @Test
    void distinctTextsGetNoCredit() {
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree(FULL + " An added line of its own."),
                List.of(edge("c", "r"), edge("r", "d")), s);
        assertThat(s.parentAccuracy()).isEqualTo(0.0);
        assertThat(s.equivalentParentAccuracy()).isEqualTo(0.0);
    }

    @Test
    void rightPredictionIsRightBothWays() {
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree(FULL), List.of(edge("r", "c"), edge("c", "d")), s);
        assertThat(s.parentAccuracy()).isEqualTo(1.0);
        assertThat(s.equivalentParentAccuracy()).isEqualTo(1.0);
    }

    @Test
    void hangingACopyFromTheTwinOfItsParentCountsOnlyUpToIndistinguishableParents() {
        // r → c (unchanged) → d: the prediction hangs d from r, the twin of its true parent c.
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree(FULL), List.of(edge("r", "c"), edge("r", "d")), s);
        assertThat(s.parentAccuracy()).isEqualTo(0.5);
        assertThat(s.equivalentParentAccuracy()).isEqualTo(0.5);
        assertThat(s.classParentAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aParentWithOtherTextIsWrongUpToIndistinguishableParentsToo() {
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(tree(FULL + " An added line of its own."),
                List.of(edge("r", "c"), edge("r", "d")), s);
        assertThat(s.classParentAccuracy()).isEqualTo(0.5);
    }
}
