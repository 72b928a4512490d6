package org.stemma.provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * The hunks of a shortest edit script between two token sequences (Myers' O((N+M)·D) diff):
 * each hunk is a maximal run of tokens deleted from the first sequence and/or inserted into the
 * second at one place. Near-identical passages (the usual case between copies) cost little; an
 * edit distance above a cap gives up and returns null, so a badly aligned passage cannot make
 * the provenance stage quadratic.
 */
final class TokenDiff {

    /** One place where the sequences differ: tokens only in the first, tokens only in the second. */
    record Hunk(int deleted, int inserted) {
    }

    private TokenDiff() {
    }

    /** The hunks turning {@code a} into {@code b}, or null if more than {@code maxEdits} token edits apart. */
    static List<Hunk> hunks(long[] a, long[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int max = Math.min(n + m, maxEdits);
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
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
        // Walk back through the trace, marking each edit; then group edits between matches.
        boolean[] del = new boolean[n];
        boolean[] ins = new boolean[m];
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = k == -d || k != d && pv[off + k - 1] < pv[off + k + 1] ? k + 1 : k - 1;
            int prevX = pv[off + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
            }
            if (prevK == k + 1) {
                ins[prevY] = true;
            } else {
                del[prevX] = true;
            }
            x = prevX;
            y = prevY;
        }
        List<Hunk> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int dd = 0;
            int ii = 0;
            while (i < n && del[i] || j < m && ins[j]) {
                if (i < n && del[i]) {
                    dd++;
                    i++;
                } else {
                    ii++;
                    j++;
                }
            }
            if (dd + ii > 0) {
                out.add(new Hunk(dd, ii));
            } else {
                i++;
                j++;
            }
        }
        return out;
    }
}
