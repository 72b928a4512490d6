package org.stemma.furniture;

import java.util.Arrays;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.NgramKeys;

/**
 * Which n-grams may be frequent in the sense of {@link FurnitureFinder}, and which articles carry
 * one, counted in the corpus's sorted n-gram keys ({@link NgramKeys}, which candidate generation
 * reads after): an n-gram's documents there are those of every word window, across sentence edges
 * too, so they are never fewer than its documents inside sentences, and the most from one site
 * never fewer either. Every frequent n-gram thus passes {@link #mayBeFrequent}; the finder cuts
 * into sentences, sorts and votes over only the articles that may carry one inside a sentence,
 * and finds what it would find over all of them.
 */
final class FrequentFilter {

    private final NgramKeys keys;
    private final boolean[] flagged;
    /** Each n-gram that may be frequent (40-bit key), with the start of its run in the sorted keys. */
    private final LongIntMap maybe;

    private FrequentFilter(NgramKeys keys, boolean[] flagged, LongIntMap maybe) {
        this.keys = keys;
        this.flagged = flagged;
        this.maybe = maybe;
    }

    /**
     * Counts the n-grams of every article.
     *
     * @param site each article's site number; a negative number is a site of its own
     */
    static FrequentFilter count(NgramKeys keys, int[] site, FurnitureParams p) {
        long[] sorted = keys.sorted();
        int size = keys.keys();
        boolean[] flagged = new boolean[keys.size()];
        LongIntMap maybe = new LongIntMap(1024);
        Runs runs = new Runs(site, p);
        for (int g = 0; g < size; ) {
            long key = sorted[g] & NgramKeys.KEY_MASK;
            int e = g + 1;
            while (e < size && (sorted[e] & NgramKeys.KEY_MASK) == key) {
                e++;
            }
            if (runs.frequent(sorted, g, e)) {
                maybe.put(key, g);
                for (int x = g; x < e; x++) {
                    flagged[(int) (sorted[x] & NgramKeys.DOC_MASK)] = true;
                }
            }
            g = e;
        }
        return new FrequentFilter(keys, flagged, maybe);
    }

    /** False only when the n-gram (its hash) is surely not frequent. */
    boolean mayBeFrequent(long gramHash) {
        return maybe.get(gramHash & NgramKeys.KEY_MASK, -1) >= 0;
    }

    /** False only when the article surely carries no frequent n-gram. */
    boolean flagged(int doc) {
        return flagged[doc];
    }

    /** Which of the article's n-grams (by start word) may be frequent; null when none. */
    boolean[] maybe(int doc) {
        long[] h = keys.ngrams(doc);
        boolean[] out = new boolean[h.length];
        boolean any = false;
        for (int g = 0; g < h.length; g++) {
            out[g] = mayBeFrequent(h[g]);
            any |= out[g];
        }
        return any ? out : null;
    }

    /** The articles carrying one of the given n-grams (keys that {@link #mayBeFrequent}), ascending. */
    int[] carriers(long[] of) {
        boolean[] in = new boolean[flagged.length];
        long[] sorted = keys.sorted();
        for (long key : of) {
            int x = maybe.get(key, -1);
            while (x >= 0 && x < keys.keys() && (sorted[x] & NgramKeys.KEY_MASK) == key) {
                in[(int) (sorted[x++] & NgramKeys.DOC_MASK)] = true;
            }
        }
        int n = 0;
        int[] out = new int[in.length];
        for (int d = 0; d < in.length; d++) {
            if (in[d]) {
                out[n++] = d;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Tells whether the run of one n-gram's packed (n-gram, article) keys, sorted, makes it
     * frequent ({@link FurnitureFinder#isFrequent}); repeats of an article count once. Not
     * thread-safe (keeps a scratch array).
     */
    static final class Runs {
        private final int[] site;
        private final FurnitureParams p;
        private final int low;
        private int[] sites = new int[16];

        Runs(int[] site, FurnitureParams p) {
            this.site = site;
            this.p = p;
            this.low = Math.min(p.minDocs(), Math.max(2, p.minSiteDocs()));
        }

        boolean frequent(long[] packed, int g, int e) {
            if (e - g < low) {
                return false;
            }
            int df = 1;
            for (int x = g + 1; x < e; x++) {
                if (packed[x] != packed[x - 1]) {
                    df++;
                }
            }
            if (df < low) {
                return false;
            }
            int mostFromOneSite = 0;
            if (df < p.minDocs() && p.minSiteDocs() > 0) {
                if (sites.length < df) {
                    sites = new int[df];
                }
                int m = 0;
                for (int x = g; x < e; x++) {
                    if (x == g || packed[x] != packed[x - 1]) {
                        sites[m++] = site[(int) (packed[x] & NgramKeys.DOC_MASK)];
                    }
                }
                mostFromOneSite = longestRun(sites, df);
            }
            return FurnitureFinder.isFrequent(df, mostFromOneSite, p);
        }

        /** Most articles of one site among the first {@code n} site numbers (sorted in place). */
        private static int longestRun(int[] sites, int n) {
            Arrays.sort(sites, 0, n);
            int best = 0;
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j < n && sites[j] == sites[i]) {
                    j++;
                }
                best = Math.max(best, j - i);
                i = j;
            }
            return best;
        }
    }
}
