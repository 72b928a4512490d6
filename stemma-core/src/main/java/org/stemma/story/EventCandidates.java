package org.stemma.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate same-event pairs of a corpus, never all pairs: an inverted index of each article's
 * {@link EventVector#keys} (its highest-weighted terms that few articles carry), each posting
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

    private EventCandidates() {
    }

    /**
     * A judged pair of article indexes, i &lt; j.
     *
     * @param probability the model's probability that i and j report the same event
     */
    public record Scored(int i, int j, double probability) {
    }

    /** The judged candidate pairs of {@code corpus}, in (i, j) order. */
    public static List<Scored> of(StoryCorpus corpus, EventSignals signals) {
        int n = corpus.size();
        // Postings (CSR) of the keys: term ids first.
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
        // Each posting by day, undated first.
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
        Index index = new Index(keysOf, start, postings, dayOf, signals.windowDays());
        SameEventModel model = signals.model();
        // Each article's later candidates are judged independently: in parallel by blocks of
        // articles, concatenated in article order (the same pairs in the same order).
        int blocks = Math.max(1, Math.min(n, 8 * Runtime.getRuntime().availableProcessors()));
        return IntStream.range(0, blocks).parallel()
                .mapToObj(b -> judge((int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks),
                        corpus, index, model))
                .flatMap(List::stream).toList();
    }

    private record Index(int[][] keysOf, int[] start, int[] postings, int[] dayOf, int windowDays) {
    }

    private static List<Scored> judge(int from, int to, StoryCorpus corpus, Index index, SameEventModel model) {
        int n = corpus.size();
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] candidates = new int[n];
        List<Scored> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int k = 0;
            int day = corpus.vector(i).day();
            for (int x : index.keysOf()[i]) {
                int q = index.start()[x];
                int end = index.start()[x + 1];
                if (day != UNDATED) {
                    int undatedEnd = firstAtLeast(index.dayOf(), q, end, UNDATED + 1L);
                    k = collect(i, index.postings(), q, undatedEnd, stamp, candidates, k);
                    q = firstAtLeast(index.dayOf(), undatedEnd, end, (long) day - index.windowDays());
                    end = firstAtLeast(index.dayOf(), q, end, (long) day + index.windowDays() + 1);
                }
                k = collect(i, index.postings(), q, end, stamp, candidates, k);
            }
            Arrays.sort(candidates, 0, k);
            for (int c = 0; c < k; c++) {
                int j = candidates[c];
                double p = model.probability(corpus.features(i, j));
                if (p >= MIN_PROBABILITY) {
                    found.add(new Scored(i, j, p));
                }
            }
        }
        return found;
    }

    /** Adds the articles of postings[from, to) after i not yet seen for i; returns the count. */
    private static int collect(int i, int[] postings, int from, int to, int[] stamp, int[] candidates, int k) {
        for (int q = from; q < to; q++) {
            int j = postings[q];
            if (j > i && stamp[j] != i) {
                stamp[j] = i;
                candidates[k++] = j;
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
