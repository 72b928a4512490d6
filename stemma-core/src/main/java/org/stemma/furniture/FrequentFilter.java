package org.stemma.furniture;

import java.util.stream.IntStream;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;
import org.stemma.text.Tokens;

/**
 * Which n-grams may be frequent in the sense of {@link FurnitureFinder}, and which articles may
 * carry one, found without a sort: every word window of every article is dealt by its hash into
 * small partitions, and each partition counts its windows in saturating count-min counters
 * that stay in cache: occurrences overall, and occurrences per (n-gram, site) for sites with
 * enough articles. A counter never counts less than the truth, and an article's n-grams inside
 * its sentences are among its word windows, so every frequent n-gram passes
 * {@link #mayBeFrequent} and every article carrying one is {@link #flagged} (so is every
 * article carrying a key that passes by a collision of the counters; an article is flagged by
 * its keys, not by its counter slots, which flagged about 15% more of the reuse bench's). The finder cuts into sentences, sorts and votes over only those articles, and
 * finds what it would find over all of them.
 */
final class FrequentFilter {

    /** Entries: a window's mixed hash in the top 40 bits, its article in the low 24. */
    private static final long DOC = FurnitureFinder.DOC_MASK;
    /** About this many entries per partition: its counters then fit in a core's cache. */
    private static final int PARTITION_BITS = 15;

    private final boolean[] flagged;
    private final LongIntMap maybe;

    private FrequentFilter(boolean[] flagged, LongIntMap maybe) {
        this.flagged = flagged;
        this.maybe = maybe;
    }

    /**
     * Counts the word windows of every article.
     *
     * @param site each article's site number; a negative number is a site of its own
     */
    static FrequentFilter count(Tokens[] tokens, int[] site, FurnitureParams p) {
        int n = p.ngram();
        int docs = tokens.length;
        // With a site rule of one article (minSiteDocs 1) any n-gram in two articles is frequent.
        int allNeed = p.minSiteDocs() == 1 ? Math.min(2, p.minDocs()) : p.minDocs();
        // The site rule needs two articles of one site at least (FurnitureFinder.isFrequent).
        int siteNeed = Math.max(2, p.minSiteDocs());
        boolean siteRule = p.minSiteDocs() > 1 && siteNeed < p.minDocs();
        int sites = 0;
        for (int s : site) {
            sites = Math.max(sites, s + 1);
        }
        int[] perSite = new int[sites];
        for (int s : site) {
            if (s >= 0) {
                perSite[s]++;
            }
        }
        boolean[] bySite = new boolean[docs];
        long total = 0;
        for (int d = 0; d < docs; d++) {
            bySite[d] = siteRule && site[d] >= 0 && perSite[site[d]] >= siteNeed;
            total += Math.max(0, tokens[d].size() - n + 1);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many n-grams in one furniture batch: " + total);
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(Math.max(1, total >>> PARTITION_BITS)));
        int parts = 1 << shift;
        long[] entries = deal(tokens, n, shift, parts, (int) total);
        int[] start = partitionStarts(entries, shift, parts);
        boolean[] flagged = new boolean[docs];
        LongList[] found = new LongList[parts];
        int allCap = Math.min(allNeed, 255);
        int siteCap = Math.min(siteNeed, 255);
        IntStream.range(0, parts).parallel().forEach(q -> found[q] = partition(entries, start[q], start[q + 1],
                site, bySite, allCap, siteCap, flagged));
        LongIntMap maybe = new LongIntMap(1024);
        for (LongList l : found) {
            for (int x = 0; x < l.size(); x++) {
                maybe.put(l.get(x), 0); // partitions hold disjoint keys
            }
        }
        return new FrequentFilter(flagged, maybe);
    }

