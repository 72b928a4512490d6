package org.stemma.furniture;

import java.util.Arrays;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;
import org.stemma.text.Tokens;

/**
 * Sites for pages that name none (no URL, outlet or byline), told by the furniture itself: two
 * such pages are one site when what they share is one furniture-like block at the same edge of
 * both (the first or the last sentences: a footer, a form, a credit line), short and at most
 * {@link FurnitureParams#MAX_BLOCK_SHARE} of each page (or a short page that is only that
 * block), and they share nothing else: fewer than {@code ngram} n-grams elsewhere, and no rare
 * word (one in at most {@code minDocs} articles) in the rest of their texts. Pages joined so
 * form one site for {@link FurnitureFinder}'s site rule, so the block they repeat is furniture.
 *
 * <p>Wire copy two papers open with is not joined: a paper's story and its wire source, or two
 * papers' stories from one wire story, tell one event and share its rare words (names, places)
 * beyond the copied lede; a page copied whole or in large part fails the block's size test.
 */
final class PseudoSites {

    private PseudoSites() {
    }

    /**
     * The site numbers with pages of no site (negative numbers) joined as above into new sites
     * (numbered after the known ones); {@code site} itself is not changed.
     */
    static int[] assign(Tokens[] tokens, int[] site, FurnitureParams p) {
        int docs = site.length;
        int n = p.ngram();
        int edge = 4 * n; // windows looked at for a shared edge, at each end
        LongList keys = new LongList(1024);
        for (int d = 0; d < docs; d++) {
            if (site[d] >= 0) {
                continue;
            }
            long[] h = tokens[d].hashes();
            int windows = h.length - n + 1;
            for (int i = 0; i < windows; i++) {
                if (i < edge || i >= windows - edge) {
                    keys.add((Hashing.window(h, i, n) & FurnitureFinder.KEY_MASK) | d);
                }
            }
        }
        long[] packed = keys.toArray();
        if (packed.length == 0) {
            return site;
        }
        Arrays.sort(packed);
        LongList pairs = new LongList(64);
        int[] group = new int[16];
        for (int g = 0; g < packed.length; ) {
            long key = packed[g] & FurnitureFinder.KEY_MASK;
            int e = g;
            int m = 0;
            while (e < packed.length && (packed[e] & FurnitureFinder.KEY_MASK) == key) {
                if (e == g || packed[e] != packed[e - 1]) {
                    if (m == group.length) {
                        group = Arrays.copyOf(group, 2 * m);
                    }
                    group[m++] = (int) (packed[e] & FurnitureFinder.DOC_MASK);
                }
                e++;
            }
            // Text in more articles than minDocs is the global rule's to judge.
            if (m >= 2 && m < p.minDocs()) {
                for (int x = 0; x < m; x++) {
                    for (int y = x + 1; y < m; y++) {
                        pairs.add(((long) group[x] << 32) | group[y]);
                    }
                }
            }
            g = e;
        }
        long[] cands = pairs.toArray();
        Arrays.sort(cands);
        Units[] units = new Units[docs];
        LongList joined = new LongList(16);
        for (int x = 0; x < cands.length; x++) {
            if (x > 0 && cands[x] == cands[x - 1]) {
                continue;
            }
            int a = (int) (cands[x] >>> 32);
            int b = (int) cands[x];
            Units ua = units(units, a, tokens, p);
            Units ub = units(units, b, tokens, p);
            if (sharesOnlyAnEdgeBlock(ua, ub, p)) {
                joined.add(cands[x]);
            }
        }
        if (joined.size() == 0) {
            return site;
        }
        long[] j = joined.toArray();
        if (sharesRareWords(j, units, tokens, p)) {
            return site;
        }
        return join(site, j);
    }

    private static Units units(Units[] cache, int d, Tokens[] tokens, FurnitureParams p) {
        if (cache[d] == null) {
            cache[d] = new Units(tokens[d].text(), tokens[d], p.ngram());
        }
        return cache[d];
    }

    /** The edge block of {@code u} covered by the shared keys: [from, to) sentences, or null. */
    private static int[] block(Units u, long[] shared, FurnitureParams p) {
        int size = u.size();
        boolean[] in = new boolean[size];
        int outside = 0;
        for (int s = 0; s < size; s++) {
            in[s] = u.coverage(s, h -> Arrays.binarySearch(shared, h & FurnitureFinder.KEY_MASK) >= 0)
                    >= FurnitureParams.UNIT_COVERAGE;
        }
        int from = 0;
        while (from < size && !in[from]) {
            from++;
        }
        int to = from;
        while (to < size && in[to]) {
            to++;
        }
        if (from == size || from > 0 && to < size) {
            return null; // not one block at an edge
        }
        int words = 0;
        for (int s = 0; s < size; s++) {
            if (s >= from && s < to) {
                words += u.words(s);
            } else {
                for (int g = u.gramFrom[s]; g < u.gramFrom[s + 1]; g++) {
                    outside += Arrays.binarySearch(shared, u.grams[g] & FurnitureFinder.KEY_MASK) >= 0 ? 1 : 0;
                }
            }
        }
        boolean furnitureLike = words <= p.maxBlockWords()
                && (words <= FurnitureParams.MAX_BLOCK_SHARE * u.words() || 2 * words <= p.maxBlockWords());
        return furnitureLike && outside < p.ngram() ? new int[] {from, to} : null;
    }

