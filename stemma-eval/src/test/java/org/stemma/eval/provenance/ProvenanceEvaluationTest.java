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

    /** Sentences numbered 1..n, each article holding the listed ones (an edited one as "k*"). */
    private static CopyTree described(Map<String, String> parent, Map<String, String> holds) {
        List<Article> arts = new java.util.ArrayList<>();
        Map<String, Map<Integer, String>> sentences = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(holds).entrySet()) {
            Map<Integer, String> v = new java.util.HashMap<>();
            for (String k : e.getValue().split(" ")) {
                boolean edited = k.endsWith("*");
                int n = Integer.parseInt(edited ? k.substring(0, k.length() - 1) : k);
                v.put(n, "Sentence " + n + (edited ? " as edited." : "."));
            }
            sentences.put(e.getKey(), v);
            arts.add(Article.builder(e.getKey(), String.join(" ", new java.util.TreeMap<>(v).values())).build());
        }
        Map<String, CopyOp> ops = new java.util.HashMap<>();
        parent.keySet().forEach(id -> ops.put(id, CopyOp.TRIM));
        return new CopyTree(arts, parent, ops, List.of(), sentences);
    }

    @Test
    void aTrimInsideALongerTrimOfTheSameParentIsAmbiguous() {
        // Star r → b, r → c; c (1 2) lies inside b (1 2 3): c could be a trim of either.
        CopyTree t = described(Map.of("b", "r", "c", "r"), Map.of("r", "1 2 3 4 5", "b", "1 2 3", "c", "1 2"));
        assertThat(ProvenanceEvaluation.ambiguous(t, "c")).isTrue();
        assertThat(ProvenanceEvaluation.ambiguous(t, "b")).isFalse();
    }

    @Test
    void aTrimOfATrimIsAmbiguousWithItsGrandparentButAnEditIsNot() {
        // Chain r → b → c of trims: r also carries all of c. An edit inherited from b pins c to b.
        assertThat(ProvenanceEvaluation.ambiguous(described(Map.of("b", "r", "c", "b"),
                Map.of("r", "1 2 3 4", "b", "1 2 3", "c", "1 2")), "c")).isTrue();
        assertThat(ProvenanceEvaluation.ambiguous(described(Map.of("b", "r", "c", "b"),
                Map.of("r", "1 2 3 4", "b", "1* 2 3", "c", "1* 2")), "c")).isFalse();
    }

    @Test
    void anArticleDescendedFromTheCopyDoesNotMakeItAmbiguous() {
        // r → b → c, all trims: c carries all of b but is b's descendant, not an alternative.
        CopyTree t = described(Map.of("b", "r", "c", "b"), Map.of("r", "1 2 3 4", "b", "1 2 3", "c", "1 2 3"));
        assertThat(ProvenanceEvaluation.ambiguous(t, "b")).isFalse();
    }

    @Test
    void anEditKeepingEverySentenceReadsTheSameBothWays() {
        CopyTree t = described(Map.of("e", "r", "d", "r"), Map.of("r", "1 2 3 4", "e", "1 2* 3* 4", "d", "1 3 4"));
        assertThat(ProvenanceEvaluation.ambiguous(t, "e")).isTrue();
        // A cut sentence is one-way: the parent's extra sentence would have to be regained.
        assertThat(ProvenanceEvaluation.ambiguous(t, "d")).isFalse();
        CopyTree trimmedEdit = described(Map.of("e", "r"), Map.of("r", "1 2 3 4", "e", "1 2* 3"));
        assertThat(ProvenanceEvaluation.ambiguous(trimmedEdit, "e")).isFalse();
        // A paragraph added one way is a paragraph cut the other.
        CopyTree added = described(Map.of("x", "r"), Map.of("r", "1 2 3", "x", "1 2 3 9"));
        assertThat(ProvenanceEvaluation.ambiguous(added, "x")).isTrue();
    }

    @Test
    void unambiguousAccuracyLeavesOutTheAmbiguousArticles() {
        CopyTree t = described(Map.of("b", "r", "c", "r"), Map.of("r", "1 2 3 4 5", "b", "1 2 3", "c", "1 2"));
        ProvenanceEvaluation.Score s = new ProvenanceEvaluation.Score();
        ProvenanceEvaluation.score(t, List.of(edge("r", "b"), edge("b", "c")), s);
        assertThat(s.parentAccuracy()).isEqualTo(0.5);
        assertThat(s.unambiguousShare()).isEqualTo(0.5);
        assertThat(s.unambiguousParentAccuracy()).isEqualTo(1.0);
    }
}
