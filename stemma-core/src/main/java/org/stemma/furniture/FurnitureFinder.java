package org.stemma.furniture;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;

/**
 * Learns a corpus's furniture: text that recurs across many articles of one site, or across
 * many articles that share nothing else, and is not the long text that wire copy is.
 *
 * <ol>
 *   <li><b>Frequent n-grams</b>: word n-grams (inside one sentence) found in at least
 *       {@code minDocs} articles, or in at least {@code minSiteDocs} articles of one
 *       {@link Sites site}.</li>
 *   <li><b>Blocks</b>: in each article, a sentence at least {@link FurnitureParams#UNIT_COVERAGE}
 *       covered by frequent n-grams is frequent; a run of consecutive frequent sentences is a
 *       block. A block of at most {@code maxBlockWords} words and at most
 *       {@link FurnitureParams#MAX_BLOCK_SHARE} of its article looks like furniture (a line, a
 *       widget, a footer beside the article's own text), and so does one of at most half that
 *       many words even when it is the whole article (a page whose extraction kept only a
 *       widget); a longer one is text many articles carry (wire copy, a story republished
 *       whole). A block must also stand at the start or the end of its article or hold two
 *       sentences or more: one frequent sentence alone inside the news ("Smith, 23, was
 *       pronounced dead at the scene, according to the medical examiner's office") is a stock
 *       sentence of the news, not the page's furniture.</li>
 *   <li><b>Votes</b>: every occurrence of a frequent n-gram votes: for furniture when its
 *       sentence is frequent and in a furniture-like block, against otherwise (also when it is a
 *       stock phrase inside a sentence of news). N-grams with at least
 *       {@link FurnitureParams#VOTE_SHARE} of their votes are furniture, the same in every
 *       article: wire copy stays text even in the article that carries only two of its
 *       sentences.</li>
 * </ol>
 * The result ({@link Furniture}) removes from an article each sentence that its furniture
 * n-grams cover. Pure; the per-article work runs on the common fork-join pool.
 */
public final class FurnitureFinder {

    /** Packed keys: n-gram hash in the top 40 bits, article number in the low 24. */
    static final long DOC_MASK = (1L << 24) - 1;
    static final long KEY_MASK = ~DOC_MASK;

    private FurnitureFinder() {
    }

    /** The furniture of {@code articles}; none when the parameters turn it off. */
    public static Furniture learn(List<Article> articles, FurnitureParams p) {
        if (!p.enabled() || articles.isEmpty()) {
            return Furniture.none(p);
        }
        if (articles.size() > DOC_MASK) {
            throw new IllegalArgumentException("too many articles for one furniture batch: " + articles.size());
        }
        Units[] units = new Units[articles.size()];
        IntStream.range(0, units.length).parallel().forEach(i ->
                units[i] = new Units(articles.get(i).text(), p.ngram()));
        int[] site = siteIds(articles);
        LongList frequentKeys = new LongList(1024);
        LongIntMap frequent = frequent(units, site, p, frequentKeys);
        if (frequent.size() == 0) {
            return Furniture.none(p);
        }
        int[] votes = new int[frequent.size()];
        int[] furn = new int[frequent.size()];
        for (Units u : units) {
            vote(u, k -> frequent.get(k & KEY_MASK, -1) >= 0, p, (key, yes) -> {
                int idx = frequent.get(key & KEY_MASK, -1);
                votes[idx]++;
                if (yes) {
                    furn[idx]++;
                }
            });
        }
        LongList keys = new LongList(64);
        for (int idx = 0; idx < votes.length; idx++) {
            if (isFurniture(furn[idx], votes[idx])) {
                keys.add(frequentKeys.get(idx));
            }
        }
        long[] sorted = keys.toArray();
        Arrays.sort(sorted);
        return new Furniture(p, sorted);
    }

    /**
     * The article's distinct n-gram keys (40-bit, sorted), the rows a distributed run counts
     * per key and per (key, site) to find the frequent ones (see {@link #isFrequent}).
     */
    public static long[] keys(Article a, FurnitureParams p) {
        return distinctKeys(new Units(a.text(), p.ngram()), 0);
    }

    /**
     * Whether an n-gram is frequent, given the articles carrying it and the most of them from
     * one site.
     */
    public static boolean isFrequent(int documents, int mostFromOneSite, FurnitureParams p) {
        return documents >= p.minDocs() || p.minSiteDocs() > 0 && mostFromOneSite >= p.minSiteDocs();
    }

    /** Told each vote of an article: the frequent n-gram's key and whether it votes for furniture. */
    @FunctionalInterface
    public interface Votes {
        void vote(long key, boolean furniture);
    }

