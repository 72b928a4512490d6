package org.stemma.align;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.EditScript;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The word diff of a passage pair, as a reader wants it beside one copied region: runs of kept
 * words and the places where words were replaced, deleted or inserted. It is a pure function
 * of the two texts and the two spans, so the JSON report, the store and Spark derive the same
 * diff from the same link without storing it. Words are compared as the tokenizer normalises
 * them (case, quotes, dashes).
 */
public final class PassageOps {

    /**
     * Word edits past which no diff is given: the passage is then too far from a copy to read as
     * one (a paraphrase or a heavily reordered region), and the diff's trace would grow with the
     * square of the edits.
     */
    public static final int MAX_EDITS = 1000;

    private PassageOps() {
    }

    /**
     * The diff from span {@code a} of {@code textA} to span {@code b} of {@code textB}, or null
     * when the spans do not fit the texts or the words are more than {@link #MAX_EDITS} edits
     * apart.
     */
    public static List<EditOp> of(String textA, Span a, String textB, Span b) {
        if (a.end() > textA.length() || b.end() > textB.length()) {
            return null;
        }
        Tokens ta = Tokenizer.tokenize(a.of(textA));
        Tokens tb = Tokenizer.tokenize(b.of(textB));
        EditScript.Result r = EditScript.of(ta.hashes(), tb.hashes(), MAX_EDITS);
        if (r == null) {
            return null;
        }
        List<EditOp> out = new ArrayList<>();
        int n = ta.size();
        int m = tb.size();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int i0 = i;
            int j0 = j;
            if (i < n && j < m && !r.deleted()[i] && !r.inserted()[j]) {
                while (i < n && j < m && !r.deleted()[i] && !r.inserted()[j]) {
                    i++;
                    j++;
                }
                out.add(op(EditOp.Kind.EQUAL, ta, a.start(), i0, i, tb, b.start(), j0, j));
                continue;
            }
            while (i < n && r.deleted()[i] || j < m && r.inserted()[j]) {
                if (i < n && r.deleted()[i]) {
                    i++;
                } else {
                    j++;
                }
            }
            EditOp.Kind k = i > i0 && j > j0 ? EditOp.Kind.REPLACE
                    : i > i0 ? EditOp.Kind.DELETE : EditOp.Kind.INSERT;
            out.add(op(k, ta, a.start(), i0, i, tb, b.start(), j0, j));
        }
        return out;
    }

    /** Words changed in a and in b: the replaced, deleted and inserted ones. */
    public static int changedWords(List<EditOp> ops, String textA, String textB) {
        int changed = 0;
        for (EditOp o : ops) {
            if (o.op() != EditOp.Kind.EQUAL) {
                changed += Math.max(Tokenizer.tokenize(o.a().of(textA)).size(),
                        Tokenizer.tokenize(o.b().of(textB)).size());
            }
        }
        return changed;
    }

    /** Tokens [from, to) of each side as char spans in the articles; an empty side at its place. */
    private static EditOp op(EditOp.Kind k, Tokens ta, int baseA, int i0, int i1,
                             Tokens tb, int baseB, int j0, int j1) {
        return new EditOp(k, span(ta, baseA, i0, i1), span(tb, baseB, j0, j1));
    }

    private static Span span(Tokens t, int base, int from, int to) {
        if (to > from) {
            return new Span(base + t.start(from), base + t.end(to - 1));
        }
        // No words on this side: the edit sits after the previous word (or before the first).
        int at = from > 0 ? t.end(from - 1) : t.size() > 0 ? t.start(0) : 0;
        return new Span(base + at, base + at);
    }
}
