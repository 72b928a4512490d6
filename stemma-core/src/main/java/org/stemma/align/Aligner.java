package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.Sentences;
import org.stemma.text.Span;
import org.stemma.text.Tokens;

/**
 * Seed-and-extend passage alignment of two token sequences, on 64-bit token hashes.
 *
 * <ol>
 *   <li><b>Seeds</b>: every run of {@code seedSize} words of text a that also occurs in text b
 *       (skipping runs found more than {@code maxSeedOccurrences} times in b).</li>
 *   <li><b>Extend</b>: each seed grows left and right along its diagonal into a maximal exact
 *       match; one match per diagonal stretch.</li>
 *   <li><b>Chain</b>: matches in the same order in both texts, with gaps of at most
 *       {@code maxGap} words and {@code maxGapSentences} sentences in each, are chained by
 *       dynamic programming (score = matched words minus {@code gapCost} per gap word), which
 *       tolerates substituted, inserted and deleted words and a sentence or two dropped or
 *       added.</li>
 *   <li><b>Regions</b>: chains whose extents are within {@code maxGap} words of each other in
 *       both texts are merged (reordered sentences); overlapping regions keep the one with more
 *       matched words, so each char of either text is in at most one passage. Regions with fewer
 *       than {@code minMatchedTokens} matched words or a density below {@code minDensity} are
 *       dropped.</li>
 *   <li><b>Passages</b>: each region is one passage, as a reader sees a copied region:
 *       {@link PassageKind#VERBATIM} if it is one exact match, {@link PassageKind#EDITED}
 *       otherwise (its word edits are {@link PassageOps}). A region is split only where the copy
 *       leaves the source for longer than {@code maxGap} words, or jumps elsewhere in it.
 *       Similarity is {@code 2*matched/(lenA+lenB)} in words.</li>
 * </ol>
 *
 * <p>The result does not depend on argument order: {@code align(b, a)} is {@code align(a, b)}
 * with the spans swapped. Spans are UTF-16 char spans from the first matched token's start to
 * the last one's end; passages are sorted by their a span and do not overlap in either text.
 * Thread-safe.
 */
public final class Aligner {

    private static final int LOOKBACK = 1024;
    /** Most words trimmed off the start of a match that overlaps its predecessor in the chain. */
    private static final int MAX_TRIM = 3;

    private final ReuseOptions options;

    public Aligner(ReuseOptions options) {
        this.options = options;
    }

    /** Aligner with {@link ReuseOptions#defaults()}. */
    public Aligner() {
        this(ReuseOptions.defaults());
    }

    /** Verbatim and edited passages between {@code a} and {@code b}, ordered by position in a. */
    public List<Passage> align(Tokens a, Tokens b) {
        long ha = Hashing.sequence(a.hashes());
        long hb = Hashing.sequence(b.hashes());
        boolean swap = a.size() != b.size() ? a.size() > b.size() : ha > hb;
        if (!swap) {
            return alignOrdered(a, b);
        }
        List<Passage> mirrored = new ArrayList<>();
        for (Passage p : alignOrdered(b, a)) {
            mirrored.add(new Passage(p.b(), p.a(), p.kind(), p.similarity()));
        }
        mirrored.sort((p, q) -> p.a().compareTo(q.a()));
        return mirrored;
    }

    private List<Passage> alignOrdered(Tokens a, Tokens b) {
        Mems mems = maximalMatches(a.hashes(), b.hashes());
        if (mems.count == 0) {
            return List.of();
        }
        mems.sortByA();
        List<Region> regions = chain(mems, new SentenceCount(a), new SentenceCount(b));
        regions = mergeNear(regions, mems);
        regions = resolveOverlaps(regions);
        List<Passage> out = new ArrayList<>();
        for (Region r : regions) {
            out.add(toPassage(r, a, b));
        }
        out.sort((p, q) -> p.a().compareTo(q.a()));
        return out;
    }

