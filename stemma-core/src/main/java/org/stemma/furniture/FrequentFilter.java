package org.stemma.furniture;

import org.stemma.fingerprint.Hashing;
import org.stemma.text.Tokens;

/**
 * Which n-grams may be frequent in the sense of {@link FurnitureFinder}, found in one pass over
 * every article's word windows without a sort: saturating count-min counters of each n-gram's
 * occurrences overall, and of its occurrences per (n-gram, site) for sites with enough
 * articles. A counter never counts less than the truth, and an article's n-grams inside its
 * sentences are among its word windows, so every frequent n-gram passes {@link #mayBeFrequent}
 * (some others pass too, by collisions). The finder uses it to split into sentences, sort and
 * vote over only the articles that may carry furniture, with the result it would have had over
 * all of them.
 */
final class FrequentFilter {

    /** Counters per cache block: both of a key's counters lie in one 64-byte block. */
    private static final int BLOCK = 64;
    private static final int MAX_BITS = 26;

    private final int n;
    private final byte[] all;
    private final int allCap;
    private final int allMask;
    /** Keys some site carries at least {@code minSiteDocs} times; null without the site rule. */
    private final long[] siteHit;
    private final int hitMask;

    private FrequentFilter(int n, byte[] all, int allCap, long[] siteHit) {
        this.n = n;
        this.all = all;
        this.allCap = allCap;
        this.allMask = all.length / BLOCK - 1;
        this.siteHit = siteHit;
        this.hitMask = siteHit == null ? 0 : siteHit.length * 64 - 1;
    }

    /**
     * Counts the word windows of every article.
     *
     * @param site each article's site number; a negative number is a site of its own
     */
    static FrequentFilter count(Tokens[] tokens, int[] site, FurnitureParams p) {
        int n = p.ngram();
        long windows = 0;
        long siteWindows = 0;
        int sites = 0;
        for (int s : site) {
            sites = Math.max(sites, s + 1);
        }
        // The site rule needs two articles of one site or more (FurnitureFinder.frequent: df >= 2).
        int siteNeed = Math.max(2, p.minSiteDocs());
        boolean siteRule = p.minSiteDocs() > 1 && siteNeed < p.minDocs();
        int[] perSite = new int[sites];
        for (int d = 0; d < tokens.length; d++) {
            int w = Math.max(0, tokens[d].size() - n + 1);
            windows += w;
            if (site[d] >= 0) {
                perSite[site[d]]++;
            }
        }
        for (int d = 0; d < tokens.length; d++) {
            if (siteRule && site[d] >= 0 && perSite[site[d]] >= siteNeed) {
                siteWindows += Math.max(0, tokens[d].size() - n + 1);
            }
        }
        // With a site rule of one article (minSiteDocs 1) any n-gram in two articles is frequent.
        int allNeed = p.minSiteDocs() == 1 ? Math.min(2, p.minDocs()) : p.minDocs();
        int allCap = Math.min(allNeed, 255);
        byte[] all = new byte[size(windows)];
        int allMask = all.length / BLOCK - 1;
        long[] hit = null;
        byte[] bySite = null;
        int siteCap = Math.min(siteNeed, 255);
        if (siteRule && siteWindows > 0) {
            bySite = new byte[size(siteWindows)];
            hit = new long[Math.max(1, all.length / 64)];
        }
        int siteMask = bySite == null ? 0 : bySite.length / BLOCK - 1;
        int hitMask = hit == null ? 0 : hit.length * 64 - 1;
        for (int d = 0; d < tokens.length; d++) {
            long[] h = tokens[d].hashes();
            boolean counted = bySite != null && site[d] >= 0 && perSite[site[d]] >= siteNeed;
            long salt = Hashing.mix64(0x5173L + site[d]);
            for (int i = 0; i + n <= h.length; i++) {
                long key = Hashing.window(h, i, n) & FurnitureFinder.KEY_MASK;
                long m = Hashing.mix64(key);
                bump(all, m, allMask, allCap);
                if (counted) {
                    long ms = Hashing.mix64(key ^ salt);
                    if (bump(bySite, ms, siteMask, siteCap) >= siteCap) {
                        int b = (int) (m >>> 20) & hitMask;
                        hit[b >>> 6] |= 1L << b;
                    }
                }
            }
        }
        return new FrequentFilter(n, all, allCap, hit);
    }

    /** A table of about one counter per window, in whole blocks, at most 2^26 bytes. */
    private static int size(long windows) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(BLOCK * 16L, windows) - 1);
        return 1 << Math.min(MAX_BITS, bits);
    }

    /** Adds one to the key's two counters (saturating at cap); returns their new minimum. */
    private static int bump(byte[] t, long m, int blockMask, int cap) {
        int base = ((int) (m >>> 32) & blockMask) * BLOCK;
        int a = base + ((int) m & (BLOCK - 1));
        int b = base + ((int) (m >>> 6) & (BLOCK - 1));
        int ca = t[a] & 0xFF;
        if (ca < cap) {
            t[a] = (byte) ++ca;
        }
        int cb = t[b] & 0xFF;
        if (cb < cap && b != a) {
            t[b] = (byte) ++cb;
        } else if (b == a) {
            cb = ca;
        }
        return Math.min(ca, cb);
    }

    /** False only when the n-gram (its hash) is surely not frequent. */
    boolean mayBeFrequent(long gramHash) {
        long key = gramHash & FurnitureFinder.KEY_MASK;
        long m = Hashing.mix64(key);
        int base = ((int) (m >>> 32) & allMask) * BLOCK;
        int a = all[base + ((int) m & (BLOCK - 1))] & 0xFF;
        int b = all[base + ((int) (m >>> 6) & (BLOCK - 1))] & 0xFF;
        if (Math.min(a, b) >= allCap) {
            return true;
        }
        if (siteHit == null) {
            return false;
        }
        int h = (int) (m >>> 20) & hitMask;
        return (siteHit[h >>> 6] & (1L << h)) != 0;
    }

    /** Whether any word window of the text may be a frequent n-gram. */
    boolean anyMayBeFrequent(Tokens tokens) {
        long[] h = tokens.hashes();
        for (int i = 0; i + n <= h.length; i++) {
            if (mayBeFrequent(Hashing.window(h, i, n))) {
                return true;
            }
        }
        return false;
    }
}
