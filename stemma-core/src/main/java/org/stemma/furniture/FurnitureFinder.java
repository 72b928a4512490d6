package org.stemma.furniture;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.CandidatePairs;
import org.stemma.fingerprint.HashSort;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.text.Sentences;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

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
 *       sentence of the news, not the page's furniture. Units shorter than an n-gram ("All
 *       rights reserved.") are not counted when telling the start and the end. A block inside
 *       the news makes furniture of no n-gram that only a few pages of one site share
 *       ({@link #isFewPages}): two reports of one event on one site share their quotations
 *       and facts there, while a site's template stands at its pages' edges, on many pages, or at
 *       one place near the edge of every page that carries it ({@link VoteTally}).</li>
 *   <li><b>Votes</b>: every occurrence of a frequent n-gram votes: for furniture when its
 *       sentence is frequent and in a furniture-like block, against otherwise (also when it is a
 *       stock phrase inside a sentence of news). N-grams with at least
 *       {@link FurnitureParams#VOTE_SHARE} of their votes are furniture, the same in every
 *       article: wire copy stays text even in the article that carries only two of its
 *       sentences.</li>
 * </ol>
 * The result ({@link Furniture}) removes from an article each sentence that its furniture
 * n-grams cover. Only the articles that may carry furniture are cut into sentences and take part
 * in the steps above ({@link FrequentFilter} bounds the counts from above without a sort); the
 * others carry no n-gram that could be furniture and cast no vote on one, so the result is the
 * same as over every article. The count reads the sorted keys of every word n-gram of every
 * article ({@link NgramKeys}), which {@link #clean} hands on to the candidate stage, re-keyed for
 * the articles it changes: one hashing and one sort for both stages. Pure; the per-article work
 * runs on the common fork-join pool.
 */
public final class FurnitureFinder {

    /** Packed keys: n-gram hash in the top 40 bits, article number in the low 24. */
    static final long DOC_MASK = NgramKeys.DOC_MASK;
    static final long KEY_MASK = NgramKeys.KEY_MASK;

    private FurnitureFinder() {
    }

    /**
     * A corpus learnt and cleaned in one pass: its furniture, its articles without it (in
     * order; the same instance where nothing is furniture) and, unless the parameters turn
     * furniture off, each article's tokens (of the cleaned text) and the sorted keys of their word
     * n-grams for the stages after it, else null.
     */
    public record Cleaned(Furniture furniture, List<Article> articles, Tokens[] tokens, NgramKeys keys) {
        public Cleaned(Furniture furniture, List<Article> articles, Tokens[] tokens) {
            this(furniture, articles, tokens, null);
        }
    }

    /** The furniture of {@code articles}; none when the parameters turn it off. */
    public static Furniture learn(List<Article> articles, FurnitureParams p) {
        return run(articles, p, false).furniture();
    }

    /**
     * The furniture of {@code articles} and the articles cleaned of it: the same as
     * {@code learn(articles, p).clean(articles)}, with each article cut into sentences and
     * tokenised once for both (and its tokens handed on).
     */
    public static Cleaned clean(List<Article> articles, FurnitureParams p) {
        return run(articles, p, true);
    }

    /** The tokens of each article's text, in order: the form every stage reads (made in parallel). */
    public static Tokens[] tokens(List<Article> articles) {
        Tokens[] tokens = new Tokens[articles.size()];
        IntStream.range(0, tokens.length).parallel().forEach(d -> tokens[d] = Tokenizer.tokenize(articles.get(d).text()));
        return tokens;
    }

    private static Cleaned run(List<Article> articles, FurnitureParams p, boolean clean) {
        if (!p.enabled() || articles.isEmpty()) {
            return new Cleaned(Furniture.none(p), articles, null);
        }
        if (articles.size() > DOC_MASK) {
            throw new IllegalArgumentException("too many articles for one furniture batch: " + articles.size());
        }
        int n = articles.size();
        Tokens[] tokens = tokens(articles);
        int[] site = siteIds(articles);
        NgramKeys ngramKeys = NgramKeys.of(tokens, p.ngram());
        // Only n-grams of sentences that may be frequent can be furniture (the candidates); only
        // the articles carrying a candidate in a sentence vote on one, so the finder runs on them
        // alone and finds what it would find on all. Most articles are never cut into sentences,
        // and those that may carry a frequent n-gram only around it.
        FrequentFilter filter = FrequentFilter.of(ngramKeys, site, p);
        long[][] maybe = new long[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            if (filter.flagged(d)) {
                maybe[d] = candidates(d, articles.get(d).text(), tokens[d], p.ngram(), filter);
            }
        });
        long[] candidateKeys = distinct(maybe);
        // The carriers (a candidate inside a sentence) are among the articles with one as any window.
        int[] mayCarry = candidateKeys.length == 0 ? new int[0] : ngramKeys.documentsOf(candidateKeys);
        NgramKeys handed = clean ? ngramKeys : null;
        ngramKeys = null;
        LongIntMap candidates = new LongIntMap(Math.max(16, 2 * candidateKeys.length));
        for (long k : candidateKeys) {
            candidates.put(k, 0);
        }
        Units[] cut = new Units[mayCarry.length];
        IntStream.range(0, mayCarry.length).parallel().forEach(k -> {
            Units u = new Units(articles.get(mayCarry[k]).text(), tokens[mayCarry[k]], p.ngram());
            cut[k] = carries(u, candidates) ? u : null;
        });
        int[] carriers = IntStream.range(0, mayCarry.length).filter(k -> cut[k] != null).map(k -> mayCarry[k]).toArray();
        Units[] units = new Units[carriers.length];
        int[] unitSite = new int[carriers.length];
        for (int k = 0, c = 0; k < cut.length; k++) {
            if (cut[k] != null) {
                units[c] = cut[k];
                unitSite[c++] = site[mayCarry[k]];
            }
        }
        LongList frequentKeys = new LongList(1024);
        BitSet fewPages = new BitSet();
        LongIntMap frequent = frequent(units, unitSite, p, frequentKeys, fewPages);
        if (frequent.size() == 0) {
            return new Cleaned(Furniture.none(p), articles, tokens, handed);
        }
        // Each article's n-grams by number: the frequent one's index, or -1; null when none is.
        int[][] index = new int[units.length][];
        IntStream.range(0, units.length).parallel().forEach(d -> index[d] = frequentIndex(units[d], frequent));
        VoteTally[] tallies = new VoteTally[frequent.size()];
        for (int d = 0; d < units.length; d++) {
            int[] ix = index[d];
            if (ix != null) {
                vote(units[d], g -> ix[g] >= 0, g -> fewPages.get(ix[g]), p, (g, yes, fromStart, fromEnd) -> {
                    VoteTally t = tallies[ix[g]];
                    if (t == null) {
                        t = tallies[ix[g]] = new VoteTally();
                    }
                    t.add(yes, fromStart, fromEnd);
                });
            }
        }
        boolean[] isFurniture = new boolean[tallies.length];
        LongList keys = new LongList(64);
        for (int idx = 0; idx < tallies.length; idx++) {
            if (tallies[idx] != null && tallies[idx].isFurniture(fewPages.get(idx))) {
                isFurniture[idx] = true;
                keys.add(frequentKeys.get(idx));
            }
        }
        long[] sorted = keys.toArray();
        Arrays.sort(sorted);
        Furniture furniture = new Furniture(p, sorted);
        if (!clean || sorted.length == 0) {
            return new Cleaned(furniture, articles, tokens, handed);
        }
        Article[] out = articles.toArray(new Article[0]);
        IntStream.range(0, units.length).parallel().forEach(k -> {
            int d = carriers[k];
            Units u = units[k];
            int[] ix = index[k];
            if (ix == null) {
                return;
            }
            boolean[] drop = new boolean[u.size()];
            boolean any = false;
            for (int s = 0; s < u.size(); s++) {
                drop[s] = u.coverageAt(s, g -> ix[g] >= 0 && isFurniture[ix[g]]) >= FurnitureParams.UNIT_COVERAGE;
                any |= drop[s];
            }
            if (any) {
                out[d] = Furniture.without(out[d], u, drop);
                tokens[d] = Tokenizer.tokenize(out[d].text());
            }
        });
        handed.replace(IntStream.range(0, n).filter(d -> out[d] != articles.get(d)).toArray(), tokens);
        return new Cleaned(furniture, List.of(out), tokens, handed);
    }

    /**
     * The n-grams (keys) that may be furniture in one article: those that may be frequent, in a
     * sentence they may make frequent; null when there are none. Only the paragraphs holding an
     * n-gram that may be frequent are cut into sentences: the others have no such sentence.
     */
    private static long[] candidates(int d, String text, Tokens t, int ngram, FrequentFilter filter) {
        long[] h = t.hashes();
        int need = filter.windows(d); // the scan stops at the last of them
        int[] at = new int[Math.max(1, need)];
        int m = 0;
        for (int i = 0; i + ngram <= h.length && m < need; i++) {
            if (filter.mayBeFrequent(d, Hashing.window(h, i, ngram))) {
                if (m == at.length) {
                    at = Arrays.copyOf(at, 2 * m);
                }
                at[m++] = t.start(i);
            }
        }
        return m == 0 ? null
                : candidates(d, new Units(text, t, ngram, Sentences.splitAround(text, Arrays.copyOf(at, m))), filter);
    }

    /** As {@link #candidates(int, String, Tokens, int, FrequentFilter)}, given the units to read. */
    private static long[] candidates(int d, Units u, FrequentFilter filter) {
        boolean[] maybe = new boolean[u.grams.length];
        for (int g = 0; g < maybe.length; g++) {
            maybe[g] = filter.mayBeFrequent(d, u.grams[g]);
        }
        LongList out = null;
        for (int s = 0; s < u.size(); s++) {
            if (u.coverageAt(s, g -> maybe[g]) >= FurnitureParams.UNIT_COVERAGE) {
                if (out == null) {
                    out = new LongList(16);
                }
                for (int g = u.gramFrom[s]; g < u.gramFrom[s + 1]; g++) {
                    if (maybe[g]) {
                        out.add(u.grams[g] & KEY_MASK);
                    }
                }
            }
        }
        return out == null ? null : out.toArray();
    }

    /** The distinct keys of all the lists, sorted. */
    private static long[] distinct(long[][] lists) {
        LongList all = new LongList(64);
        for (long[] l : lists) {
            if (l != null) {
                all.addAll(l);
            }
        }
        return CandidatePairs.distinctSorted(all.toArray());
    }

    /** Whether one of the article's n-grams (inside a sentence) is in {@code keys}. */
    private static boolean carries(Units u, LongIntMap keys) {
        for (long h : u.grams) {
            if (keys.get(h & KEY_MASK, -1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The frequent index of each of the article's n-grams (-1: not frequent); null when none is. */
    private static int[] frequentIndex(Units u, LongIntMap frequent) {
        int[] ix = new int[u.grams.length];
        boolean any = false;
        for (int g = 0; g < ix.length; g++) {
            ix[g] = frequent.get(u.grams[g] & KEY_MASK, -1);
            any |= ix[g] >= 0;
        }
        return any ? ix : null;
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
     * one site. The site rule needs two articles at least: one article is no repetition.
     */
    public static boolean isFrequent(int documents, int mostFromOneSite, FurnitureParams p) {
        return documents >= p.minDocs()
                || p.minSiteDocs() > 0 && documents >= 2 && mostFromOneSite >= p.minSiteDocs();
    }

    /**
     * Whether a frequent n-gram is frequent only on a few pages of one site (fewer than
     * {@link FurnitureParams#midSiteDocs}): it is then furniture only in a block at its
     * article's start or end.
     */
    public static boolean isFewPages(int documents, int mostFromOneSite, FurnitureParams p) {
        return documents < p.minDocs() && mostFromOneSite < p.midSiteDocs();
    }

    /**
     * Told each vote of an article: the frequent n-gram's key, whether it votes for furniture and
     * its place (see {@link VoteTally#add}).
     */
    @FunctionalInterface
    public interface Votes {
        void vote(long key, boolean furniture, int fromStart, int fromEnd);
    }

    /**
     * The votes of one article, given the frequent n-grams and those of them on few pages
     * ({@link #isFewPages}), by key; a distributed run sums them per key in a {@link VoteTally}
     * and keeps the keys of {@link VoteTally#isFurniture}.
     */
    public static void votes(Article a, FurnitureParams p, LongPredicate frequent, LongPredicate fewPages, Votes out) {
        Units u = new Units(a.text(), p.ngram());
        long[] h = u.grams;
        vote(u, g -> frequent.test(h[g] & KEY_MASK), g -> fewPages.test(h[g] & KEY_MASK), p,
                (g, yes, fromStart, fromEnd) -> out.vote(h[g] & KEY_MASK, yes, fromStart, fromEnd));
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

    /**
     * Frequent n-grams (40-bit keys) numbered 0..size-1: every n-gram of every article, packed
     * with the article's number and sorted once; an n-gram's documents are its distinct values.
     * Sets in {@code fewPages} the numbers of those {@link #isFewPages}.
     */
    private static LongIntMap frequent(Units[] units, int[] site, FurnitureParams p, LongList keys,
            BitSet fewPages) {
        int[] offset = new int[units.length + 1];
        for (int d = 0; d < units.length; d++) {
            offset[d + 1] = Math.addExact(offset[d], units[d].grams.length);
        }
        long[] packed = new long[offset[units.length]];
        IntStream.range(0, units.length).parallel().forEach(d -> {
            long[] h = units[d].grams;
            for (int g = 0; g < h.length; g++) {
                packed[offset[d] + g] = (h[g] & KEY_MASK) | d;
            }
        });
        HashSort.sort(packed);
        LongIntMap out = new LongIntMap(1024);
        frequentGroups(packed, packed.length, site, p, (key, from, to, few) -> {
            fewPages.set(keys.size(), few);
            out.put(key, keys.size());
            keys.add(key);
        });
        return out;
    }

    /**
     * Told each frequent n-gram of the sorted packed keys: its 40-bit key, its rows and whether
     * it is on few pages of one site only ({@link #isFewPages}).
     */
    @FunctionalInterface
    interface FrequentGroup {
        void accept(long key, int from, int to, boolean fewPages);
    }

    /**
     * The frequent n-grams among the first {@code size} packed keys (sorted; a document's repeats
     * of an n-gram count once), each told with its rows {@code [from, to)}.
     *
     * @param site each document's site number (a negative number is a site of its own)
     */
    static void frequentGroups(long[] packed, int size, int[] site, FurnitureParams p, FrequentGroup out) {
        int low = Math.min(p.minDocs(), Math.max(2, p.minSiteDocs()));
        int[] sites = new int[16];
        for (int g = 0; g < size; ) {
            long key = packed[g] & KEY_MASK;
            int e = g + 1;
            int df = 1;
            while (e < size && (packed[e] & KEY_MASK) == key) {
                if (packed[e] != packed[e - 1]) {
                    df++;
                }
                e++;
            }
            if (df >= low) {
                int mostFromOneSite = 0;
                if (df < p.minDocs() && p.minSiteDocs() > 0) {
                    if (sites.length < df) {
                        sites = new int[df];
                    }
                    int m = 0;
                    for (int x = g; x < e; x++) {
                        if (x == g || packed[x] != packed[x - 1]) {
                            sites[m++] = site[(int) (packed[x] & DOC_MASK)];
                        }
                    }
                    mostFromOneSite = longestRun(sites, df);
                }
                if (isFrequent(df, mostFromOneSite, p)) {
                    out.accept(key, g, e, isFewPages(df, mostFromOneSite, p));
                }
            }
            g = e;
        }
    }

    /** The article's distinct n-gram keys, packed with its number. */
    private static long[] distinctKeys(Units u, int doc) {
        LongList keys = new LongList(Math.max(4, u.grams.length));
        for (long h : u.grams) {
            keys.add((h & KEY_MASK) | doc);
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

    /** Told each vote of an article by the frequent n-gram's number in the text, with its place. */
    @FunctionalInterface
    private interface GramVotes {
        void vote(int gram, boolean furniture, int fromStart, int fromEnd);
    }

    /**
     * Adds one article's votes, given which of its n-grams (by number) are frequent. A unit
     * shorter than an n-gram ("All rights reserved.", "Download our app here.") has no n-gram
     * and can never be frequent, so it does not keep a run from standing at its article's
     * edge: else the footer line it follows or precedes looks like one stock sentence inside
     * the news. A frequent caption line of a video playlist ({@link Playlists}) votes for
     * furniture wherever it stands. An n-gram on few pages of one site ({@code fewPages}) votes
     * for furniture only from a block at the article's start or end, and tells its place (see
     * {@link VoteTally}): the template's signature is one place on every page.
     */
    private static void vote(Units u, IntPredicate frequent, IntPredicate fewPages, FurnitureParams p, GramVotes out) {
        int n = u.size();
        boolean[] freq = new boolean[n];
        int[] rank = new int[n]; // units with an n-gram before this one
        int first = n; // the first and the last unit that have an n-gram
        int last = -1;
        int ranked = 0;
        for (int s = 0; s < n; s++) {
            freq[s] = u.coverageAt(s, frequent) >= FurnitureParams.UNIT_COVERAGE;
            rank[s] = ranked;
            if (u.ngrams(s) > 0) {
                first = Math.min(first, s);
                last = s;
                ranked++;
            }
        }
        boolean[] caption = Playlists.captionUnits(u.text, u.spans); // furniture by form
        for (int s = 0; s < n; ) {
            int e = s + 1;
            if (freq[s]) {
                int words = u.words(s);
                while (e < n && freq[e]) {
                    words += u.words(e);
                    e++;
                }
                boolean edge = s <= first || e > last;
                boolean furnitureLike = words <= p.maxBlockWords()
                        && (words <= FurnitureParams.MAX_BLOCK_SHARE * u.words() || 2 * words <= p.maxBlockWords())
                        && (edge || e - s >= 2);
                for (int x = s; x < e; x++) {
                    boolean yes = furnitureLike || caption[x];
                    boolean evenIfFew = furnitureLike && edge || caption[x];
                    int at = furnitureLike ? rank[x] : VoteTally.NO_PLACE;
                    int fromEnd = furnitureLike ? rank[last] - rank[x] : VoteTally.NO_PLACE;
                    tally(u, x, frequent, out, g -> yes && (evenIfFew || !fewPages.test(g)), at, fromEnd);
                }
            } else {
                tally(u, s, frequent, out, g -> false, VoteTally.NO_PLACE, VoteTally.NO_PLACE);
            }
            s = e;
        }
    }

    private static void tally(Units u, int s, IntPredicate frequent, GramVotes out, IntPredicate yes, int fromStart,
            int fromEnd) {
        for (int g = u.gramFrom[s]; g < u.gramFrom[s + 1]; g++) {
            if (frequent.test(g)) {
                out.vote(g, yes.test(g), fromStart, fromEnd);
            }
        }
    }
}