    /** Every window as an entry, grouped by partition (the top bits of its mixed hash). */
    private static long[] deal(Tokens[] tokens, int n, int shift, int parts, int total) {
        int[] count = new int[parts + 1];
        for (Tokens t : tokens) {
            long[] h = t.hashes();
            for (int i = 0; i + n <= h.length; i++) {
                count[part(mixed(Hashing.window(h, i, n)), shift) + 1]++;
            }
        }
        for (int q = 0; q < parts; q++) {
            count[q + 1] += count[q];
        }
        long[] out = new long[total];
        for (int d = 0; d < tokens.length; d++) {
            long[] h = tokens[d].hashes();
            for (int i = 0; i + n <= h.length; i++) {
                long m = mixed(Hashing.window(h, i, n));
                out[count[part(m, shift)]++] = m | d;
            }
        }
        return out;
    }

    private static int[] partitionStarts(long[] entries, int shift, int parts) {
        int[] start = new int[parts + 1];
        for (long e : entries) {
            start[part(e, shift) + 1]++;
        }
        for (int q = 0; q < parts; q++) {
            start[q + 1] += start[q];
        }
        return start;
    }

    /** The 40-bit key of an n-gram hash, mixed (the same key, the same value). */
    private static long mixed(long gramHash) {
        return Hashing.mix64(gramHash & FurnitureFinder.KEY_MASK) & FurnitureFinder.KEY_MASK;
    }

    private static int part(long m, int shift) {
        return shift == 0 ? 0 : (int) (m >>> (64 - shift));
    }

    /**
     * Counts one partition's entries, flags the articles of those that may be frequent and
     * returns those keys.
     */
    private static LongList partition(long[] e, int from, int to, int[] site, boolean[] bySite,
                                      int allCap, int siteCap, boolean[] flagged) {
        int size = Integer.highestOneBit(Math.max(64, to - from)) << 1;
        int mask = size - 1;
        byte[] all = new byte[size];
        byte[] ofSite = new byte[size];
        for (int x = from; x < to; x++) {
            long m = e[x];
            long r = Hashing.mix64(m & ~DOC);
            bump(all, (int) r & mask, allCap);
            bump(all, (int) (r >>> 32) & mask, allCap);
            int d = (int) (m & DOC);
            if (bySite[d]) {
                long ms = Hashing.mix64((m & ~DOC) ^ site[d]);
                bump(ofSite, (int) ms & mask, siteCap);
                bump(ofSite, (int) (ms >>> 32) & mask, siteCap);
            }
        }
        long[] hit = new long[size / 64];
        LongList found = new LongList(16);
        LongIntMap seen = new LongIntMap(16);
        for (int x = from; x < to; x++) {
            long m = e[x];
            long r = Hashing.mix64(m & ~DOC);
            int a = (int) r & mask;
            boolean maybe = Math.min(all[a] & 0xFF, all[(int) (r >>> 32) & mask] & 0xFF) >= allCap;
            int d = (int) (m & DOC);
            if (!maybe && bySite[d]) {
                long ms = Hashing.mix64((m & ~DOC) ^ site[d]);
                maybe = Math.min(ofSite[(int) ms & mask] & 0xFF, ofSite[(int) (ms >>> 32) & mask] & 0xFF) >= siteCap;
            }
            if (maybe) {
                hit[a >>> 6] |= 1L << a;
                if (seen.get(m & ~DOC, -1) < 0) {
                    seen.put(m & ~DOC, 0);
                    found.add(m & ~DOC);
                }
            }
        }
        // Every article carrying a possibly frequent key (the slot's bit first: most windows
        // miss it and need no look-up).
        for (int x = from; x < to; x++) {
            long k = e[x] & ~DOC;
            int a = (int) Hashing.mix64(k) & mask;
            if ((hit[a >>> 6] & (1L << a)) != 0 && seen.get(k, -1) >= 0) {
                flagged[(int) (e[x] & DOC)] = true;
            }
        }
        return found;
    }

    private static void bump(byte[] t, int i, int cap) {
        if ((t[i] & 0xFF) < cap) {
            t[i]++;
        }
    }

    /** False only when the n-gram (its hash) is surely not frequent. */
    boolean mayBeFrequent(long gramHash) {
        return maybe.get(mixed(gramHash), -1) >= 0;
    }

    /** False only when the article surely carries no frequent n-gram. */
    boolean flagged(int doc) {
        return flagged[doc];
    }
}