    private static boolean sharesOnlyAnEdgeBlock(Units a, Units b, FurnitureParams p) {
        long[] shared = intersection(keys(a), keys(b));
        if (shared.length == 0) {
            return false;
        }
        int[] ba = block(a, shared, p);
        int[] bb = block(b, shared, p);
        // The same edge of both: the start of both, or the end of both.
        return ba != null && bb != null
                && (ba[0] == 0 && bb[0] == 0 || ba[1] == a.size() && bb[1] == b.size());
    }

    /**
     * Whether the rest of some joined pair (outside their shared block's sentences) shares a rare
     * word; each such pair is dropped from {@code joined} (set to -1), and the answer is false
     * unless every pair was dropped.
     */
    private static boolean sharesRareWords(long[] joined, Units[] units, Tokens[] tokens, FurnitureParams p) {
        // Words of the rest of both pages, and their document frequency over the whole corpus.
        LongIntMap df = new LongIntMap(1024);
        long[][] restA = new long[joined.length][];
        long[][] restB = new long[joined.length][];
        for (int x = 0; x < joined.length; x++) {
            int a = (int) (joined[x] >>> 32);
            int b = (int) joined[x];
            long[] shared = intersection(keys(units[a]), keys(units[b]));
            restA[x] = restWords(units[a], shared, p);
            restB[x] = restWords(units[b], shared, p);
            for (long w : intersection(restA[x], restB[x])) {
                df.put(w, 0);
            }
        }
        if (df.size() > 0) {
            LongIntMap last = new LongIntMap(df.size());
            for (int d = 0; d < tokens.length; d++) {
                for (long w : tokens[d].hashes()) {
                    int c = df.get(w, -1);
                    if (c >= 0 && last.get(w, -1) != d) {
                        last.put(w, d);
                        df.put(w, c + 1);
                    }
                }
            }
        }
        boolean any = false;
        for (int x = 0; x < joined.length; x++) {
            boolean rare = false;
            for (long w : intersection(restA[x], restB[x])) {
                rare |= df.get(w, 0) <= p.minDocs();
            }
            if (rare) {
                joined[x] = -1;
            } else {
                any = true;
            }
        }
        return !any;
    }

    /** The page's distinct words outside the sentences its shared keys cover. */
    private static long[] restWords(Units u, long[] shared, FurnitureParams p) {
        LongList out = new LongList(64);
        for (int s = 0; s < u.size(); s++) {
            boolean inBlock = u.coverage(s, h -> Arrays.binarySearch(shared, h & FurnitureFinder.KEY_MASK) >= 0)
                    >= FurnitureParams.UNIT_COVERAGE;
            if (!inBlock) {
                for (int t = u.from[s]; t < u.to[s]; t++) {
                    out.add(u.tokens.hash(t));
                }
            }
        }
        return distinct(out.toArray());
    }

    /** Pages joined (transitively) into one site each, numbered after the known sites. */
    private static int[] join(int[] site, long[] joined) {
        int docs = site.length;
        int[] parent = new int[docs];
        for (int d = 0; d < docs; d++) {
            parent[d] = d;
        }
        for (long pr : joined) {
            if (pr >= 0) {
                parent[find(parent, (int) (pr >>> 32))] = find(parent, (int) pr);
            }
        }
        int[] size = new int[docs];
        for (int d = 0; d < docs; d++) {
            size[find(parent, d)]++;
        }
        int known = 0;
        for (int s : site) {
            known = Math.max(known, s + 1);
        }
        int[] out = site.clone();
        int[] number = new int[docs];
        Arrays.fill(number, -1);
        int next = known;
        for (int d = 0; d < docs; d++) {
            int r = find(parent, d);
            if (size[r] >= 2) {
                if (number[r] < 0) {
                    number[r] = next++;
                }
                out[d] = number[r];
            }
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static long[] keys(Units u) {
        long[] k = new long[u.grams.length];
        for (int g = 0; g < k.length; g++) {
            k[g] = u.grams[g] & FurnitureFinder.KEY_MASK;
        }
        return distinct(k);
    }

    private static long[] distinct(long[] v) {
        long[] k = v.clone();
        Arrays.sort(k);
        int m = 0;
        for (int i = 0; i < k.length; i++) {
            if (i == 0 || k[i] != k[i - 1]) {
                k[m++] = k[i];
            }
        }
        return Arrays.copyOf(k, m);
    }

    private static long[] intersection(long[] a, long[] b) {
        LongList out = new LongList(16);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out.add(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out.toArray();
    }
}
