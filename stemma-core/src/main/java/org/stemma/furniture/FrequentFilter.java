package org.stemma.furniture;

import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.NgramKeys;

/**
 * Which n-grams may be frequent in the sense of {@link FurnitureFinder}, and which articles may
 * carry one, read from the sorted keys of every word window of every article ({@link NgramKeys},
 * which the candidate stage reads next): an n-gram's documents and the most of them from one
 * site are counted over all its windows, those inside a sentence and those across a sentence's
 * edge, so they are never fewer than the counts inside sentences, and the rule
 * ({@link FurnitureFinder#isFrequent}) only grows with both. So every frequent n-gram passes
 * {@link #mayBeFrequent} and every article carrying one is {@link #flagged}; the finder cuts into
 * sentences, sorts and votes over only those articles, and finds what it would find over all of
 * them.
 */
final class FrequentFilter {

    /** Per article: its windows of n-grams that may be frequent (repeats counted); 0 when none. */
    private final int[] windows;
    /** Per article: one bit per such n-gram, by its top 6 bits, to pass most other windows by. */
    private final long[] bits;
    private final LongIntMap maybe;

    private FrequentFilter(int[] windows, long[] bits, LongIntMap maybe) {
        this.windows = windows;
        this.bits = bits;
        this.maybe = maybe;
    }

    /**
     * Counts the windows in {@code keys}.
     *
     * @param site each article's site number; a negative number is a site of its own
     */
    static FrequentFilter of(NgramKeys keys, int[] site, FurnitureParams p) {
        long[] k = keys.keys();
        int[] windows = new int[keys.documents()];
        long[] bits = new long[keys.documents()];
        LongIntMap maybe = new LongIntMap(1024);
        FurnitureFinder.frequentGroups(k, keys.size(), site, p, (key, from, to, few) -> {
            maybe.put(key, 0);
            for (int x = from; x < to; x++) {
                int d = (int) (k[x] & FurnitureFinder.DOC_MASK);
                windows[d]++;
                bits[d] |= bit(key);
            }
        });
        return new FrequentFilter(windows, bits, maybe);
    }

    private static long bit(long gramHash) {
        return 1L << (gramHash >>> 58);
    }

    /** False only when the n-gram (its hash) is surely not frequent. */
    private boolean mayBeFrequent(long gramHash) {
        return maybe.get(gramHash & FurnitureFinder.KEY_MASK, -1) >= 0;
    }

    /** As {@link #mayBeFrequent(long)} for one of the article's n-grams (faster). */
    boolean mayBeFrequent(int doc, long gramHash) {
        return (bits[doc] & bit(gramHash)) != 0 && mayBeFrequent(gramHash);
    }

    /** False only when the article surely carries no frequent n-gram. */
    boolean flagged(int doc) {
        return windows[doc] > 0;
    }

    /** The article's word windows (repeats counted) whose n-gram may be frequent. */
    int windows(int doc) {
        return windows[doc];
    }
}
