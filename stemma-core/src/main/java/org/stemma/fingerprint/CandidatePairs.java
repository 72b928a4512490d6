package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Batch candidate generation over the fingerprints of a whole corpus, sub-quadratic:
 *
 * <ol>
 *   <li><b>Exact duplicates</b>: texts with the same content hash form a group. A group larger
 *       than {@code clusterLimit} is collapsed to a star: every member is paired with the
 *       group's first document only (reported in {@link Result#duplicateStars()}), and only that
 *       first document takes part in the steps below. 10,000 identical copies thus cost 9,999
 *       pairs, not 50 million.</li>
 *   <li><b>Near duplicates</b>: documents sharing an LSH band key of their MinHash signature.
 *       A bucket of up to {@code clusterLimit} documents yields all its pairs; a larger bucket
 *       yields a star from its first document.</li>
 *   <li><b>Partial reuse</b> (the passim idea): word n-grams that occur in at least 2 and at most
 *       {@code maxDf} documents seed pairs; a pair becomes a candidate when it shares at least
 *       {@code minSharedNgrams} such rare n-grams. N-grams in more than {@code maxDf} documents
 *       (boilerplate, formulae) are dropped, which bounds the work per n-gram.</li>
 * </ol>
 *
 * <p>Work is sorting of packed {@code long} arrays: a key's top 40 bits and a document number in
 * the low 24 bits (so at most 16,777,215 documents per batch). Two different keys collide on 40
 * bits with negligible probability, and a collision can only add a candidate, which alignment
 * then rejects.
 */
public final class CandidatePairs {

    /** Largest document number that fits the packed representation. */
    public static final int MAX_DOCS = (1 << 24) - 1;
    private static final long DOC_MASK = NgramKeys.DOC_MASK;
    private static final long KEY_MASK = NgramKeys.KEY_MASK;

    /**
     * @param pairs          candidate pairs {@code (i << 32) | j}, {@code i < j}, sorted, distinct
     * @param duplicateStars pairs {@code (first << 32) | member} of collapsed exact-duplicate
     *                       groups (every member of a group larger than clusterLimit with the
     *                       group's first document)
     * @param commonNgrams   40-bit keys ({@code hash & ~0xFFFFFF}) of the n-grams found in more
     *                       documents than the {@code commonDf} asked for, sorted (empty if none
     *                       was asked)
     */
    public record Result(long[] pairs, long[] duplicateStars, long[] commonNgrams) {
        public Result(long[] pairs, long[] duplicateStars) {
            this(pairs, duplicateStars, new long[0]);
        }
    }

    private CandidatePairs() {
    }

    /**
     * Candidate pairs among {@code fps} (indexes into the array).
     *
     * @param maxDf           drop n-grams found in more documents than this
     * @param minSharedNgrams rare n-grams a pair must share to be a candidate
     * @param clusterLimit    largest group or bucket whose pairs are all generated
     */
    public static Result generate(Fingerprint[] fps, int maxDf, int minSharedNgrams,
                                  int clusterLimit) {
        return generate(fps, maxDf, minSharedNgrams, clusterLimit, Integer.MAX_VALUE);
    }

    /**
     * As {@link #generate(Fingerprint[], int, int, int)}, also listing the n-grams found in more
     * than {@code commonDf} documents ({@link Result#commonNgrams()}).
     */
    public static Result generate(Fingerprint[] fps, int maxDf, int minSharedNgrams,
                                  int clusterLimit, int commonDf) {
        return generate(fps, i -> fps[i].ngrams(), maxDf, minSharedNgrams, clusterLimit, commonDf);
    }

    /**
     * As {@link #generate(Fingerprint[], int, int, int, int)}, with each document's n-grams given by
     * {@code ngramsOf} (asked twice per document; the fingerprints' own are not read): a caller
     * that keeps the tokens need not hold every document's n-grams at once besides the sorted
     * array made of them.
     */
    public static Result generate(Fingerprint[] fps, IntFunction<long[]> ngramsOf, int maxDf, int minSharedNgrams,
                                  int clusterLimit, int commonDf) {
        return generate(fps, ngramsOf, null, maxDf, minSharedNgrams, clusterLimit, commonDf);
    }

