package org.stemma.text;

/**
 * Sets of 64-bit hashes (of words, names, keys) held as sorted arrays of distinct values, so
 * that comparing two is one merge scan without allocation.
 */
public final class HashSets {

    private HashSets() {
    }

    /** Number of values the two sorted distinct arrays share. */
    public static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                c++;
                i++;
                j++;
            }
        }
        return c;
    }

    /**
     * The values of {@code v} sorted, each once (a new array; {@code v} is not changed). A sort
     * and one pass, where a stream's {@code sorted().distinct()} boxes every value.
     */
    public static long[] of(long[] v) {
        return of(v, v.length);
    }

    /** As {@link #of(long[])}, of the first {@code n} values of {@code v}. */
    public static long[] of(long[] v, int n) {
        long[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < s.length; i++) {
            if (m == 0 || s[i] != s[m - 1]) {
                s[m++] = s[i];
            }
        }
        return m == s.length ? s : java.util.Arrays.copyOf(s, m);
    }
}
