package org.stemma.align.paraphrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stemma.align.ParaphraseFinder;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.story.ArticleTerms;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Sentences;
import org.stemma.text.Span;

/**
 * The {@link ParaphraseFinder} backed by a sentence-embedding model and the
 * {@link ParaphraseJudge}. The model is asked only about pairs that cheap signals already tie
 * together, and only for the sentences that could still match.
 *
 * <p><b>Which pairs get a look</b> ({@link #worthALook}): the two articles share at least
 * {@link Params#minSharedKeys} keys (the capitalised names and the numbers of their first
 * {@link Params#maxSentences} sentences; paraphrases reword, but keep who, where and how many),
 * and at least {@link Params#minKeyOverlap} of the keys of the one with fewer
 * ({@link #keysClose}), and, when {@link Params#minLeadCosine} asks for it (not by default), their leads ({@link ArticleTerms#headText}: the headline and the start of the text, the text
 * the event rule embeds too, so each article's lead runs through the model once) have a cosine
 * of at least {@link Params#minLeadCosine}. A pair that fails is given no paraphrase passage,
 * whether or not it shares text verbatim. The test reads the two articles only, so every runner
 * (analyze, the store, Spark) gives a pair the same answer.
 *
 * <p><b>Candidate pairs</b> ({@link #candidatePairs}), the pairs proposed beyond the lexical
 * ones: an inverted index over keys found in at most {@link Params#maxKeyDf} articles scores
 * each pair sharing keys by the sum of the keys' idf (in fixed point, so that the sum does not
 * depend on its order); a pair qualifies if it shares at least {@link Params#minSharedKeys}
 * rare keys, and each article keeps its {@link Params#neighbours} best-scoring partners (ties:
 * the smaller article id); of those, the pairs worth a look are kept. Work is bounded by Σ df² over
 * keys with df ≤ maxKeyDf, not by the square of the corpus; the leads of the articles in
 * qualifying pairs are embedded in one batch.
 *
 * <p><b>Passages</b> ({@link #find}), for a pair worth a look: both texts are split into
 * {@link Sentences}; sentences with fewer than {@link Params#minWords} words, or whose longest
 * piece outside lexical passages holds less than {@link Params#minOutside} of their chars, do
 * not take part (the others take part through that piece); of the rest (the first
 * {@link Params#maxSentences} of each article), only those that could be matched at all
 * ({@link SentenceAligner#mayMatch}: the judge would accept some pairing even at cosine 1)
 * are embedded, then all are aligned monotonically by
 * {@link SentenceAligner}; consecutive matches become one {@link PassageKind#PARAPHRASE}
 * passage when they are adjacent in both texts or the passage-level gap rule bridges them
 * (see {@link Params#maxGap}), and no passage overlaps a lexical one; a passage's similarity
 * is the mean cosine of its matches.
 *
 * <p>Sentence vectors are cached per article (bounded LRU of {@link Params#cachedArticles}
 * articles), so an article met in several pairs is embedded once. Thread-safe if the embedder
 * is.
 */
public final class EmbeddingParaphraseFinder implements ParaphraseFinder {

