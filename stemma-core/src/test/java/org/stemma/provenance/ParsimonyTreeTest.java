package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsimonyTreeTest {

    /** Being a root costs more than any edge here. */
    private static final double[] ROOT = {9, 9, 9};

    @Test
    void takesTheCheapestParentPerArticle() {
        // 0 -> 1 costs 1, 0 -> 2 costs 5, 1 -> 2 costs 2: 2 hangs from 1.
        int[] from = {0, 0, 1, 1, 2, 2};
        int[] to = {1, 2, 2, 0, 0, 1};
        double[] cost = {1, 5, 2, 3, 6, 3};
        ParsimonyTree.Result r = ParsimonyTree.choose(3, from, to, cost, ROOT, new int[] {0, 1, 2}, new int[6][][]);
        assertThat(r.parentEdge()).containsExactly(-1, 0, 2);
    }

    @Test
    void aCopyDoesNotRegainTextItsParentLost() {
        // 0 is the original; 1 cut its tail; 2 carries the tail. 1 -> 2 is cheaper on its own
        // (1 shows fewer differences), but 2 would regain the tail that 0 (outside 2's subtree)
        // also carries, so 2 hangs from 0.
        int[] from = {0, 0, 1, 1, 2, 2};
        int[] to = {1, 2, 2, 0, 0, 1};
        double[] cost = {1, 3, 2, 3, 3, 1};
        int[][][] carriers = new int[6][][];
        carriers[2] = new int[][] {{0}}; // on 1 -> 2, node 2 gains a block that 0 carries too
        carriers[3] = new int[][] {{2}}; // on 1 -> 0, node 0 gains a block that 2 carries too
        ParsimonyTree.Result r = ParsimonyTree.choose(3, from, to, cost, ROOT, new int[] {0, 1, 2}, carriers);
        assertThat(r.parentEdge()[2]).isEqualTo(1); // edge index 1: 0 -> 2
        assertThat(r.parentEdge()[1]).isZero(); // 0 -> 1
    }

    @Test
    void equalCostsHangCopiesFromTheLowerRankedSource() {
        // Three identical texts: every edge costs 0; all hang from rank 0 (node 1).
        int[] from = {0, 0, 1, 1, 2, 2};
        int[] to = {1, 2, 0, 2, 0, 1};
        double[] cost = new double[6];
        ParsimonyTree.Result r = ParsimonyTree.choose(3, from, to, cost, ROOT, new int[] {2, 0, 1}, new int[6][][]);
        assertThat(r.parentEdge()).containsExactly(2, -1, 3);
    }
}
