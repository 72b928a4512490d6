package org.stemma.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.eval.reuse.EvidenceCrossValidation.Counts;
import org.stemma.eval.reuse.EvidenceCrossValidation.Role;
import org.stemma.eval.reuse.EvidenceCrossValidation.Unit;

class EvidenceCrossValidationTest {

    /** Two settings (0, 1) and the peer (2). */
    private static Unit unit(Role role, int fold, boolean s0, boolean s1, boolean peer) {
        return new Unit(role, fold, new boolean[] {s0, s1, peer});
    }

    @Test
    void countsASettingOnTheChosenFoldsOnly() {
        List<Unit> units = List.of(
                unit(Role.GVA_WITHIN, 0, true, true, false),
                unit(Role.GVA_ACROSS, 0, true, false, false),
                unit(Role.GVA_WITHIN, 1, true, false, false),
                unit(Role.SEMEVAL_DIFFERENT, 0, true, false, false),
                unit(Role.SEMEVAL_SAME, 1, false, true, false),
                unit(Role.METER_DERIVED, 0, true, false, true),
                unit(Role.METER_DERIVED, 1, false, false, true));
        Counts fold0 = EvidenceCrossValidation.counts(units, 0, 2, f -> f == 0);
        assertThat(fold0).isEqualTo(new Counts(1, 1, 0, 0, 1, 1, 1, 1, 1));
        Counts all1 = EvidenceCrossValidation.counts(units, 1, 2, f -> true);
        assertThat(all1).isEqualTo(new Counts(1, 0, 1, 1, 0, 1, 0, 2, 2));
        assertThat(all1.acrossShare()).isZero();
        assertThat(fold0.acrossShare()).isEqualTo(0.5);
    }

    @Test
    void floorsAreTheIssuesScaledToTheFoldsShare() {
        // 160 within, 10 across (5.9%): met when the share asks >= 120 (0.8 x 150), not when it asks 150+ of 170.
        Counts c = new Counts(160, 10, 5, 10, 0, 100, 50, 50, 80);
        assertThat(c.floorsMet(0.8)).isEqualTo(3);
        assertThat(new Counts(100, 10, 5, 10, 0, 100, 50, 50, 80).floorsMet(0.8)).isEqualTo(2);
        assertThat(new Counts(160, 10, 5, 10, 2, 100, 49, 50, 80).floorsMet(0.8)).isEqualTo(1);
    }

    @Test
    void foldsAreStableAndInRange() {
        for (String key : List.of("a", "incident-17", "1484012137\t1484043572")) {
            int f = EvidenceCrossValidation.fold(key, 5);
            assertThat(f).isBetween(0, 4).isEqualTo(EvidenceCrossValidation.fold(key, 5));
        }
    }
}
