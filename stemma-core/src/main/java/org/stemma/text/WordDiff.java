package org.stemma.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two short texts (quotations, passages) by longest common subsequence over
 * normalised terms. Segments carry the words as written; whitespace and punctuation between
 * words are not diffed. Quadratic in the word counts, so meant for passages of up to a few
 * thousand words.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /** The edits that turn {@code from} into {@code to}, consecutive same-op words merged. */
    public static List<DiffSegment> diff(String from, String to) {
        Tokens a = Tokenizer.tokenize(from);
        Tokens b = Tokenizer.tokenize(to);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.hash(i) == b.hash(j) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffSegment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.hash(i) == b.hash(j)) {
                add(out, DiffSegment.Op.EQUAL, b.text().substring(b.start(j), b.end(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, DiffSegment.Op.INSERT, b.text().substring(b.start(j), b.end(j)));
                j++;
            } else {
                add(out, DiffSegment.Op.DELETE, a.text().substring(a.start(i), a.end(i)));
                i++;
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<DiffSegment> out, DiffSegment.Op op, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            DiffSegment last = out.remove(out.size() - 1);
            out.add(new DiffSegment(op, last.text() + " " + word));
        } else {
            out.add(new DiffSegment(op, word));
        }
    }
}
