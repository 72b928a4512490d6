package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.provenance.CandidateGraph;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;

class ConfidenceCalibrationTest {

    /** 100 stories, each given the wire text w as parent at a stated 0.9; only 60 of them come from w. */
    private static MeterData overconfident(Map<String, Derivation> ds, Map<String, Integer> fold) {
        Map<String, MeterData.Story> stories = new HashMap<>();
        Map<String, String> catchline = new HashMap<>();
        catchline.put("w", "line");
        for (int i = 0; i < 100; i++) {
            String id = "np-" + i;
            boolean right = i % 5 < 3;
            stories.put(id, new MeterData.Story(right ? "wholly" : "non", right ? List.of("w") : List.of(), "line"));
            catchline.put(id, "line");
            ds.put(id, new Derivation("w", id, DerivationKind.PARTIAL, false, 0.9, true, List.of(), null, 0));
            fold.put(id, i % 4);
        }
        return new MeterData(List.of(), stories, Set.of("w"), catchline);
    }

    @Test
    void overconfidentDerivationsAreStatedNearTheirObservedRateOutOfFold() {
        Map<String, Derivation> raw = new HashMap<>();
        Map<String, Integer> fold = new HashMap<>();
        MeterData data = overconfident(raw, fold);
        Map<String, Derivation> cal = ConfidenceCalibration.outOfFold(data, raw, fold, 4, 0.5);
        assertThat(cal).hasSize(100);
        for (Derivation d : cal.values()) {
            assertThat(d.confidence()).isBetween(0.55, 0.65);
            assertThat(d.directed()).isTrue();
        }
    }

    @Test
    void belowTheThresholdAfterCalibrationADerivationIsUndirected() {
        Derivation d = new Derivation("w", "np-1", DerivationKind.PARTIAL, false, 0.6, true, List.of(), "x", 0.3);
        Derivation c = ConfidenceCalibration.calibrated(d, new CopyModel.Calibration(1, -1), 0.5);
        assertThat(c.confidence()).isLessThan(0.5);
        assertThat(c.directed()).isFalse();
        assertThat(c.runnerUpWeight()).isLessThan(0.3);
        assertThat(ConfidenceCalibration.calibrated(d, CopyModel.Calibration.NONE, 0.5).confidence()).isEqualTo(0.6);
    }

    @Test
    void constructedFamiliesConstrainEachArticleToItsTrueParent() {
        // nodes: a (original), b (copy of a), c (copy of b), external:X
        CandidateGraph g = new CandidateGraph(List.of("a", "b", "c", "external:X"), 3, new int[] {0, 1, 1, 2},
                new int[] {1, 0, 2, 1}, new double[4][CopyModel.NAMES.size()], new boolean[4], new double[4],
                new double[3][CopyModel.ROOT_NAMES.size()]);
        CopyModelFit.Labelled l = ConstructedTraining.label(g, Map.of("b", "a", "c", "b"));
        assertThat(l.parents().get(0)).isEmpty();
        assertThat(l.root()[0]).isTrue();
        assertThat(l.parents().get(1)).containsExactly(0);
        assertThat(l.root()[1]).isFalse();
        assertThat(l.parents().get(2)).containsExactly(1);
        assertThat(l.parents().get(3)).isNull();
    }
}
