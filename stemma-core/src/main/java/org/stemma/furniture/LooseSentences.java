package org.stemma.furniture;

import org.stemma.fingerprint.LongList;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.text.Sentences;
import org.stemma.text.Tokens;

/**
 * Which of an article's n-grams may lie in a sentence that the n-grams which may be frequent
 * make frequent, told without cutting the text into sentences: {@link Sentences} ends a sentence
 * only where a line break or a full stop, question or exclamation mark stands between two words
 * (no word holds one), or by cutting a sentence longer than {@link Sentences#MAX_CHARS}. So
 * every sentence is a run of the stretches between such marks, and the n-grams of a sentence
 * covered at least {@link FurnitureParams#UNIT_COVERAGE} are among those of the runs of
 * stretches covered as much: the answer never misses one. A blank line always ends a sentence,
 * so runs stay inside paragraphs; a paragraph longer than {@code MAX_CHARS} may be cut anywhere,
 * and its article must be cut into sentences ({@link #EXACT}). This leans on those rules of
 * {@link Sentences}: LooseSentencesTest compares it with the sentences on random texts, so a
 * change to them that breaks it fails there.
 */
final class LooseSentences {

    /** The answer for an article that must be cut into sentences. */
    static final long[] EXACT = new long[0];

    private LooseSentences() {
    }

    /**
     * The keys of the n-grams (by start word) that {@code maybe} accepts and that lie in a run of
     * stretches they cover enough; null when none does; {@link #EXACT} when the text must be cut
     * into sentences to tell.
     *
     * @param grams the text's n-gram hashes by start word ({@link NgramKeys#ngrams})
     */
    static long[] candidates(String text, Tokens t, long[] grams, int n, boolean[] maybe) {
        int m = t.size();
        int[] starts = t.starts();
        int[] ends = t.ends();
        // Where a sentence may start (word numbers, with m at the end), and where one must.
        int[] at = new int[m + 1];
        boolean[] hard = new boolean[m + 1];
        int k = 0;
        at[k] = 0;
        hard[k++] = true;
        for (int w = 1; w < m; w++) {
            int gap = gap(text, ends[w - 1], starts[w]);
            if (gap != NONE) {
                at[k] = w;
                hard[k++] = gap == BLANK;
            }
        }
        at[k] = m;
        hard[k] = true;
        // Words covered by an n-gram that may be frequent (inside a run or across its edge).
        int[] covered = new int[m + 1];
        int reach = 0;
        for (int w = 0; w < m; w++) {
            if (w < maybe.length && maybe[w]) {
                reach = w + n;
            }
            covered[w + 1] = covered[w] + (w < reach ? 1 : 0);
        }
        int[] mark = new int[m + 1]; // n-grams starting in [a, b) are in a run covered enough
        boolean any = false;
        for (int p = 0; p < k; ) {
            int q = p + 1;
            while (!hard[q]) {
                q++;
            }
            // A unit inside the paragraph holds a whole n-gram; none inside may be frequent: no unit is.
            if (!anyFrom(maybe, at[p], at[q] - n + 1)) {
                p = q;
                continue;
            }
            int from = at[p] == 0 ? 0 : ends[at[p] - 1];
            int to = at[q] == m ? text.length() : starts[at[q]];
            if (to - from > Sentences.MAX_CHARS) {
                return EXACT;
            }
            for (int i = p; i < q; i++) {
                for (int j = i + 1; j <= q; j++) {
                    int a = at[i];
                    int b = at[j];
                    int words = b - a;
                    if (words < n || (double) (covered[b] - covered[a]) / words < FurnitureParams.UNIT_COVERAGE) {
                        continue;
                    }
                    if ((double) coveredInside(maybe, a, b, n) / words >= FurnitureParams.UNIT_COVERAGE) {
                        mark[a]++;
                        mark[b - n + 1]--;
                        any = true;
                    }
                }
            }
            p = q;
        }
        if (!any) {
            return null;
        }
        LongList out = new LongList(16);
        int open = 0;
        for (int g = 0; g < grams.length; g++) {
            open += mark[g];
            if (open > 0 && maybe[g]) {
                out.add(grams[g] & NgramKeys.KEY_MASK);
            }
        }
        return out.size() == 0 ? null : out.toArray();
    }

    /** Whether one of {@code maybe[from..to)} is true. */
    private static boolean anyFrom(boolean[] maybe, int from, int to) {
        for (int g = from; g < to; g++) {
            if (maybe[g]) {
                return true;
            }
        }
        return false;
    }

    /** Words of [a, b) covered by the accepted n-grams inside it ({@link Units#coverageAt}'s count). */
    private static int coveredInside(boolean[] maybe, int a, int b, int n) {
        int covered = 0;
        int reach = a;
        for (int g = a; g + n <= b; g++) {
            if (maybe[g]) {
                covered += g + n - Math.max(g, reach);
                reach = g + n;
            }
        }
        return covered;
    }

    private static final int NONE = 0;
    private static final int MAY_END = 1;
    private static final int BLANK = 2;

    /**
     * What the text between two words says: {@link #BLANK} when it holds a blank line (two line
     * breaks with only white space between: a sentence surely ends), {@link #MAY_END} when it
     * holds a line break or a sentence mark, else {@link #NONE}.
     */
    private static int gap(String text, int from, int to) {
        int out = NONE;
        boolean afterBreak = false; // a line break, then only white space so far
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (afterBreak && !(c == '\n' && text.charAt(i - 1) == '\r')) {
                    return BLANK;
                }
                afterBreak = true;
                out = MAY_END;
            } else if (Character.isWhitespace(c)) {
                continue;
            } else {
                afterBreak = false;
                if (Sentences.isTerminal(c)) {
                    out = MAY_END;
                }
            }
        }
        return out;
    }
}