    /** Maximal exact matches (start in a, start in b, length) grown from k-word seeds. */
    private Mems maximalMatches(long[] x, long[] y) {
        int k = options.seedSize();
        int n = x.length;
        int m = y.length;
        Mems mems = new Mems();
        if (n < k || m < k) {
            return mems;
        }
        int windows = m - k + 1;
        LongIntMap slots = new LongIntMap(windows);
        int[] head = new int[windows];
        int[] count = new int[windows];
        int[] next = new int[windows];
        int ids = 0;
        for (int j = windows - 1; j >= 0; j--) {
            int id = slots.getOrPut(Hashing.window(y, j, k), ids);
            if (id < 0) {
                id = ids++;
                head[id] = -1;
            }
            next[j] = head[id];
            head[id] = j;
            count[id]++;
        }
        // End (exclusive, in a) of the last match found on each diagonal i - j + m.
        int[] diagEnd = new int[n + m + 1];
        int maxOcc = options.maxSeedOccurrences();
        for (int i = 0; i + k <= n; i++) {
            int id = slots.get(Hashing.window(x, i, k), -1);
            if (id < 0 || count[id] > maxOcc) {
                continue;
            }
            for (int j = head[id]; j >= 0; j = next[j]) {
                int d = i - j + m;
                if (i < diagEnd[d] || !equal(x, i, y, j, k)) {
                    continue;
                }
                int s = i;
                int t = j;
                while (s > 0 && t > 0 && s - 1 >= diagEnd[d] && x[s - 1] == y[t - 1]) {
                    s--;
                    t--;
                }
                int e = i + k;
                while (e < n && j + (e - i) < m && x[e] == y[j + (e - i)]) {
                    e++;
                }
                mems.add(s, t, e - s);
                diagEnd[d] = e;
            }
        }
        return mems;
    }

