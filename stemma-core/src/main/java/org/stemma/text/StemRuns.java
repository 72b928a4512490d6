package org.stemma.text;

/**
 * Two measures of how much two sequences of stems or word hashes share: the longest shared run
 * (a quote family's containment of a trimmed quote) and the longest common subsequence (an
 * edited quote; the paraphrase evidence rule's "same words"). Two rolling rows of ints, no
 * allocation per cell.
 */
public final class StemRuns {

    private StemRuns() {
    }

    /** Length of the longest run of consecutive equal stems the two sequences share. */
    public static int longestRun(long[] a, long[] b) {
        int m = b.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int best = 0;
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    /** Length of the longest common subsequence of the two stem (or word hash) sequences. */
    public static int lcs(long[] a, long[] b) {
        int n = a.length;
        int m = b.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
