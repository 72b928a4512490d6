package org.stemma.fingerprint;

import java.util.Arrays;

/**
 * The common phrases of a batch: n-grams carried by more than {@code commonDf} groups of
 * articles that share nothing else. Articles joined by a strong pair (sharing at least
 * {@link #STRONG_SHARED} rare n-grams: a copied paragraph or more) are one group, so a wire
 * text, its updates and the stories made from it count once however many there are, while a
 * cliché carried by unrelated reports counts once per report.
 *
 * <p>Fed group by group from the sorted (n-gram, document) keys of {@link CandidatePairs};
 * keeps only the documents of n-grams above {@code commonDf}. Not thread-safe.
 */
final class CommonNgrams {

    /** Rare n-grams two articles must share to be one group (about 25 words of shared text). */
    static final int STRONG_SHARED = 20;

    private final int commonDf;
    private final LongList keys = new LongList(64);
    private final LongList starts = new LongList(64);
    private int[] docs = new int[256];
    private int size;

    CommonNgrams(int commonDf) {
        this.commonDf = commonDf;
        starts.add(0);
    }

    /** One n-gram's documents: {@code packed[from..to)}, distinct, all with the same key. */
    void offer(long[] packed, int from, int to, long keyMask, long docMask) {
        if (to - from <= commonDf) {
            return;
        }
        keys.add(packed[from] & keyMask);
        if (size + to - from > docs.length) {
            docs = Arrays.copyOf(docs, Math.max(docs.length * 2, size + to - from));
        }
        for (int x = from; x < to; x++) {
            docs[size++] = (int) (packed[x] & docMask);
        }
        starts.add(size);
    }

    /**
     * The 40-bit keys, sorted, of the n-grams whose documents fall in more than {@code commonDf}
     * groups, given the strong pairs ({@code (i << 32) | j}).
     */
    long[] common(long[] strongPairs, int documents) {
        int[] parent = new int[documents];
        for (int i = 0; i < documents; i++) {
            parent[i] = i;
        }
        for (long p : strongPairs) {
            int a = root(parent, (int) (p >>> 32));
            int b = root(parent, (int) p);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        LongList out = new LongList(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            int[] ds = Arrays.copyOfRange(docs, (int) starts.get(k), (int) starts.get(k + 1));
            if (CandidatePairs.isCommon(ds, d -> root(parent, d), commonDf)) {
                out.add(keys.get(k));
            }
        }
        return out.toArray();
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