    private static boolean equal(long[] x, int i, long[] y, int j, int k) {
        for (int t = 0; t < k; t++) {
            if (x[i + t] != y[j + t]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Counts the sentences begun inside token ranges of one text ({@link Sentences}), split
     * only when a gap long enough to hold several sentences asks.
     */
    private static final class SentenceCount {
        /** Gaps of at most this many words are never counted: they hold a sentence or two at most. */
        static final int SHORT_GAP = 12;
        private final Tokens tokens;
        private int[] prefix;

        SentenceCount(Tokens tokens) {
            this.tokens = tokens;
        }

        /** Sentences whose first word is in tokens [from, to). */
        int begun(int from, int to) {
            if (to - from <= SHORT_GAP) {
                return 0;
            }
            if (prefix == null) {
                boolean[] starts = new boolean[tokens.size()];
                for (Span s : Sentences.split(tokens.text())) {
                    int t = tokens.tokenAtOrAfter(s.start());
                    if (t < starts.length) {
                        starts[t] = true;
                    }
                }
                prefix = new int[starts.length + 1];
                for (int i = 0; i < starts.length; i++) {
                    prefix[i + 1] = prefix[i] + (starts[i] ? 1 : 0);
                }
            }
            return prefix[to] - prefix[from];
        }
    }

    /**
     * Chains of in-order matches by dynamic programming, best chains first, as regions. A gap
     * is bridged when, in each text, it holds at most {@code maxGap} words and begins at most
     * {@code maxGapSentences} sentences: the copy has not left the source.
     */
    private List<Region> chain(Mems mm, SentenceCount sentA, SentenceCount sentB) {
        int c = mm.count;
        int[] A = mm.a;
        int[] B = mm.b;
        int[] L = mm.len;
        int maxGap = options.maxGap();
        int maxSentences = options.maxGapSentences();
        double gapCost = options.gapCost();
        double[] score = new double[c];
        int[] prev = new int[c];
        // Words at the start of a match already matched by its predecessor: matches grown on two
        // diagonals can share a word at an edit ("made up. It [also…] wasn't"), and are trimmed.
        int[] trim = new int[c];
        for (int x = 0; x < c; x++) {
            double best = L[x];
            int bp = -1;
            int bt = 0;
            for (int y = x - 1; y >= 0 && y >= x - LOOKBACK; y--) {
                int gapA = A[x] - (A[y] + L[y]);
                int gapB = B[x] - (B[y] + L[y]);
                int ov = Math.max(0, Math.max(-gapA, -gapB));
                if (ov >= L[x] || ov > MAX_TRIM) {
                    continue;
                }
                gapA += ov;
                gapB += ov;
                if (gapA > maxGap || gapB > maxGap
                        || sentA.begun(A[y] + L[y], A[x] + ov) > maxSentences
                        || sentB.begun(B[y] + L[y], B[x] + ov) > maxSentences) {
                    continue;
                }
                double cand = score[y] + L[x] - ov - gapCost * (gapA + gapB);
                if (cand > best) {
                    best = cand;
                    bp = y;
                    bt = ov;
                }
            }
            score[x] = best;
            prev[x] = bp;
            trim[x] = bt;
        }
        long[] order = new long[c];
        for (int x = 0; x < c; x++) {
            order[x] = ((long) Math.min(Integer.MAX_VALUE, Math.round(score[x] * 16)) << 32) | x;
        }
        Arrays.sort(order);
        boolean[] used = new boolean[c];
        List<Region> regions = new ArrayList<>();
        int minChain = Math.min(options.minMatchedTokens(), options.seedSize() + 2);
        int[] buf = new int[c];
        for (int o = c - 1; o >= 0; o--) {
            int x = (int) order[o];
            if (used[x]) {
                continue;
            }
            int len = 0;
            for (int y = x; y >= 0 && !used[y]; y = prev[y]) {
                used[y] = true;
                buf[len++] = y;
            }
            int[] members = new int[len];
            int matched = 0;
            for (int t = 0; t < len; t++) {
                members[t] = buf[len - 1 - t];
                matched += L[members[t]] - (t == 0 ? 0 : trim[members[t]]);
            }
            if (matched < minChain) {
                continue;
            }
            int first = members[0];
            int last = members[len - 1];
            regions.add(new Region(A[first], A[last] + L[last], B[first], B[last] + L[last],
                    matched, members, true));
        }
        return regions;
    }

    /**
     * Merges regions that are near each other in both texts but not in the same order (sentences
     * moved around inside a passage); in-order neighbours were already chained, or deliberately
     * not, by the chaining score. Only regions that would stand on their own are merged.
     */
    private List<Region> mergeNear(List<Region> regions, Mems mems) {
        if (regions.size() < 2 || regions.size() > 500) {
            return regions;
        }
        List<Region> rs = new ArrayList<>(regions);
        int gap = options.maxGap();
        int min = options.minMatchedTokens();
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < rs.size(); i++) {
                for (int j = i + 1; j < rs.size(); j++) {
                    Region r = rs.get(i);
                    Region s = rs.get(j);
                    if (r.matched >= min && s.matched >= min && !r.before(s) && !s.before(r)
                            && !sharesTokens(r, s, mems)
                            && near(r.aS, r.aE, s.aS, s.aE, gap) && near(r.bS, r.bE, s.bS, s.bE, gap)) {
                        rs.set(i, r.merge(s));
                        rs.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return rs;
    }

    /**
     * True if a matched token of one region is also matched by the other, in either text: the two
     * then compete for the same text (a repeated passage), they are not pieces of one reordered
     * passage.
     */
    private static boolean sharesTokens(Region r, Region s, Mems mm) {
        if (!r.inOrder || !s.inOrder) {
            return true;
        }
        for (int x : r.members) {
            for (int y : s.members) {
                int la = mm.len[x];
                int lb = mm.len[y];
                if (mm.a[x] < mm.a[y] + lb && mm.a[y] < mm.a[x] + la
                        || mm.b[x] < mm.b[y] + lb && mm.b[y] < mm.b[x] + la) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(int s1, int e1, int s2, int e2, int gap) {
        return Math.max(s1, s2) - Math.min(e1, e2) <= gap;
    }

    /** Keeps the strongest regions such that no two overlap in either text; drops weak ones. */
    private List<Region> resolveOverlaps(List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort((p, q) -> Integer.compare(q.matched, p.matched));
        List<Region> kept = new ArrayList<>();
        for (Region r : sorted) {
            if (r.matched < options.minMatchedTokens()) {
                continue;
            }
            double density = 2.0 * r.matched / ((r.aE - r.aS) + (r.bE - r.bS));
            if (density < options.minDensity()) {
                continue;
            }
            boolean clash = false;
            for (Region k : kept) {
                if (r.aS < k.aE && k.aS < r.aE || r.bS < k.bE && k.bS < r.bE) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** One passage per region: verbatim if it is one exact match, edited otherwise. */
    private static Passage toPassage(Region r, Tokens a, Tokens b) {
        boolean exact = r.inOrder && r.members.length == 1;
        return passage(a, b, r.aS, r.aE, r.bS, r.bE, r.matched, exact);
    }

    private static Passage passage(Tokens a, Tokens b, int aS, int aE, int bS, int bE,
                                   int matched, boolean exact) {
        Span sa = new Span(a.start(aS), a.end(aE - 1));
        Span sb = new Span(b.start(bS), b.end(bE - 1));
        if (exact) {
            return new Passage(sa, sb, PassageKind.VERBATIM, 1.0);
        }
        double sim = Math.min(1.0, 2.0 * matched / ((aE - aS) + (bE - bS)));
        return new Passage(sa, sb, PassageKind.EDITED, sim);
    }

    /** Growable parallel arrays of exact matches. */
    private static final class Mems {
        int[] a = new int[16];
        int[] b = new int[16];
        int[] len = new int[16];
        int count;

        void add(int s, int t, int l) {
            if (count == a.length) {
                a = Arrays.copyOf(a, count * 2);
                b = Arrays.copyOf(b, count * 2);
                len = Arrays.copyOf(len, count * 2);
            }
            a[count] = s;
            b[count] = t;
            len[count] = l;
            count++;
        }

        void sortByA() {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                keys[i] = ((long) a[i] << 32) | i;
            }
            Arrays.sort(keys);
            int[] na = new int[count];
            int[] nb = new int[count];
            int[] nl = new int[count];
            for (int i = 0; i < count; i++) {
                int o = (int) keys[i];
                na[i] = a[o];
                nb[i] = b[o];
                nl[i] = len[o];
            }
            a = na;
            b = nb;
            len = nl;
        }
    }

    /** Token ranges [aS, aE) x [bS, bE) with the matches (indexes into Mems) they hold. */
    private record Region(int aS, int aE, int bS, int bE, int matched, int[] members,
                          boolean inOrder) {
        /** Entirely before {@code o} in both texts. */
        boolean before(Region o) {
            return aE <= o.aS && bE <= o.bS;
        }

        Region merge(Region o) {
            boolean ordered = inOrder && o.inOrder
                    && (aE <= o.aS && bE <= o.bS || o.aE <= aS && o.bE <= bS);
            int[] ms;
            if (ordered) {
                Region first = aS <= o.aS ? this : o;
                Region second = first == this ? o : this;
                ms = Arrays.copyOf(first.members, first.members.length + second.members.length);
                System.arraycopy(second.members, 0, ms, first.members.length, second.members.length);
            } else {
                ms = new int[0];
            }
            return new Region(Math.min(aS, o.aS), Math.max(aE, o.aE), Math.min(bS, o.bS),
                    Math.max(bE, o.bE), matched + o.matched, ms, ordered);
        }
    }
}