    /**
     * Tunable parameters; {@link #DEFAULTS} documents the defaults.
     *
     * @param minWords       shortest sentence (in words) that may be matched
     * @param minLeadCosine  lowest cosine of the two leads' vectors for a pair worth a look;
     *                       -1 (the default) turns the lead test off, and no lead is embedded
     *                       for it
     * @param minKeyOverlap  least share of the keys of the article with fewer keys that the
     *                       other must carry too, for a pair worth a look
     * @param maxKeyDf       a name/number key found in more articles than this is too common
     * @param minSharedKeys  fewest shared keys for a pair worth a look (rare keys for a
     *                       candidate pair)
     * @param neighbours     most candidate partners kept per article (best key scores first)
     * @param maxSentences   sentences per article considered by the aligner (bounds O(n·m))
     * @param cachedArticles articles whose sentence vectors are kept
     * @param minOutside     least share of a sentence's chars that must lie in its longest
     *                       piece outside lexical passages for it to be matched
     * @param maxGap         most unmatched sentences (of minWords or more words) on each side
     *                       that a passage bridges between two sentence matches
     * @param gapThreshold   judge probability that two bridged gaps, one on each side, must
     *                       reach (a passage-level rule, below the sentence decision's
     *                       {@link ParaphraseJudge#threshold()})
     * @param cosineCeiling  a sentence is embedded only if, at this cosine, the judge would
     *                       accept it with some sentence of the other article (1 = exact
     *                       pruning; lower skips candidates whose words say too little)
     */
    public record Params(int minWords, double minLeadCosine, double minKeyOverlap, int maxKeyDf,
                         int minSharedKeys, int neighbours, int maxSentences, int cachedArticles,
                         double minOutside, int maxGap, double gapThreshold, double cosineCeiling)
            implements java.io.Serializable {
        /**
         * Defaults: sentences of 4+ words; no lead test and key overlap ≥ 0.8 (chosen together by
         * 5-fold cross-validation on the events/gva-dev gold, as the pair test that best tells
         * the pairs of one news event among those cheap enough to keep analyze within 3× the
         * lexical run's CPU time; docs/evaluation.md); keys in ≤ 200 articles;
         * ≥ 3 shared keys; 20 partners per article; 400 sentences per article; 4,096 cached
         * articles; half of a sentence outside lexical passages; gaps of at most 1 sentence per
         * side; gap threshold 0.3; cosine ceiling 0.84 (10-fold cross-validation on the MSRP
         * training pairs: the lowest ceiling that keeps 99% of the judge's accepted pairs).
         */
        public static final Params DEFAULTS = new Params(4, -1, 0.8, 200, 3, 20, 400, 4096,
                0.5, 1, 0.3, 0.84);

        /** True if the pair test reads the leads' cosine (so leads are embedded for it). */
        public boolean leadTest() {
            return minLeadCosine > -1;
        }
    }

    /**
     * One article's first {@code maxSentences} sentences with their features; vectors filled
     * in on demand.
     */
    private static final class Prepared {
        final String text;
        final String leadText;
        final List<Span> spans;
        final SentenceFeatures[] features;
        final float[][] vectors;
        /** The name and number keys, sorted, distinct. */
        final long[] keys;
        float[] lead;

        Prepared(Article a, int maxSentences) {
            this.text = a.text();
            this.leadText = ArticleTerms.headText(a);
            List<Span> all = Sentences.split(text);
            this.spans = all.size() > maxSentences ? List.copyOf(all.subList(0, maxSentences)) : all;
            this.features = new SentenceFeatures[spans.size()];
            for (int i = 0; i < features.length; i++) {
                features[i] = SentenceFeatures.of(spans.get(i).of(text));
            }
            this.vectors = new float[spans.size()][];
            this.keys = RareKeyPairs.keysOf(features);
        }
    }

    private final SentenceEmbedder embedder;
    private final ParaphraseJudge judge;
    private final SentenceAligner aligner;
    private final Params params;
    private final Map<String, Prepared> cache;

    /** A finder with the default judge and parameters. */
    public EmbeddingParaphraseFinder(SentenceEmbedder embedder) {
        this(embedder, ParaphraseJudge.DEFAULT, Params.DEFAULTS);
    }

