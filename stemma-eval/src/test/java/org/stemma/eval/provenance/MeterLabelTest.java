package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.provenance.CandidateGraph;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.TreeMarginals;

class MeterLabelTest {

    /**
     * One group: wire text w, story s derived from w and linked to it, story t derived from w but
     * linked only to s (w sits in its group without an edge into it), story n written without w.
     */
    private static CandidateGraph group() {
        // edges: w->s, s->w, s->t, t->s, w->n, n->w
        int[] from = {0, 1, 1, 2, 0, 3};
        int[] to = {1, 0, 2, 1, 3, 0};
        return new CandidateGraph(List.of("w", "s", "t", "n"), 4, from, to, new double[6][CopyModel.NAMES.size()],
                new boolean[6], new double[6], new double[4][CopyModel.ROOT_NAMES.size()]);
    }

    private static MeterData data() {
        Map<String, MeterData.Story> stories = Map.of(
                "s", new MeterData.Story("wholly", List.of("w"), "line"),
                "t", new MeterData.Story("partially", List.of("w"), "line"),
                "n", new MeterData.Story("non", List.of("w"), "line"));
        return new MeterData(List.of(), stories, Set.of("w"), Map.of("w", "line", "s", "line", "t", "line", "n", "line"));
    }

    @Test
    void aDerivedStoryIsConstrainedOnlyToTheWireTextsWithAnEdgeIntoIt() {
        CopyModelFit.Labelled l = MeterEvaluation.label(group(), data());
        assertThat(l.parents().get(1)).containsExactly(0); // s: its wire is a candidate parent
        assertThat(l.parents().get(2)).isNull(); // t: its wire is in the group but not linked to it
        assertThat(l.parents().get(3)).isEmpty(); // n: no parent
        assertThat(l.root()[3]).isTrue();
        assertThat(l.parents().get(0)).isEmpty(); // w: an original (no other wire text of its catchline)
        assertThat(l.root()[0]).isTrue();
    }

    @Test
    void theGroupKeepsAForestThatRespectsTheGold() {
        CandidateGraph g = group();
        CopyModelFit.Labelled l = MeterEvaluation.label(g, data());
        int m = g.from().length;
        double[] score = new double[m];
        double[] root = new double[g.nodes().size()];
        for (int e = 0; e < m; e++) {
            Set<Integer> ok = l.parents().get(g.to()[e]);
            if (ok != null && !ok.contains(g.from()[e])) {
                score[e] = Double.NEGATIVE_INFINITY;
            }
        }
        for (int v = 0; v < root.length; v++) {
            if (l.parents().get(v) != null && !l.root()[v]) {
                root[v] = Double.NEGATIVE_INFINITY;
            }
        }
        assertThat(TreeMarginals.exact(g.nodes().size(), g.from(), g.to(), score, root).logZ()).isFinite();
    }
}
