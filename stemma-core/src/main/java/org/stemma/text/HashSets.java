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

    /** The values of {@code v} sorted, each once (a new array; {@code v} is not changed). */
    public static long[] of(long[] v) {
        return java.util.Arrays.stream(v).sorted().distinct().toArray();
    }
}
