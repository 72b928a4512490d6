package org.stemma.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate same-event pairs of a corpus, never all pairs: an inverted index of each article's
 * {@link EventVector#keys} (its highest-weighted terms that few articles carry); two articles
 * sharing at least {@link #MIN_SHARED_KEYS} keys are candidates. Each posting
 * sorted by day so that a dated article reads only the undated and the in-window part. Each
 * candidate pair is judged by the model once; pairs at or above {@link #MIN_PROBABILITY} are
 * kept.
 */
public final class EventCandidates {

    /**
     * Pairs below this probability are dropped: they add almost nothing to a cross-group mean
     * and would fill memory at scale.
     */
    public static final double MIN_PROBABILITY = 0.05;

    private static final int UNDATED = ArticleTerms.UNDATED;

    /**
     * Keys two articles must share to be candidates. One shared key would make every pair of a
     * key's posting a candidate (up to {@link EventSignals#MAX_POSTINGS} squared per key, most
     * of them sharing one common-enough word); reports of one event share several of their
     * strongest terms (names, places, figures).
     */
    public static final int MIN_SHARED_KEYS = 2;

    private EventCandidates() {
    }

    /**
     * A judged pair of article indexes, i &lt; j.
     *
     * @param probability the model's probability that i and j report the same event
     */
    public record Scored(int i, int j, double probability) {
    }

    /** The judged candidate pairs of {@code corpus} at or above {@link #MIN_PROBABILITY}, in (i, j) order. */
    public static List<Scored> of(StoryCorpus corpus, EventSignals signals) {
        Index index = index(corpus, signals.windowDays());
        SameEventModel model = signals.model();
        int n = corpus.size();
        // Each article's later candidates are judged independently: in parallel by blocks of
        // articles, concatenated in article order (the same pairs in the same order).
        int blocks = blocks(n);
        return IntStream.range(0, blocks).parallel()
                .mapToObj(b -> {
                    List<Scored> found = new ArrayList<>();
                    StoryCorpus.Scorer scorer = corpus.new Scorer();
                    for (long p : candidates(corpus, index, from(n, b, blocks), from(n, b + 1, blocks))) {
                        int i = (int) (p >>> 32);
                        int j = (int) p;
                        double prob = model.probability(scorer.features(i, j));
                        if (prob >= MIN_PROBABILITY) {
                            found.add(new Scored(i, j, prob));
                        }
                    }
                    return found;
                })
                .flatMap(List::stream).toList();
    }

    /**
     * Every candidate pair of {@code corpus} within {@code windowDays}, unjudged, as
     * {@code i << 32 | j} with i &lt; j, in (i, j) order (for fitting the model).
     */
    public static long[] candidates(StoryCorpus corpus, int windowDays) {
        Index index = index(corpus, windowDays);
        int n = corpus.size();
        int blocks = blocks(n);
        List<long[]> parts = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> candidates(corpus, index, from(n, b, blocks), from(n, b + 1, blocks))).toList();
        return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    }

    private static int blocks(int n) {
        return Math.max(1, Math.min(n, 8 * Runtime.getRuntime().availableProcessors()));
    }

    private static int from(int n, int b, int blocks) {
        return (int) ((long) n * b / blocks);
    }

    /** The inverted index of the articles' keys: postings (CSR) sorted by day, undated first. */
    private static Index index(StoryCorpus corpus, int windowDays) {
        int n = corpus.size();
        org.stemma.fingerprint.LongIntMap ids = new org.stemma.fingerprint.LongIntMap(1 << 12);
        int[][] keysOf = new int[n][];
        int[] count = new int[16];
        for (int i = 0; i < n; i++) {
            long[] keys = corpus.vector(i).keys();
            keysOf[i] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                int id = ids.get(keys[k], -1);
                if (id < 0) {
                    id = ids.size();
                    ids.put(keys[k], id);
                    if (id == count.length) {
                        count = Arrays.copyOf(count, id * 2);
                    }
                }
                keysOf[i][k] = id;
                count[id]++;
            }
        }
        int terms = ids.size();
        int[] start = new int[terms + 1];
        for (int x = 0; x < terms; x++) {
            start[x + 1] = start[x] + count[x];
        }
        int[] postings = new int[start[terms]];
        int[] fill = Arrays.copyOf(start, terms);
        for (int i = 0; i < n; i++) {
            for (int x : keysOf[i]) {
                postings[fill[x]++] = i;
            }
        }
        int[] dayOf = new int[postings.length];
        for (int x = 0; x < terms; x++) {
            long[] keyed = new long[start[x + 1] - start[x]];
            for (int q = start[x]; q < start[x + 1]; q++) {
                int i = postings[q];
                keyed[q - start[x]] = ((long) corpus.vector(i).day() << 32) | i;
            }
            Arrays.sort(keyed);
            for (int q = start[x]; q < start[x + 1]; q++) {
                postings[q] = (int) keyed[q - start[x]];
                dayOf[q] = (int) (keyed[q - start[x]] >> 32);
            }
        }
        return new Index(keysOf, start, postings, dayOf, windowDays);
    }

    private record Index(int[][] keysOf, int[] start, int[] postings, int[] dayOf, int windowDays) {
    }

    /** The candidate pairs (i, j), i in [from, to), j > i, as {@code i << 32 | j}, in (i, j) order. */
    private static long[] candidates(StoryCorpus corpus, Index index, int from, int to) {
        int minShared = MIN_SHARED_KEYS;
        int n = corpus.size();
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] shared = new int[n];
        int[] candidates = new int[n];
        org.stemma.fingerprint.LongList found = new org.stemma.fingerprint.LongList(64);
        for (int i = from; i < to; i++) {
            int k = 0;
            int day = corpus.vector(i).day();
            for (int x : index.keysOf()[i]) {
                int q = index.start()[x];
                int end = index.start()[x + 1];
                if (day != UNDATED) {
                    int undatedEnd = firstAtLeast(index.dayOf(), q, end, UNDATED + 1L);
                    k = collect(i, index.postings(), q, undatedEnd, stamp, shared, candidates, k);
                    q = firstAtLeast(index.dayOf(), undatedEnd, end, (long) day - index.windowDays());
                    end = firstAtLeast(index.dayOf(), q, end, (long) day + index.windowDays() + 1);
                }
                k = collect(i, index.postings(), q, end, stamp, shared, candidates, k);
            }
            Arrays.sort(candidates, 0, k);
            for (int c = 0; c < k; c++) {
                if (shared[candidates[c]] >= minShared) {
                    found.add(((long) i << 32) | candidates[c]);
                }
            }
        }
        return found.toArray();
    }

    /** Adds the articles of postings[from, to) after i not yet seen for i; returns the count. */
    private static int collect(int i, int[] postings, int from, int to, int[] stamp, int[] shared,
                               int[] candidates, int k) {
        for (int q = from; q < to; q++) {
            int j = postings[q];
            if (j > i) {
                if (stamp[j] != i) {
                    stamp[j] = i;
                    shared[j] = 1;
                    candidates[k++] = j;
                } else {
                    shared[j]++;
                }
            }
        }
        return k;
    }

    /** The first index in [from, to) whose day is at least {@code day} (days sorted there). */
    private static int firstAtLeast(int[] dayOf, int from, int to, long day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayOf[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
