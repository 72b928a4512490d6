package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HeapArborescenceTest {

    @Test
    void findsArborescencesAsHeavyAsThePlainContraction() {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(14);
            int extra = random.nextInt(4 * n);
            int m = (n - 1) + extra;
            int[] from = new int[m];
            int[] to = new int[m];
            double[] w = new double[m];
            // Root 0 reaches every node; weights from a few values, so that ties are common.
            for (int v = 1; v < n; v++) {
                from[v - 1] = 0;
                to[v - 1] = v;
                w[v - 1] = random.nextInt(3) - 1;
            }
            for (int e = n - 1; e < m; e++) {
                from[e] = random.nextInt(n);
                to[e] = 1 + random.nextInt(n - 1);
                w[e] = random.nextInt(6) + (random.nextBoolean() ? 0.5 : 0);
            }
            int[] plain = Branching.arborescence(n, 0, from, to, w);
            int[] heaps = HeapArborescence.maximum(n, 0, from, to, w);
            assertValid(heaps, n, from, to);
            assertThat(total(heaps, w)).as("round %d", round).isCloseTo(total(plain, w), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aLongChainOfTiesNeedsNoDeepRecursion() {
        int n = 200_001;
        int m = 2 * (n - 2) + (n - 1);
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (int v = 1; v < n - 1; v++) {
            from[k] = v;
            to[k] = v + 1;
            w[k++] = 1;
            from[k] = v + 1;
            to[k] = v;
            w[k++] = 1;
        }
        for (int v = 1; v < n; v++) {
            from[k] = 0;
            to[k] = v;
            w[k++] = -5;
        }
        int[] in = HeapArborescence.maximum(n, 0, from, to, w);
        assertValid(in, n, from, to);
        assertThat(total(in, w)).isEqualTo(n - 2 - 5.0);
    }

    @Test
    void anUnreachableNodeIsRefused() {
        assertThatThrownBy(() -> HeapArborescence.maximum(3, 0, new int[] {0}, new int[] {1}, new double[] {1}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unreachable");
    }

    private static double total(int[] in, double[] w) {
        double t = 0;
        for (int e : in) {
            if (e >= 0) {
                t += w[e];
            }
        }
        return t;
    }

    /** Every node but the root has an entering edge into it, and following them reaches the root. */
    private static void assertValid(int[] in, int n, int[] from, int[] to) {
        assertThat(in[0]).isEqualTo(-1);
        for (int v = 1; v < n; v++) {
            assertThat(in[v]).isGreaterThanOrEqualTo(0);
            assertThat(to[in[v]]).isEqualTo(v);
        }
        // 0 unseen, 1 on the current walk, 2 known to reach the root.
        int[] state = new int[n];
        state[0] = 2;
        int[] walk = new int[n];
        for (int v = 1; v < n; v++) {
            int len = 0;
            int u = v;
            while (state[u] == 0) {
                state[u] = 1;
                walk[len++] = u;
                u = from[in[u]];
            }
            assertThat(state[u]).as("a cycle through %d", u).isEqualTo(2);
            for (int i = 0; i < len; i++) {
                state[walk[i]] = 2;
            }
        }
    }
}