    /**
     * The votes of one article, given the frequent n-grams (by key); a distributed run sums them
     * per key and keeps the keys of {@link #isFurniture}.
     */
    public static void votes(Article a, FurnitureParams p, LongPredicate frequent, Votes out) {
        vote(new Units(a.text(), p.ngram()), k -> frequent.test(k & KEY_MASK), p, out);
    }

    /** Whether a frequent n-gram is furniture, given its votes. */
    public static boolean isFurniture(int furnitureVotes, int votes) {
        return furnitureVotes > 0 && furnitureVotes >= FurnitureParams.VOTE_SHARE * votes;
    }

    /** A site number per article; an article of no known site is a site of its own. */
    private static int[] siteIds(List<Article> articles) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[articles.size()];
        for (int i = 0; i < out.length; i++) {
            String s = Sites.of(articles.get(i));
            out[i] = s == null ? -1 - i : ids.computeIfAbsent(s, k -> ids.size());
        }
        return out;
    }

    /** Frequent n-grams (40-bit keys) numbered 0..size-1. */
    private static LongIntMap frequent(Units[] units, int[] site, FurnitureParams p, LongList keys) {
        long[][] perDoc = new long[units.length][];
        IntStream.range(0, units.length).parallel().forEach(d -> perDoc[d] = distinctKeys(units[d], d));
        int total = 0;
        for (long[] k : perDoc) {
            total += k.length;
        }
        long[] packed = new long[total];
        int m = 0;
        for (long[] k : perDoc) {
            System.arraycopy(k, 0, packed, m, k.length);
            m += k.length;
        }
        Arrays.parallelSort(packed);
        int low = Math.min(p.minDocs(), Math.max(2, p.minSiteDocs()));
        LongIntMap out = new LongIntMap(1024);
        int[] sites = new int[16];
        for (int g = 0; g < packed.length; ) {
            long key = packed[g] & KEY_MASK;
            int e = g + 1;
            while (e < packed.length && (packed[e] & KEY_MASK) == key) {
                e++;
            }
            int df = e - g;
            if (df >= low) {
                int mostFromOneSite = 0;
                if (df < p.minDocs() && p.minSiteDocs() > 0) {
                    if (sites.length < df) {
                        sites = new int[df];
                    }
                    for (int x = g; x < e; x++) {
                        sites[x - g] = site[(int) (packed[x] & DOC_MASK)];
                    }
                    mostFromOneSite = longestRun(sites, df);
                }
                if (isFrequent(df, mostFromOneSite, p)) {
                    out.put(key, keys.size());
                    keys.add(key);
                }
            }
            g = e;
        }
        return out;
    }

    /** The article's distinct n-gram keys, packed with its number. */
    private static long[] distinctKeys(Units u, int doc) {
        LongList keys = new LongList(Math.max(4, u.words()));
        for (int s = 0; s < u.size(); s++) {
            for (int i = 0; i < u.ngrams(s); i++) {
                keys.add((u.ngram(s, i) & KEY_MASK) | doc);
            }
        }
        long[] k = keys.toArray();
        Arrays.sort(k);
        int n = 0;
        for (int i = 0; i < k.length; i++) {
            if (i == 0 || k[i] != k[i - 1]) {
                k[n++] = k[i];
            }
        }
        return Arrays.copyOf(k, n);
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

    /** Adds one article's votes. */
    private static void vote(Units u, LongPredicate frequent, FurnitureParams p, Votes out) {
        int n = u.size();
        boolean[] freq = new boolean[n];
        for (int s = 0; s < n; s++) {
            freq[s] = u.coverage(s, frequent) >= FurnitureParams.UNIT_COVERAGE;
        }
        for (int s = 0; s < n; ) {
            int e = s + 1;
            if (freq[s]) {
                int words = u.words(s);
                while (e < n && freq[e]) {
                    words += u.words(e);
                    e++;
                }
                boolean furnitureLike = words <= p.maxBlockWords()
                        && (words <= FurnitureParams.MAX_BLOCK_SHARE * u.words() || 2 * words <= p.maxBlockWords())
                        && (s == 0 || e == n || e - s >= 2);
                for (int x = s; x < e; x++) {
                    tally(u, x, frequent, out, furnitureLike);
                }
            } else {
                tally(u, s, frequent, out, false);
            }
            s = e;
        }
    }

    private static void tally(Units u, int s, LongPredicate frequent, Votes out, boolean yes) {
        for (int i = 0; i < u.ngrams(s); i++) {
            long h = u.ngram(s, i);
            if (frequent.test(h)) {
                out.vote(h & KEY_MASK, yes);
            }
        }
    }
}
