package org.stemma.text;

/**
 * A shortest edit script between two token sequences (Myers' O((N+M)·D) greedy diff, "An O(ND)
 * Difference Algorithm and Its Variations", 1986): which tokens of the first are deleted and
 * which of the second are inserted. Near-identical sequences, the usual case between copies,
 * cost little; past {@code maxEdits} edits it gives up (null) so one badly matched pair cannot
 * make a caller quadratic. The trace keeps one frontier per edit, {@code D²} ints in all.
 */
public final class EditScript {

    /**
     * @param deleted  {@code deleted[i]}: token i of the first sequence is not in the second
     * @param inserted {@code inserted[j]}: token j of the second sequence is not in the first
     * @param edits    number of deleted plus inserted tokens
     */
    public record Result(boolean[] deleted, boolean[] inserted, int edits) {
    }

    private EditScript() {
    }

    /** The edits turning {@code a} into {@code b}, or null if more than {@code maxEdits} apart. */
    public static Result of(long[] a, long[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int max = Math.min(n + m, Math.max(0, maxEdits));
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        int[][] trace = new int[max + 1][];
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            // Frontier before round d, diagonals -d+1..d-1 (the only ones round d reads).
            trace[d] = new int[2 * d + 1];
            System.arraycopy(v, off - d, trace[d], 0, 2 * d + 1);
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        boolean[] del = new boolean[n];
        boolean[] ins = new boolean[m];
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace[d];
            int k = x - y;
            boolean down = k == -d || k != d && at(pv, d, k - 1) < at(pv, d, k + 1);
            int prevK = down ? k + 1 : k - 1;
            int prevX = at(pv, d, prevK);
            int prevY = prevX - prevK;
            if (down) {
                ins[prevY] = true;
            } else {
                del[prevX] = true;
            }
            x = prevX;
            y = prevY;
        }
        return new Result(del, ins, found);
    }

    /** Frontier value on diagonal k as it stood before round d. */
    private static int at(int[] frontier, int d, int k) {
        return frontier[k + d];
    }
}