    public EmbeddingParaphraseFinder(SentenceEmbedder embedder, ParaphraseJudge judge,
                                     Params params) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.judge = Objects.requireNonNull(judge, "judge");
        this.params = Objects.requireNonNull(params, "params");
        this.aligner = new SentenceAligner(judge);
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Prepared> e) {
                return size() > params.cachedArticles();
            }
        };
    }

    @Override
    public long[] candidatePairs(List<Article> articles) {
        int n = articles.size();
        long[][] keys = new long[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = prepare(articles.get(i)).keys;
        }
        long[] cand = RareKeyPairs.pairs(keys, i -> articles.get(i).id(), params);
        // The pair test: keys first, then the leads of the articles still in, in one batch.
        long[] close = new long[cand.length];
        int nc = 0;
        for (long c : cand) {
            if (keysClose(prepare(articles.get((int) (c >>> 32))).keys, prepare(articles.get((int) c)).keys, params)) {
                close[nc++] = c;
            }
        }
        if (!params.leadTest()) {
            return Arrays.copyOf(close, nc);
        }
        List<Prepared> involved = new ArrayList<>();
        boolean[] seen = new boolean[n];
        for (int x = 0; x < nc; x++) {
            for (int i : new int[] {(int) (close[x] >>> 32), (int) close[x]}) {
                if (!seen[i]) {
                    seen[i] = true;
                    involved.add(prepare(articles.get(i)));
                }
            }
        }
        leads(involved);
        long[] kept = new long[nc];
        int nk = 0;
        for (int x = 0; x < nc; x++) {
            long c = close[x];
            if (closeLeads(prepare(articles.get((int) (c >>> 32))), prepare(articles.get((int) c)))) {
                kept[nk++] = c;
            }
        }
        return Arrays.copyOf(kept, nk);
    }

    /** Fixed-point scale of a key's idf: scores are exact sums, equal in any order. */
    private static final double IDF_SCALE = 1e6;

    /**
     * The weight a shared key adds to a pair's score in a corpus of {@code n} articles when
     * {@code df} of them carry it: its idf, {@code ln(n/df) + 1}, in fixed point.
     */
    public static long keyWeight(long n, long df) {
        return Math.round((Math.log((double) n / df) + 1) * IDF_SCALE);
    }

    /**
     * The article's name and number keys (sorted, distinct): of its first
     * {@link Params#maxSentences} sentences, capitalised names and numbers, hashed.
     */
    public long[] keys(Article a) {
        return prepare(a).keys;
    }

    public Params params() {
        return params;
    }

    /**
     * True if the model should look for paraphrase passages between {@code a} and {@code b}:
     * their keys are close ({@link #keysClose}) and their leads' cosine is at least
     * {@link Params#minLeadCosine}. Reads the two articles only; leads are embedded only for
     * pairs whose keys are close.
     */
    public boolean worthALook(Article a, Article b) {
        Prepared pa = prepare(a);
        Prepared pb = prepare(b);
        return keysClose(pa.keys, pb.keys, params) && closeLeads(pa, pb);
    }

    /**
     * The key half of the pair test: the two sorted key sets ({@link #keys}) share at least
     * {@link Params#minSharedKeys} keys and at least {@link Params#minKeyOverlap} of the smaller set.
     */
    public static boolean keysClose(long[] a, long[] b, Params params) {
        int shared = org.stemma.text.HashSets.common(a, b);
        return shared >= params.minSharedKeys()
                && shared >= params.minKeyOverlap() * Math.min(a.length, b.length);
    }

    private boolean closeLeads(Prepared pa, Prepared pb) {
        if (!params.leadTest()) {
            return true;
        }
        float[] la = lead(pa);
        float[] lb = lead(pb);
        return la != null && lb != null && SentenceEmbedder.cosine(la, lb) >= params.minLeadCosine();
    }


    @Override
    public List<Passage> find(Article a, Article b, List<Passage> lexical) {
        if (!worthALook(a, b)) {
            return List.of();
        }
        Prepared pa = prepare(a);
        Prepared pb = prepare(b);
        List<Span> lexA = new ArrayList<>();
        List<Span> lexB = new ArrayList<>();
        for (Passage p : lexical) {
            lexA.add(p.a());
            lexB.add(p.b());
        }
        Span[] effA = outsideLexical(pa, lexA);
        Span[] effB = outsideLexical(pb, lexB);
        boolean[] okA = eligible(pa, effA);
        boolean[] okB = eligible(pb, effB);
        boolean[][] want = aligner.mayMatch(Arrays.copyOf(pa.features, okA.length), okA,
                Arrays.copyOf(pb.features, okB.length), okB, params.cosineCeiling());
        SentenceAligner.Side sa = side(pa, want[0]);
        SentenceAligner.Side sb = side(pb, want[1]);
        Pair pair = new Pair(pa, effA, lexA, pb, effB, lexB);
        List<Passage> out = new ArrayList<>();
        Run cur = null;
        for (SentenceAligner.Match m : aligner.align(sa, sb)) {
            Run next = new Run(m.aFrom(), m.aTo(), m.bFrom(), m.bTo(), m.cosine(), 1);
            if (pair.overlapsLexical(next)) {
                continue; // a 2–1 / 1–2 merge across a lexical passage would overlap it
            }
            if (cur == null) {
                cur = next;
                continue;
            }
            Run[] bridged = bridge(pair, cur, next);
            if (bridged.length == 1) {
                cur = bridged[0];
            } else {
                out.add(pair.passage(bridged[0]));
                cur = bridged[1];
            }
        }
        if (cur != null) {
            out.add(pair.passage(cur));
        }
        return out;
    }

    /**
     * Sentences {@code [aFrom, aTo)} of a and {@code [bFrom, bTo)} of b that form one passage;
     * {@code cosSum / matches} is its similarity.
     */
    private record Run(int aFrom, int aTo, int bFrom, int bTo, double cosSum, int matches) {
    }

    /** One article pair being aligned: sentences, their parts outside lexical passages. */
    private record Pair(Prepared pa, Span[] effA, List<Span> lexA, Prepared pb, Span[] effB,
                        List<Span> lexB) {

        Span spanA(Run r) {
            return new Span(effA[r.aFrom()].start(), effA[r.aTo() - 1].end());
        }

        Span spanB(Run r) {
            return new Span(effB[r.bFrom()].start(), effB[r.bTo() - 1].end());
        }

        /** True if the run's span in either text overlaps a lexical passage there. */
        boolean overlapsLexical(Run r) {
            Span x = spanA(r);
            for (Span l : lexA) {
                if (x.overlaps(l)) {
                    return true;
                }
            }
            Span y = spanB(r);
            for (Span l : lexB) {
                if (y.overlaps(l)) {
                    return true;
                }
            }
            return false;
        }

        Passage passage(Run r) {
            double sim = Math.max(0, Math.min(1, r.cosSum() / r.matches()));
            return new Passage(spanA(r), spanB(r), PassageKind.PARAPHRASE, sim);
        }
    }

    /**
     * The passage-level gap rule. Two consecutive sentence matches {@code cur} and
     * {@code next} become one passage when the sentences between them (of at least
     * {@link Params#minWords} words) number at most {@link Params#maxGap} in each text and the
     * joined spans overlap no lexical passage: an unmatched sentence inserted on one side only
     * is absorbed, and when both sides have a gap the two gaps must pass the lenient
     * {@link Params#gapThreshold} of the judge (a substitution inside an aligned region). If
     * the full join would overlap a lexical passage, the gap is given to whichever of the two
     * runs it can join without overlap.
     *
     * @return {@code {joined}}, or {@code {done, nextRun}} where {@code done} is finished
     */
    private Run[] bridge(Pair p, Run cur, Run next) {
        int[] gapA = gap(p.pa(), p.effA(), cur.aTo(), next.aFrom());
        int[] gapB = gap(p.pb(), p.effB(), cur.bTo(), next.bFrom());
        if (gapA == null || gapB == null) {
            return new Run[] {cur, next};
        }
        double cosSum = cur.cosSum() + next.cosSum();
        int matches = cur.matches() + next.matches();
        if (gapA.length > 0 && gapB.length > 0) {
            double cos = gapCosine(p, gapA, gapB);
            if (Double.isNaN(cos)) {
                return new Run[] {cur, next};
            }
            cosSum += cos;
            matches++;
        }
        Run full = new Run(cur.aFrom(), next.aTo(), cur.bFrom(), next.bTo(), cosSum, matches);
        if (!p.overlapsLexical(full)) {
            return new Run[] {full};
        }
        if (cur.aTo() == next.aFrom() && cur.bTo() == next.bFrom()) {
            return new Run[] {cur, next};
        }
        int extra = matches - cur.matches() - next.matches();
        double extraCos = cosSum - cur.cosSum() - next.cosSum();
        Run forward = new Run(cur.aFrom(), next.aFrom(), cur.bFrom(), next.bFrom(),
                cur.cosSum() + extraCos, cur.matches() + extra);
        if (nonEmpty(forward) && !p.overlapsLexical(forward)) {
            return new Run[] {forward, next};
        }
        Run backward = new Run(cur.aTo(), next.aTo(), cur.bTo(), next.bTo(),
                next.cosSum() + extraCos, next.matches() + extra);
        if (nonEmpty(backward) && !p.overlapsLexical(backward)) {
            return new Run[] {cur, backward};
        }
        return new Run[] {cur, next};
    }

    private static boolean nonEmpty(Run r) {
        return r.aTo() > r.aFrom() && r.bTo() > r.bFrom();
    }

    /**
     * The sentences of {@code [from, to)} with at least {@link Params#minWords} words, or null
     * if there are more than {@link Params#maxGap} of them or one is wholly lexical.
     */
    private int[] gap(Prepared p, Span[] eff, int from, int to) {
        int[] counted = new int[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
            if (eff[i] == null) {
                return null;
            }
            if (p.features[i].length() >= params.minWords()) {
                if (k == params.maxGap()) {
                    return null;
                }
                counted[k++] = i;
            }
        }
        return Arrays.copyOf(counted, k);
    }

    /**
     * Cosine of the gap sentences of a against those of b (each side read as one text, as the
     * aligner reads merges) if the judge scores them at least {@link Params#gapThreshold},
     * else NaN.
     */
    private double gapCosine(Pair p, int[] gapA, int[] gapB) {
        float[] va = gapVector(p.pa(), gapA);
        float[] vb = gapVector(p.pb(), gapB);
        SentenceFeatures fa = gapFeatures(p.pa(), gapA);
        SentenceFeatures fb = gapFeatures(p.pb(), gapB);
        double cos = SentenceEmbedder.cosine(va, vb);
        return judge.score(fa, fb, cos) >= params.gapThreshold() ? cos : Double.NaN;
    }

    private static SentenceFeatures gapFeatures(Prepared p, int[] idx) {
        SentenceFeatures f = p.features[idx[0]];
        for (int k = 1; k < idx.length; k++) {
            f = SentenceFeatures.concat(f, p.features[idx[k]]);
        }
        return f;
    }

    private float[] gapVector(Prepared p, int[] idx) {
        boolean[] want = new boolean[idx[idx.length - 1] + 1];
        for (int i : idx) {
            want[i] = true;
        }
        embed(p, want, want.length);
        float[] sum = new float[embedder.dimension()];
        synchronized (p) {
            for (int i : idx) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += p.vectors[i][d];
                }
            }
        }
        return sum; // cosine() normalises
    }

    /** Each of the first sentences' longest piece outside the lexical passages ({@link LexicalCuts}). */
    private Span[] outsideLexical(Prepared p, List<Span> lexical) {
        return LexicalCuts.outside(p.text, p.spans, Math.min(p.spans.size(), params.maxSentences()), lexical);
    }

    /**
     * Sentences that may be matched: at least {@link Params#minWords} words, and at least
     * {@link Params#minOutside} of the sentence's chars in its piece outside lexical passages.
     */
    private boolean[] eligible(Prepared p, Span[] eff) {
        boolean[] eligible = new boolean[eff.length];
        for (int i = 0; i < eff.length; i++) {
            eligible[i] = eff[i] != null && p.features[i].length() >= params.minWords()
                    && eff[i].length() >= params.minOutside() * p.spans.get(i).length();
        }
        return eligible;
    }

    /** The aligner's view of an article, with vectors for the sentences in {@code eligible}. */
    private SentenceAligner.Side side(Prepared p, boolean[] eligible) {
        int n = eligible.length;
        embed(p, eligible, n);
        SentenceFeatures[] f = Arrays.copyOf(p.features, n);
        float[][] v = new float[n][];
        float[] zero = new float[embedder.dimension()];
        synchronized (p) {
            for (int i = 0; i < n; i++) {
                v[i] = p.vectors[i] != null ? p.vectors[i] : zero;
            }
        }
        return new SentenceAligner.Side(f, v, eligible);
    }

    /** Embeds the sentences of {@code p} with {@code want[i]} that have no vector yet. */
    private void embed(Prepared p, boolean[] want, int n) {
        List<Integer> idx = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        synchronized (p) {
            for (int i = 0; i < n; i++) {
                if (want[i] && p.vectors[i] == null) {
                    idx.add(i);
                    texts.add(p.spans.get(i).of(p.text));
                }
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        float[][] v = embedder.embed(texts);
        synchronized (p) {
            for (int k = 0; k < v.length; k++) {
                p.vectors[idx.get(k)] = v[k];
            }
        }
    }

    /** The article's lead vector, or null if its lead is blank. */
    private float[] lead(Prepared p) {
        synchronized (p) {
            if (p.lead != null) {
                return p.lead.length == 0 ? null : p.lead;
            }
        }
        leads(List.of(p));
        synchronized (p) {
            return p.lead.length == 0 ? null : p.lead;
        }
    }

    /** Fills in the lead vectors the articles lack, with one call to the embedder. */
    private void leads(List<Prepared> ps) {
        List<Prepared> todo = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Prepared p : ps) {
            synchronized (p) {
                if (p.lead == null && !p.leadText.isBlank()) {
                    todo.add(p);
                    texts.add(p.leadText);
                } else if (p.lead == null) {
                    p.lead = new float[0];
                }
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        float[][] v = embedder.embed(texts);
        for (int k = 0; k < v.length; k++) {
            synchronized (todo.get(k)) {
                todo.get(k).lead = v[k];
            }
        }
    }

    private Prepared prepare(Article a) {
        String key = a.id() + '\u0000' + a.text().length() + '\u0000' + a.text().hashCode();
        synchronized (cache) {
            Prepared p = cache.get(key);
            if (p != null) {
                return p;
            }
        }
        Prepared p = new Prepared(a, params.maxSentences());
        synchronized (cache) {
            Prepared q = cache.putIfAbsent(key, p);
            return q != null ? q : p;
        }
    }
}
