package org.stemma.align.paraphrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder.Params;
import org.stemma.fingerprint.LongList;
import org.stemma.fingerprint.NgramKeys;

/**
 * The paraphrase finder's candidate pairs before the pair test: for each article, the
 * {@link Params#neighbours} others sharing the most weight of rare name and number keys (keys
 * in 2..{@link Params#maxKeyDf} articles, at least {@link Params#minSharedKeys} shared). An
 * inverted index over one sorted array of packed entries; no model involved.
 */
final class RareKeyPairs {

    /**
     * Low 24 bits of a key entry hold the article index; keys are compared on their upper 40
     * bits (a rare collision merges two keys, which only adds a weak shared key).
     */
    private static final long DOC_MASK = NgramKeys.DOC_MASK;

    private RareKeyPairs() {
    }

    /**
     * Candidate pairs {@code (i << 32) | j}, {@code i < j}, sorted and distinct.
     *
     * @param keys each article's keys, sorted and distinct
     * @param ids  each article's id (ties in the ranking go to the smaller id, so the choice
     *             does not depend on the input order)
     */
    static long[] pairs(long[][] keys, IntFunction<String> ids, Params params) {
        int n = keys.length;
        if (n > DOC_MASK + 1) {
            throw new IllegalArgumentException("at most " + (DOC_MASK + 1) + " articles per call");
        }
        // (key prefix | article) for every key of every article, sorted: equal keys adjacent
        int total = 0;
        for (long[] k : keys) {
            total += k.length;
        }
        long[] entries = new long[total];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (long k : keys[i]) {
                entries[e++] = (k & ~DOC_MASK) | i;
            }
        }
        Arrays.sort(entries);
        // rare keys: groups of 2..maxKeyDf entries; per article, the rare groups it is in (CSR)
        int[] groupFrom = new int[16];
        int[] groupTo = new int[16];
        int groups = 0;
        int[] perDoc = new int[n + 1];
        for (int s = 0; s < total; ) {
            int t = s + 1;
            while (t < total && (entries[t] & ~DOC_MASK) == (entries[s] & ~DOC_MASK)) {
                t++;
            }
            if (t - s >= 2 && t - s <= params.maxKeyDf()) {
                if (groups == groupFrom.length) {
                    groupFrom = Arrays.copyOf(groupFrom, groups * 2);
                    groupTo = Arrays.copyOf(groupTo, groups * 2);
                }
                groupFrom[groups] = s;
                groupTo[groups++] = t;
                for (int x = s; x < t; x++) {
                    perDoc[(int) (entries[x] & DOC_MASK) + 1]++;
                }
            }
            s = t;
        }
        for (int i = 0; i < n; i++) {
            perDoc[i + 1] += perDoc[i];
        }
        int[] docGroups = new int[perDoc[n]];
        int[] fill = Arrays.copyOf(perDoc, n);
        for (int g = 0; g < groups; g++) {
            for (int x = groupFrom[g]; x < groupTo[g]; x++) {
                docGroups[fill[(int) (entries[x] & DOC_MASK)]++] = g;
            }
        }
        LongList pairs = new LongList(64);
        long[] score = new long[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int nt = 0;
            for (int q = perDoc[i]; q < perDoc[i + 1]; q++) {
                int g = docGroups[q];
                int from = groupFrom[g];
                int to = groupTo[g];
                long idf = EmbeddingParaphraseFinder.keyWeight(n, to - from);
                for (int x = from; x < to; x++) {
                    int j = (int) (entries[x] & DOC_MASK);
                    if (j == i) {
                        continue;
                    }
                    if (shared[j] == 0) {
                        touched[nt++] = j;
                    }
                    shared[j]++;
                    score[j] += idf;
                }
            }
            int[] partners = best(ids, touched, nt, shared, score, params);
            for (int t = 0; t < nt; t++) {
                shared[touched[t]] = 0;
                score[touched[t]] = 0;
            }
            for (int j : partners) {
                pairs.add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
            }
        }
        long[] cand = pairs.toArray();
        Arrays.sort(cand);
        return Arrays.stream(cand).distinct().toArray();
    }

    /**
     * Indexes among touched[0..nt) sharing enough keys, best scores first (ties: smaller
     * article id, so that the choice does not depend on the input order), at most K.
     */
    private static int[] best(IntFunction<String> ids, int[] touched, int nt, int[] shared, long[] score,
                              Params params) {
        List<Integer> ok = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            if (shared[touched[t]] >= params.minSharedKeys()) {
                ok.add(touched[t]);
            }
        }
        ok.sort((x, y) -> score[y] != score[x] ? Long.compare(score[y], score[x])
                : ids.apply(x).compareTo(ids.apply(y)));
        return ok.stream().limit(params.neighbours()).mapToInt(Integer::intValue).toArray();
    }

    /** An article's name and number keys (sorted, distinct). */
    static long[] keysOf(SentenceFeatures[] features) {
        int total = 0;
        for (SentenceFeatures f : features) {
            total += f.names.length + f.numbers.length;
        }
        long[] all = new long[total];
        int k = 0;
        for (SentenceFeatures f : features) {
            for (long h : f.names) {
                all[k++] = h;
            }
            for (long h : f.numbers) {
                all[k++] = h ^ 0x9E3779B97F4A7C15L; // numbers and names never collide
            }
        }
        return org.stemma.text.HashSets.of(all);
    }
}
