package org.stemma.eval.reuse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The peer of the reuse evaluation: Python's {@code difflib.SequenceMatcher} (Ratcliff and
 * Obershelp's gestalt matching: the longest matching block, then recursively the parts left and
 * right of it; with its "autojunk" rule, which ignores as block starts the words of the second
 * text found more than 1% of the time once it has 200 words) over the pair's words, as a PAN
 * baseline would use it: matching blocks of at least {@link #MIN_BLOCK} words, merged when
 * both gaps are at most {@link #MERGE_CHARS} chars, and a merged detection kept when it holds
 * at least {@link #MIN_MATCHED} matched words. Written for this evaluation only.
 */
public final class DifflibBaseline {

    /** Shortest matching block used, in words. */
    public static final int MIN_BLOCK = 3;
    /** Largest gap, in chars in both texts, between blocks merged into one detection. */
    public static final int MERGE_CHARS = 250;
    /** Matched words a merged detection needs. */
    public static final int MIN_MATCHED = 8;

    private DifflibBaseline() {
    }

    /** Detections (source span, suspicious span) between the two texts. */
    public static List<ReuseCase> detect(String source, String suspicious) {
        Tokens a = Tokenizer.tokenize(source);
        Tokens b = Tokenizer.tokenize(suspicious);
        List<int[]> blocks = matchingBlocks(a.hashes(), b.hashes());
        List<ReuseCase> out = new ArrayList<>();
        int[] cur = null;
        int matched = 0;
        for (int[] m : blocks) {
            if (m[2] < MIN_BLOCK) {
                continue;
            }
            if (cur != null && a.start(m[0]) - a.end(cur[1] - 1) <= MERGE_CHARS
                    && b.start(m[1]) - b.end(cur[3] - 1) <= MERGE_CHARS) {
                cur[1] = m[0] + m[2];
                cur[3] = m[1] + m[2];
                matched += m[2];
                continue;
            }
            keep(cur, matched, a, b, out);
            cur = new int[] {m[0], m[0] + m[2], m[1], m[1] + m[2]};
            matched = m[2];
        }
        keep(cur, matched, a, b, out);
        return out;
    }

    private static void keep(int[] d, int matched, Tokens a, Tokens b, List<ReuseCase> out) {
        if (d != null && matched >= MIN_MATCHED) {
            out.add(new ReuseCase(new Span(a.start(d[0]), a.end(d[1] - 1)),
                    new Span(b.start(d[2]), b.end(d[3] - 1))));
        }
    }

    /** difflib's get_matching_blocks: (i, j, size) triples in order, without the final dummy. */
    static List<int[]> matchingBlocks(long[] a, long[] b) {
        Map<Long, int[]> b2j = indexSecond(b);
        List<int[]> found = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int[] m = longestMatch(a, b, b2j, q[0], q[1], q[2], q[3]);
            if (m[2] > 0) {
                found.add(m);
                if (q[0] < m[0] && q[2] < m[1]) {
                    queue.push(new int[] {q[0], m[0], q[2], m[1]});
                }
                if (m[0] + m[2] < q[1] && m[1] + m[2] < q[3]) {
                    queue.push(new int[] {m[0] + m[2], q[1], m[1] + m[2], q[3]});
                }
            }
        }
        found.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        // Adjacent blocks are joined, as difflib does.
        List<int[]> out = new ArrayList<>();
        for (int[] m : found) {
            if (!out.isEmpty()) {
                int[] l = out.get(out.size() - 1);
                if (l[0] + l[2] == m[0] && l[1] + l[2] == m[1]) {
                    l[2] += m[2];
                    continue;
                }
            }
            out.add(m.clone());
        }
        return out;
    }

    /** Positions of each word of b, without the popular ones (difflib's autojunk). */
    private static Map<Long, int[]> indexSecond(long[] b) {
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            lists.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        int popular = b.length / 100 + 1;
        Map<Long, int[]> out = new HashMap<>();
        for (Map.Entry<Long, List<Integer>> e : lists.entrySet()) {
            if (b.length >= 200 && e.getValue().size() > popular) {
                continue;
            }
            out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** difflib's find_longest_match on a[alo:ahi], b[blo:bhi]: {i, j, size}. */
    private static int[] longestMatch(long[] a, long[] b, Map<Long, int[]> b2j,
                                      int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            int[] js = b2j.get(a[i]);
            if (js != null) {
                for (int j : js) {
                    if (j < blo) {
                        continue;
                    }
                    if (j >= bhi) {
                        break;
                    }
                    int k = j2len.getOrDefault(j - 1, 0) + 1;
                    newj2len.put(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            j2len = newj2len;
        }
        // Extend over equal words around the block (popular words included, as difflib does).
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
