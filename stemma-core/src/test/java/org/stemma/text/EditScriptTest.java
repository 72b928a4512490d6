package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditScriptTest {

    @Test
    void marksTheTokensOnlyInOneSequence() {
        EditScript.Result r = EditScript.of(new long[] {1, 2, 3, 4, 5}, new long[] {1, 3, 4, 9, 5}, 10);
        assertThat(r.deleted()).containsExactly(false, true, false, false, false);
        assertThat(r.inserted()).containsExactly(false, false, false, true, false);
        assertThat(r.edits()).isEqualTo(2);
    }

    @Test
    void givesUpPastTheCap() {
        assertThat(EditScript.of(new long[] {1, 2, 3}, new long[] {4, 5, 6}, 5)).isNull();
        assertThat(EditScript.of(new long[] {1, 2, 3}, new long[] {4, 5, 6}, 6).edits()).isEqualTo(6);
        assertThat(EditScript.of(new long[0], new long[0], 0).edits()).isZero();
    }

    /** The edits are a shortest script: kept tokens equal an LCS, and both sides match. */
    @Test
    void isShortestOnRandomSequences() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            long[] a = random(r, r.nextInt(40));
            long[] b = random(r, r.nextInt(40));
            EditScript.Result e = EditScript.of(a, b, a.length + b.length);
            int kept = a.length - count(e.deleted());
            assertThat(b.length - count(e.inserted())).isEqualTo(kept);
            assertThat(kept).isEqualTo(lcs(a, b));
            assertThat(e.edits()).isEqualTo(count(e.deleted()) + count(e.inserted()));
            // Kept tokens are the same sequence on both sides.
            long[] ka = new long[kept];
            long[] kb = new long[kept];
            for (int i = 0, k = 0; i < a.length; i++) {
                if (!e.deleted()[i]) {
                    ka[k++] = a[i];
                }
            }
            for (int j = 0, k = 0; j < b.length; j++) {
                if (!e.inserted()[j]) {
                    kb[k++] = b[j];
                }
            }
            assertThat(ka).containsExactly(kb);
        }
    }

    static long[] random(Random r, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(5);
        }
        return v;
    }

    static int count(boolean[] v) {
        int c = 0;
        for (boolean x : v) {
            c += x ? 1 : 0;
        }
        return c;
    }

    static int lcs(long[] a, long[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
