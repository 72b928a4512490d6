package org.stemma.provenance;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.EditScript;

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
        EditScript.Result r = EditScript.of(a, b, maxEdits);
        if (r == null) {
            return null;
        }
        boolean[] del = r.deleted();
        boolean[] ins = r.inserted();
        int n = a.length;
        int m = b.length;
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
