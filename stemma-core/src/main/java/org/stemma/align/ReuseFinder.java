package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.CandidatePairs;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.LongList;
import org.stemma.quote.QuotedText;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Finds the links between articles: which pairs share text, in which passages, and how much of
 * each article they cover.
 *
 * <p>Steps: tokenise and {@link Fingerprinter fingerprint} every article; generate candidate
 * pairs sub-quadratically ({@link CandidatePairs}: exact-duplicate groups, MinHash LSH,
 * rare n-grams), united with the optional {@link ParaphraseFinder}'s pairs; {@link Aligner align}
 * each pair; add the paraphrase finder's passages outside the lexical ones that the lexical rules let
 * stand ({@link ParaphraseEvidence}); classify the link.
 * Exact-duplicate groups larger than {@link ReuseOptions#clusterLimit()} are reported as a star
 * (every copy linked to the group's first article) and only the first article is linked to the
 * rest of the corpus.
 *
 * <p>Tokens are not kept between steps (re-tokenising is cheaper than holding them for 100k
 * articles). Uses the common fork-join pool for the per-article and per-pair work. Pure: the
 * result depends only on the articles (and their order) and the options.
 */
public final class ReuseFinder {

    private final ReuseOptions options;
    private final ParaphraseFinder paraphrase;
    private final Aligner aligner;
    private final Fingerprinter fingerprinter;
    private final CommonPhrases common;
    private final LinkDecision decision;
    private final NameCounts names;

    /**
     * @param options          parameters
     * @param paraphraseOrNull the semantic side, or null for lexical reuse only
     */
    public ReuseFinder(ReuseOptions options, ParaphraseFinder paraphraseOrNull) {
        this(options, paraphraseOrNull, CommonPhrases.NONE, LinkDecision.DEFAULT, NameFrequencies.NONE);
    }

    private ReuseFinder(ReuseOptions options, ParaphraseFinder paraphraseOrNull, CommonPhrases common,
                        LinkDecision decision, NameCounts names) {
        this.options = options;
        this.paraphrase = paraphraseOrNull;
        this.aligner = new Aligner(options);
        this.fingerprinter = options.fingerprinter();
        this.common = common;
        this.decision = decision;
        this.names = names;
    }

    /**
     * This finder deciding links with the given model; null for the rule of rare-word thresholds
     * it replaced ({@link ReuseOptions#strongEvidence()}, kept to compare against).
     */
    public ReuseFinder withDecision(LinkDecision decisionOrNull) {
        return new ReuseFinder(options, paraphrase, common, decisionOrNull, names);
    }

    /**
     * This finder judging evidence against the given common phrases: {@link #link} then drops
     * lexical passages that are only common phrases (see {@link ReuseOptions#minEvidence()}).
     * {@link #find} works them out from its own articles; a runner that links a part of a corpus
     * (the store, a Spark component) passes the whole corpus's.
     */
    public ReuseFinder withCommonPhrases(CommonPhrases phrases) {
        return new ReuseFinder(options, paraphrase, phrases, decision, names);
    }

    /**
     * This finder giving each shared name of a pair's evidence ({@link PairEvidence#nameDf()}) how
     * common it is by {@code frequencies} (articles of the corpus carrying it, or the share of the
     * pair's site or place carrying it), for fitting a decision that reads only rare names
     * ({@code eval reuse --only fit}). The shipped decision reads every shared name, so the
     * runners do not count them.
     */
    public ReuseFinder withNameFrequencies(NameCounts frequencies) {
        return new ReuseFinder(options, paraphrase, common, decision, frequencies);
    }

    public ReuseOptions options() {
        return options;
    }

    /**
     * The links among {@code articles}; {@code a} is always the article earlier in the list.
     * Links are ordered by (a, b) list position.
     */
    public List<Link> find(List<Article> articles) {
        return find(articles, null);
    }

    /**
     * As {@link #find(List)}, given each article's tokens of its text (as the furniture stage
     * hands them on) so that no text is tokenised again; null (or a null entry) to tokenise here.
     */
    public List<Link> find(List<Article> articles, Tokens[] tokens) {
        return find(articles, tokens, null);
    }

    /**
     * As {@link #find(List, Tokens[])}, given also the sorted keys of the tokens' n-grams (as the
     * furniture stage hands them on; null to make them here), which candidate generation takes.
     */
    public List<Link> find(List<Article> articles, Tokens[] tokens, NgramKeys keys) {
        Candidates c = candidateSet(articles, tokens, keys);
        return withCommonPhrases(c.common()).link(articles, c.pairs(), tokens);
    }

    /**
     * Candidate pairs (see {@link #candidates}) and the articles' common phrases (n-grams in more
     * than {@link ReuseOptions#evidenceMaxDf()} of them), found in one pass.
     */
    public record Candidates(long[] pairs, CommonPhrases common) {
    }

    /**
     * Candidate pairs {@code (i << 32) | j}, {@code i < j}, sorted: the lexical ones plus the
     * paraphrase finder's.
     */
    public long[] candidates(List<Article> articles) {
        return candidateSet(articles).pairs();
    }

    /** Candidate pairs and common phrases of {@code articles}. */
    public Candidates candidateSet(List<Article> articles) {
        return candidateSet(articles, null);
    }

    /** Candidate pairs and common phrases, given the articles' tokens (see {@link #find(List, Tokens[])}). */
    public Candidates candidateSet(List<Article> articles, Tokens[] tokens) {
        return candidateSet(articles, tokens, null);
    }

    /**
     * Candidate pairs and common phrases, given the articles' tokens and the sorted keys of their
     * n-grams ({@link NgramKeys}, taken here; used only when made from these tokens with this
     * finder's n-gram size, else null).
     */
    public Candidates candidateSet(List<Article> articles, Tokens[] tokens, NgramKeys keys) {
        // An article whose tokens are given makes its n-grams from them when they are read, so
        // that every article's n-grams are not held at once beside the sorted array of them all.
        Fingerprint[] fps = new Fingerprint[articles.size()];
        IntStream.range(0, fps.length).parallel().forEach(i -> fps[i] = given(tokens, i)
                ? fingerprinter.withoutNgrams(tokens[i].hashes())
                : fingerprinter.of(tokens(articles, tokens, i)));
        boolean keysFit = keys != null && tokens != null && keys.ngram() == options.ngramSize()
                && keys.documents() == articles.size();
        CandidatePairs.Result r = CandidatePairs.generate(fps,
                i -> given(tokens, i) ? fingerprinter.ngrams(tokens[i].hashes()) : fps[i].ngrams(),
                keysFit ? keys : null, options.maxDf(), options.minSharedNgrams(), options.clusterLimit(), options.evidenceMaxDf());
        LongList all = new LongList(r.pairs().length + r.duplicateStars().length);
        all.addAll(r.pairs());
        all.addAll(r.duplicateStars());
        if (paraphrase != null) {
            for (long p : paraphrase.candidatePairs(articles)) {
                int i = (int) (p >>> 32);
                int j = (int) p;
                if (i != j && i >= 0 && j >= 0 && i < fps.length && j < fps.length) {
                    all.add(CandidatePairs.pair(i, j));
                }
            }
        }
        return new Candidates(CandidatePairs.distinctSorted(all.toArray()),
                CommonPhrases.ofSortedKeys(r.commonNgrams()));
    }

    /** Aligns the given candidate pairs and returns the links found, ordered by pair. */
    public List<Link> link(List<Article> articles, long[] pairs) {
        return link(articles, pairs, null);
    }

    /** As {@link #link(List, long[])}, given the articles' tokens (see {@link #find(List, Tokens[])}). */
    public List<Link> link(List<Article> articles, long[] pairs, Tokens[] tokens) {
        long[] sorted = CandidatePairs.distinctSorted(pairs);
        // Group pairs by their first article so it is tokenised once per group.
        LongList starts = new LongList(64);
        for (int x = 0; x < sorted.length; x++) {
            if (x == 0 || (sorted[x] >>> 32) != (sorted[x - 1] >>> 32)) {
                starts.add(x);
            }
        }
        int groups = starts.size();
        Link[] links = new Link[sorted.length];
        IntStream.range(0, groups).parallel().forEach(g -> {
            int from = (int) starts.get(g);
            int to = g + 1 < groups ? (int) starts.get(g + 1) : sorted.length;
            int i = (int) (sorted[from] >>> 32);
            Article a = articles.get(i);
            Tokens ta = tokens(articles, tokens, i);
            for (int x = from; x < to; x++) {
                int j = (int) sorted[x];
                links[x] = link(a, ta, articles.get(j), tokens(articles, tokens, j));
            }
        });
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean given(Tokens[] tokens, int i) {
        return tokens != null && tokens[i] != null;
    }

    /** Article i's tokens: the given ones, else its text tokenised. */
    private static Tokens tokens(List<Article> articles, Tokens[] given, int i) {
        Tokens t = given == null ? null : given[i];
        return t != null ? t : Tokenizer.tokenize(articles.get(i).text());
    }

    /** The link between two articles, or null if they share no passage. */
    public Link link(Article a, Article b) {
        return link(a, Tokenizer.tokenize(a.text()), b, Tokenizer.tokenize(b.text()));
    }

    private Link link(Article a, Tokens ta, Article b, Tokens tb) {
        List<Passage> lexical = evidence(aligner.align(ta, tb), a, ta, b, tb);
        List<Passage> passages = lexical;
        if (paraphrase != null) {
            passages = new ArrayList<>(lexical);
            // What the model finds is judged by the lexical rules too (ParaphraseEvidence).
            List<Passage> found = paraphrase.find(a, b, lexical);
            for (Passage p : ParaphraseEvidence.judge(a, ta, b, tb, found, options, common)) {
                if (p.kind() == PassageKind.PARAPHRASE && !clashes(p, passages)) {
                    passages.add(p);
                }
            }
            passages.sort((p, q) -> p.a().compareTo(q.a()));
        }
        if (passages.isEmpty()) {
            return null;
        }
        return classify(a, b, passages, options);
    }

    /**
     * The passages that are evidence of reuse, not only common phrases ({@link Evidence}): none
     * unless the {@link LinkDecision} accepts the pair (a long or strong passage always counts);
     * then the long passages and those with at least {@link #SHOWN_BESIDE} rare words, or, when no
     * passage has as many, those with at least {@link ReuseOptions#minEvidence()}.
     */
    private List<Passage> evidence(List<Passage> passages, Article a, Tokens ta, Article b, Tokens tb) {
        if (options.minEvidence() <= 0 || passages.isEmpty()) {
            return passages;
        }
        if (decision == null) {
            return thresholds(passages, a, ta, b, tb);
        }
        PairEvidence e = pairEvidence(a, ta, b, tb, passages, false);
        if (!decision.links(e, options.minEvidence(), options.strongEvidence())) {
            return List.of();
        }
        // Beside a passage of SHOWN_BESIDE rare words, smaller ones are not shown (the replaced
        // rule's minimum): a link made by a real passage does not list the stock phrases it shares.
        int keep = e.maxRare() >= SHOWN_BESIDE ? Math.max(SHOWN_BESIDE, options.minEvidence()) : options.minEvidence();
        List<Passage> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            if (e.rare()[i] >= keep) {
                out.add(passages.get(i));
            }
        }
        return out;
    }

    /** Rare words of a passage beside which smaller passages of a link are not kept. */
    static final int SHOWN_BESIDE = 6;

    /**
     * The rule the link decision replaced: a passage with {@link ReuseOptions#strongEvidence()}
     * rare shared words or more stands on its own; one with at least
     * {@link ReuseOptions#minEvidence()} counts only beside a strong one, or when the two articles
     * also share a name outside it.
     */
    private List<Passage> thresholds(List<Passage> passages, Article a, Tokens ta, Article b, Tokens tb) {
        List<Passage> out = new ArrayList<>(passages.size());
        List<Passage> weak = new ArrayList<>();
        for (Passage p : passages) {
            int rare = Evidence.rare(p, ta, tb, options.ngramSize(), common);
            if (rare >= Math.max(options.strongEvidence(), options.minEvidence())) {
                out.add(p);
            } else if (rare >= options.minEvidence()) {
                weak.add(p);
            }
        }
        if (!weak.isEmpty() && (!out.isEmpty() || Evidence.shareNameOutside(a, ta, b, tb, weak))) {
            out.addAll(weak);
            out.sort((p, q) -> p.a().compareTo(q.a()));
        }
        return out;
    }

    /**
     * What the lexical passages of one candidate pair say about reuse, before the link decision
     * (for fitting and judging that decision); null when the aligner finds no passage.
     */
    public PairEvidence pairEvidence(Article a, Tokens ta, Article b, Tokens tb) {
        List<Passage> passages = aligner.align(ta, tb);
        return passages.isEmpty() ? null : pairEvidence(a, ta, b, tb, passages, true);
    }

    /**
     * The evidence of the given passages. Unless {@code full}, what the decision does not read is
     * left out: with a long or strong passage (the pair links) or none of
     * {@link ReuseOptions#minEvidence()} rare words (it does not), quotation marks and names.
     */
    private PairEvidence pairEvidence(Article a, Tokens ta, Article b, Tokens tb, List<Passage> passages,
                                      boolean full) {
        int[] rare = new int[passages.size()];
        int[] quoted = new int[passages.size()];
        boolean[] quotedA = full ? QuotedText.mask(a.text()) : null;
        count(passages, ta, tb, quotedA, rare, quoted);
        boolean[] close = closes(a, ta, b, tb, passages, rare);
        int max = dropCloses(close, rare, quoted);
        int floor = Math.max(1, options.minEvidence());
        if (!full && (max >= Math.max(floor, options.strongEvidence()) || max < floor)) {
            return new PairEvidence(passages, rare, quoted, Math.min(ta.size(), tb.size()), 0, 0);
        }
        if (quotedA == null) {
            count(passages, ta, tb, QuotedText.mask(a.text()), rare, quoted);
            dropCloses(close, rare, quoted);
        }
        List<Passage> some = new ArrayList<>(); // a name in the pages' shared close is not shared news
        for (int i = 0; i < rare.length; i++) {
            if (rare[i] > 0 || close[i]) {
                some.add(passages.get(i));
            }
        }
        int[][] shared = max != Integer.MAX_VALUE && max >= floor
                ? Evidence.namesOutside(a, ta, b, tb, some, names) : new int[2][0];
        return new PairEvidence(passages, rare, quoted, Math.min(ta.size(), tb.size()), shared[0], shared[1]);
    }

    /** Fills each passage's rare and quoted rare words. */
    private void count(List<Passage> passages, Tokens ta, Tokens tb, boolean[] quotedA, int[] rare, int[] quoted) {
        for (int i = 0; i < rare.length; i++) {
            long c = Evidence.count(passages.get(i), ta, tb, options.ngramSize(), common, quotedA);
            rare[i] = (int) (c >>> 32);
            quoted[i] = (int) c;
        }
    }

    /**
     * The passages that are the two pages' shared close and furniture ({@link SharedCloses}), not
     * evidence: none when another passage stands on its own (long or strong: the close is then the
     * end of a copy that left its source for a while) or when the pages share a person's name
     * outside the close (two reports of one story end alike); off with furniture. Everything
     * two template pages share ({@link TemplatePages}: neither tells its headline's story) is
     * their template.
     */
    private boolean[] closes(Article a, Tokens ta, Article b, Tokens tb, List<Passage> passages, int[] rare) {
        boolean[] close = new boolean[passages.size()];
        if (options.furnitureMinDocs() <= 0) {
            return close;
        }
        if (TemplatePages.both(a, ta, b, tb)) {
            Arrays.fill(close, true);
            return close;
        }
        List<Passage> closing = new ArrayList<>(1);
        int others = 0;
        for (int i = 0; i < close.length; i++) {
            close[i] = SharedCloses.is(passages.get(i), ta, tb, options.ngramSize(), options.furnitureMaxBlock());
            if (close[i]) {
                closing.add(passages.get(i));
            } else {
                others = Math.max(others, rare[i]);
            }
        }
        if (closing.isEmpty()
                || others >= Math.max(Math.max(1, options.minEvidence()), options.strongEvidence())
                || Evidence.namesOutside(a, ta, b, tb, closing)[1] > 0) {
            return new boolean[close.length];
        }
        return close;
    }

    /** Sets the rare and quoted words of the furniture closes to 0; returns the most rare words of one. */
    private static int dropCloses(boolean[] close, int[] rare, int[] quoted) {
        int max = 0;
        for (int i = 0; i < rare.length; i++) {
            if (close[i]) {
                rare[i] = 0;
                quoted[i] = 0;
            }
            max = Math.max(max, rare[i]);
        }
        return max;
    }

    private static boolean clashes(Passage p, List<Passage> existing) {
        for (Passage e : existing) {
            if (p.a().overlaps(e.a()) || p.b().overlaps(e.b())) {
                return true;
            }
        }
        return false;
    }

    /** Builds the link: coverage of each article by its passages and the link kind. */
    static Link classify(Article a, Article b, List<Passage> passages, ReuseOptions options) {
        double covA = coverage(passages, true, a.text().length());
        double covB = coverage(passages, false, b.text().length());
        long lexical = 0;
        long para = 0;
        for (Passage p : passages) {
            if (p.kind() == PassageKind.PARAPHRASE) {
                para += p.a().length();
            } else {
                lexical += p.a().length();
            }
        }
        LinkKind kind;
        if (para > lexical) {
            kind = LinkKind.PARAPHRASE;
        } else if (Math.min(covA, covB) >= options.duplicateCoverage()) {
            kind = LinkKind.DUPLICATE;
        } else if (Math.max(covA, covB) >= options.containmentCoverage()) {
            kind = LinkKind.CONTAINMENT;
        } else {
            kind = LinkKind.PARTIAL;
        }
        return new Link(a.id(), b.id(), kind, covA, covB, passages);
    }

    /** Share of {@code length} chars inside the union of the passages' spans on one side. */
    static double coverage(List<Passage> passages, boolean sideA, int length) {
        if (length == 0 || passages.isEmpty()) {
            return 0;
        }
        Span[] spans = new Span[passages.size()];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = sideA ? passages.get(i).a() : passages.get(i).b();
        }
        Arrays.sort(spans);
        long covered = 0;
        int end = 0;
        for (Span s : spans) {
            int from = Math.max(s.start(), end);
            if (s.end() > from) {
                covered += s.end() - from;
                end = s.end();
            }
        }
        return Math.min(1.0, (double) covered / length);
    }
}
