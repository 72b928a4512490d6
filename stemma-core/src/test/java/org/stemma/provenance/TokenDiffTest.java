package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenDiffTest {

    @Test
    void equalSequencesHaveNoHunk() {
        assertThat(TokenDiff.hunks(new long[] {1, 2, 3}, new long[] {1, 2, 3}, 10)).isEmpty();
    }

    @Test
    void aDeletedRunAndASubstitutionAreTwoHunks() {
        // 1 2 [3 4] 5 [6] 7  ->  1 2 5 [9] 7
        assertThat(TokenDiff.hunks(new long[] {1, 2, 3, 4, 5, 6, 7}, new long[] {1, 2, 5, 9, 7}, 10))
                .containsExactly(new TokenDiff.Hunk(2, 0), new TokenDiff.Hunk(1, 1));
    }

    @Test
    void anInsertionAtTheEndIsOneHunk() {
        assertThat(TokenDiff.hunks(new long[] {1, 2}, new long[] {1, 2, 8, 9}, 10))
                .containsExactly(new TokenDiff.Hunk(0, 2));
    }

    @Test
    void givesUpBeyondTheEditCap() {
        assertThat(TokenDiff.hunks(new long[] {1, 2, 3, 4}, new long[] {5, 6, 7, 8}, 3)).isNull();
    }
}