    /**
     * As {@link #generate(Fingerprint[], IntFunction, int, int, int, int)}, given the documents'
     * n-grams already sorted ({@link NgramKeys} of the same n-grams {@code ngramsOf} gives, as the
     * furniture stage hands them on; taken here and let go), or null to make them.
     */
    public static Result generate(Fingerprint[] fps, IntFunction<long[]> ngramsOf, NgramKeys sorted, int maxDf,
                                  int minSharedNgrams, int clusterLimit, int commonDf) {
        int n = fps.length;
        if (n > MAX_DOCS) {
            throw new IllegalArgumentException("too many documents in one batch: " + n);
        }
        LongList pairs = new LongList(n * 4);
        LongList stars = new LongList(16);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        collapseExactDuplicates(fps, clusterLimit, active, pairs, stars);
        lshPairs(fps, active, clusterLimit, pairs);
        CommonNgrams common = commonDf == Integer.MAX_VALUE ? null : new CommonNgrams(commonDf);
        long[] commonKeys = ngramPairs(fps, ngramsOf, sorted, active, maxDf, minSharedNgrams, pairs, common);
        return new Result(distinctSorted(pairs.toArray()), stars.toArray(), commonKeys);
    }

    private static void collapseExactDuplicates(Fingerprint[] fps, int clusterLimit,
                                                boolean[] active, LongList pairs, LongList stars) {
        int n = fps.length;
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (fps[i].tokenCount() > 0) {
                packed[m++] = (fps[i].contentHash() & KEY_MASK) | i;
            }
        }
        packed = Arrays.copyOf(packed, m);
        Arrays.parallelSort(packed);
        for (int g = 0; g < m; ) {
            int e = groupEnd(packed, g);
            if (e - g > 1) {
                int first = (int) (packed[g] & DOC_MASK);
                for (int x = g + 1; x < e; x++) {
                    int member = (int) (packed[x] & DOC_MASK);
                    if (e - g > clusterLimit) {
                        stars.add(((long) first << 32) | member);
                        active[member] = false;
                    }
                }
            }
            g = e;
        }
    }

    private static void lshPairs(Fingerprint[] fps, boolean[] active, int clusterLimit,
                                 LongList pairs) {
        LongList keys = new LongList(fps.length * 8);
        for (int i = 0; i < fps.length; i++) {
            if (!active[i]) {
                continue;
            }
            for (long k : fps[i].bandKeys()) {
                keys.add((k & KEY_MASK) | i);
            }
        }
        long[] packed = keys.toArray();
        Arrays.parallelSort(packed);
        for (int g = 0; g < packed.length; ) {
            int e = groupEnd(packed, g);
            int size = e - g;
            if (size > 1) {
                if (size <= clusterLimit) {
                    allPairs(packed, g, e, pairs);
                } else {
                    int first = (int) (packed[g] & DOC_MASK);
                    for (int x = g + 1; x < e; x++) {
                        pairs.add(pair(first, (int) (packed[x] & DOC_MASK)));
                    }
                }
            }
            g = e;
        }
    }

    private static boolean allTrue(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the rare-n-gram pairs; returns the common n-grams' keys (empty without {@code common}).
     * The sorted n-grams are taken from {@code sorted} when given for these documents, else made.
     */
    private static long[] ngramPairs(Fingerprint[] fps, IntFunction<long[]> ngramsOf, NgramKeys sorted,
                                     boolean[] active, int maxDf, int minShared, LongList pairs,
                                     CommonNgrams common) {
        long[] packed = sorted == null || sorted.documents() != fps.length ? null : sorted.take(allTrue(active) ? null : active);
        int m;
        if (packed == null) {
            packed = sortedNgrams(fps, ngramsOf, active);
            m = packed.length;
        } else {
            m = sorted.size();
        }
        LongList seeds = new LongList(1024);
        // Drop repeats of an n-gram inside one document: df counts documents.
        int u = 0;
        for (int x = 0; x < m; x++) {
            if (x == 0 || packed[x] != packed[x - 1]) {
                packed[u++] = packed[x];
            }
        }
        m = u;
        for (int g = 0; g < m; ) {
            int e = groupEnd(packed, g, m);
            int df = e - g;
            if (df >= 2 && df <= maxDf) {
                allPairs(packed, g, e, seeds);
            }
            if (common != null) {
                common.offer(packed, g, e, KEY_MASK, DOC_MASK);
            }
            g = e;
        }
        packed = null;
        long[] s = seeds.toArray();
        Arrays.parallelSort(s);
        LongList strong = new LongList(common == null ? 0 : 1024);
        for (int x = 0; x < s.length; ) {
            int y = x + 1;
            while (y < s.length && s[y] == s[x]) {
                y++;
            }
            if (y - x >= minShared) {
                pairs.add(s[x]);
            }
            if (common != null && y - x >= CommonNgrams.STRONG_SHARED) {
                strong.add(s[x]);
            }
            x = y;
        }
        return common == null ? new long[0] : common.common(strong.toArray(), fps.length);
    }

    /**
     * Every active document's n-grams, packed with its number and sorted: dealt straight into the
     * buckets of {@link HashSort} (a count, then a deal), so that no second array of all the
     * n-grams is needed, as sorting a packed array would (at 100k articles some 75 million
     * n-grams, 600 MB each). The buckets are chosen for the documents' tokens, a bound of their
     * n-grams known before any is made.
     */
    private static long[] sortedNgrams(Fingerprint[] fps, IntFunction<long[]> ngramsOf, boolean[] active) {
        long tokens = 0;
        for (int i = 0; i < fps.length; i++) {
            if (active[i]) {
                tokens += fps[i].tokenCount();
            }
        }
        HashSort.Deal deal = new HashSort.Deal(HashSort.bucketBits((int) Math.min(Integer.MAX_VALUE, tokens)));
        long total = 0;
        for (int i = 0; i < fps.length; i++) {
            if (active[i]) {
                long[] g = ngramsOf.apply(i);
                total += g.length;
                for (long k : g) {
                    deal.count(k); // the top bits: the packed value's bucket
                }
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many n-grams in one batch: " + total);
        }
        long[] packed = deal.open();
        for (int i = 0; i < fps.length; i++) {
            if (active[i]) {
                for (long k : ngramsOf.apply(i)) {
                    deal.put(packed, (k & KEY_MASK) | i);
                }
            }
        }
        deal.sortBuckets(packed);
        return packed;
    }

    /**
     * Pairs seeded by rare n-grams, counted: {@code pairs[x]} ({@code (i << 32) | j}, {@code i <
     * j}, sorted, distinct) shares {@code counts[x]} n-grams found in 2..maxDf documents.
     */
    public record Seeds(long[] pairs, int[] counts) {
        public Seeds {
            if (pairs.length != counts.length) {
                throw new IllegalArgumentException(pairs.length + " pairs but " + counts.length + " counts");
            }
        }
    }

    /**
     * The n-gram step of {@link #generate} on one share of the keys, for a distributed run that
     * partitions the (key, document) rows by key: every row of a key must be in this call.
     * Repeats of a key in one document count once, as in {@link #generate}. Documents are
     * numbered with full {@code int}s (no 24-bit limit); a call takes fewer than 2<sup>24</sup>
     * rows.
     *
     * @param keys n-gram keys (compared on their top 40 bits, as in {@link #generate})
     * @param docs the document of each key
     * @param size rows used from the two arrays
     */
    public static Seeds ngramSeeds(long[] keys, int[] docs, int size, int maxDf) {
        if (size > MAX_DOCS) {
            throw new IllegalArgumentException("too many n-gram rows in one share: " + size
                    + " (use more partitions)");
        }
        long[] packed = new long[size];
        for (int x = 0; x < size; x++) {
            packed[x] = (keys[x] & KEY_MASK) | x;
        }
        Arrays.sort(packed);
        LongList seeds = new LongList(1024);
        int[] group = new int[16];
        for (int g = 0; g < size; ) {
            int e = groupEnd(packed, g, size);
            if (e - g >= 2) {
                if (group.length < e - g) {
                    group = new int[Math.max(e - g, group.length * 2)];
                }
                for (int x = g; x < e; x++) {
                    group[x - g] = docs[(int) (packed[x] & DOC_MASK)];
                }
                Arrays.sort(group, 0, e - g);
                int df = 0;
                for (int x = 0; x < e - g; x++) {
                    if (x == 0 || group[x] != group[x - 1]) {
                        group[df++] = group[x];
                    }
                }
                if (df >= 2 && df <= maxDf) {
                    for (int x = 0; x < df; x++) {
                        for (int y = x + 1; y < df; y++) {
                            seeds.add(pair(group[x], group[y]));
                        }
                    }
                }
            }
            g = e;
        }
        long[] all = seeds.toArray();
        Arrays.sort(all);
        return runs(all, all.length);
    }

    /**
     * For a distributed run, the n-grams of one share of the keys (as for {@link #ngramSeeds})
     * found in more than {@code commonDf} documents, each with its documents: the input of the
     * common-phrase count ({@link #isCommon}).
     *
     * @param out told each such n-gram's 40-bit key and its distinct documents, sorted
     */
    public static void frequentNgrams(long[] keys, int[] docs, int size, int commonDf,
                                      java.util.function.BiConsumer<Long, int[]> out) {
        long[] packed = new long[size];
        for (int x = 0; x < size; x++) {
            packed[x] = (keys[x] & KEY_MASK) | x;
        }
        Arrays.sort(packed);
        for (int g = 0; g < size; ) {
            int e = groupEnd(packed, g, size);
            if (e - g > commonDf) {
                int[] group = new int[e - g];
                for (int x = g; x < e; x++) {
                    group[x - g] = docs[(int) (packed[x] & DOC_MASK)];
                }
                Arrays.sort(group);
                int df = 0;
                for (int x = 0; x < group.length; x++) {
                    if (x == 0 || group[x] != group[x - 1]) {
                        group[df++] = group[x];
                    }
                }
                if (df > commonDf) {
                    out.accept(packed[g] & KEY_MASK, Arrays.copyOf(group, df));
                }
            }
            g = e;
        }
    }

    /**
     * Whether an n-gram is a common phrase: its documents fall in more than {@code commonDf}
     * groups, where {@code groupOf} gives a document's group (documents joined by pairs sharing
     * at least {@link #STRONG_SHARED} rare n-grams). The rule of {@link #generate}'s
     * {@code commonNgrams}, for a distributed run that finds the groups itself.
     */
    public static boolean isCommon(int[] docs, java.util.function.IntUnaryOperator groupOf, int commonDf) {
        int[] g = new int[docs.length];
        for (int x = 0; x < docs.length; x++) {
            g[x] = groupOf.applyAsInt(docs[x]);
        }
        Arrays.sort(g);
        int groups = 0;
        for (int x = 0; x < g.length; x++) {
            if (x == 0 || g[x] != g[x - 1]) {
                groups++;
            }
        }
        return groups > commonDf;
    }

    /** Rare n-grams two articles must share to be one group for common phrases (about 25 words). */
    public static final int STRONG_SHARED = CommonNgrams.STRONG_SHARED;

    /** Sums the counts of equal pairs over several {@link Seeds} (each sorted). */
    public static Seeds merge(java.util.List<Seeds> parts) {
        int total = 0;
        for (Seeds p : parts) {
            total += p.pairs().length;
        }
        // A k-way merge: the parts are sorted runs.
        long[] pairs = new long[total];
        int[] counts = new int[total];
        int[] at = new int[parts.size()];
        java.util.PriorityQueue<int[]> heads = new java.util.PriorityQueue<>(
                Math.max(1, parts.size()), (a, b) -> Long.compare(parts.get(a[0]).pairs()[at[a[0]]],
                        parts.get(b[0]).pairs()[at[b[0]]]));
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).pairs().length > 0) {
                heads.add(new int[] {k});
            }
        }
        int m = 0;
        while (!heads.isEmpty()) {
            int[] h = heads.poll();
            Seeds p = parts.get(h[0]);
            long v = p.pairs()[at[h[0]]];
            if (m > 0 && pairs[m - 1] == v) {
                counts[m - 1] += p.counts()[at[h[0]]];
            } else {
                pairs[m] = v;
                counts[m++] = p.counts()[at[h[0]]];
            }
            if (++at[h[0]] < p.pairs().length) {
                heads.add(h);
            }
        }
        return new Seeds(Arrays.copyOf(pairs, m), Arrays.copyOf(counts, m));
    }

    /** Run-length counts of a sorted array. */
    private static Seeds runs(long[] sorted, int size) {
        LongList pairs = new LongList(Math.max(4, size / 2));
        int[] counts = new int[size];
        int m = 0;
        for (int x = 0; x < size; ) {
            int y = x + 1;
            while (y < size && sorted[y] == sorted[x]) {
                y++;
            }
            pairs.add(sorted[x]);
            counts[m++] = y - x;
            x = y;
        }
        return new Seeds(pairs.toArray(), Arrays.copyOf(counts, m));
    }

    private static void allPairs(long[] packed, int from, int to, LongList out) {
        for (int x = from; x < to; x++) {
            int i = (int) (packed[x] & DOC_MASK);
            for (int y = x + 1; y < to; y++) {
                int j = (int) (packed[y] & DOC_MASK);
                if (i != j) {
                    out.add(pair(i, j));
                }
            }
        }
    }

    private static int groupEnd(long[] packed, int g) {
        return groupEnd(packed, g, packed.length);
    }

    private static int groupEnd(long[] packed, int g, int limit) {
        long key = packed[g] & KEY_MASK;
        int e = g + 1;
        while (e < limit && (packed[e] & KEY_MASK) == key) {
            e++;
        }
        return e;
    }

    /** The pair {@code (min << 32) | max}. */
    public static long pair(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** Sorted distinct copy of {@code v}. */
    public static long[] distinctSorted(long[] v) {
        return Fingerprinter.distinctSorted(v);
    }
}
