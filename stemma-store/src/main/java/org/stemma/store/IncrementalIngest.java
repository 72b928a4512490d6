package org.stemma.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;
import org.stemma.text.SentenceEmbedder;

/**
 * Adds articles to a store and brings the stored analysis up to date without re-processing the
 * corpus. For each batch the candidates of each new article are looked up ({@link
 * CandidateSource}); then, in the <b>incremental</b> mode ({@link #IncrementalIngest(StemmaStore,
 * CandidateSource, FingerprintKeys, ReuseOptions, SentenceEmbedder, BiConsumer)}), only the new
 * article pairs are aligned and the touched stories, derivations and quote families are rebuilt
 * from stored and new links ({@link IncrementalAnalysis}); in the <b>re-analysis</b> mode
 * ({@link #IncrementalIngest(StemmaStore, CandidateSource, FingerprintKeys, Function)}), a given
 * pipeline re-analyses the batch together with its candidates and the stories and quote families
 * those belong to, and the results about those articles are replaced. Each batch is one atomic
 * commit, so a crash loses at most the batch in flight.
 *
 * <p>Thread-safe: batches are applied one at a time.
 */
public final class IncrementalIngest {
    private final StemmaStore store;
    private final CandidateSource candidates;
    private final FingerprintKeys fingerprints;
    private final Function<List<Article>, Analysis> analyzer;
    private final IncrementalAnalysis incremental;
    private final BiConsumer<String, Long> timing;
    /** Corpus furniture learnt over each batch (incremental mode; the re-analysis pipeline runs its own). */
    private final FurnitureParams furniture;
    /** Outlets of the whole store (attributions are recognised against them); kept up to date. */
    private Set<String> outlets;

    /**
     * Re-analysis mode: each batch, its candidates and their stories and quote families go
     * through {@code analyzer} again.
     *
     * @param store        an open, writable store
     * @param candidates   finds stored articles that may share text with a new one
     * @param fingerprints fingerprints stored with each article (for {@link CandidateSource#reuse})
     * @param analyzer     the analysis pipeline over a set of articles (e.g. {@code new Analyzer()::analyze})
     */
    public IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                             Function<List<Article>, Analysis> analyzer) {
        this(store, candidates, fingerprints, Objects.requireNonNull(analyzer, "analyzer"), null, (s, n) -> { },
                NO_FURNITURE);
    }

    /**
     * Incremental mode: new pairs only are aligned; stories, derivations and quote families are
     * rebuilt for the stories touched (see {@link IncrementalAnalysis}).
     *
     * @param reuse          parameters of lexical reuse detection
     * @param embedderOrNull sentence embedder, or null for lexical signals only
     * @param timing         told each stage's name ({@link IncrementalAnalysis#STAGES}, then
     *                       "furniture" when on, "candidates" and "write") and its wall time in nanoseconds
     */
    public IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                             ReuseOptions reuse, SentenceEmbedder embedderOrNull, BiConsumer<String, Long> timing) {
        this(store, candidates, fingerprints, null, new IncrementalAnalysis(reuse, embedderOrNull), timing,
                FurnitureParams.of(reuse));
    }

    /** Incremental mode with a given {@link IncrementalAnalysis} (e.g. another {@link StoryAlgorithm}). */
    public IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                             IncrementalAnalysis analysis, BiConsumer<String, Long> timing) {
        this(store, candidates, fingerprints, null, Objects.requireNonNull(analysis, "analysis"), timing,
                NO_FURNITURE);
    }

    /**
     * Incremental mode with the analysis {@code config} describes (as {@code analyze} runs it).
     *
     * @param embedderOrNull the model, given exactly when {@code config.embed()}
     */
    public IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                             AnalysisConfig config, SentenceEmbedder embedderOrNull, BiConsumer<String, Long> timing) {
        this(store, candidates, fingerprints, null, new IncrementalAnalysis(config, embedderOrNull), timing,
                FurnitureParams.of(config.reuse()));
    }

    private static final FurnitureParams NO_FURNITURE = new FurnitureParams(1, 0, 0, 0);

    /** Stored articles at most considered per new article by default ({@code --candidates}). */
    public static final int DEFAULT_CANDIDATES = 50;

    /**
     * What {@code stemma ingest} and {@code stemma serve} run: incremental mode with the analysis
     * {@code config} describes, the reuse finder's fingerprints and candidates (up to {@code k}
     * stored articles per new one).
     *
     * @param embedderOrNull the model, given exactly when {@code config.embed()}
     */
    public static IncrementalIngest of(StemmaStore store, AnalysisConfig config, SentenceEmbedder embedderOrNull,
                                       int k) {
        return new IncrementalIngest(store, CandidateSource.reuse(config.reuse(), k),
                FingerprintKeys.reuse(config.reuse()), config, embedderOrNull, (stage, nanos) -> { });
    }

    /** Incremental mode with the reuse finder's fingerprints and candidates (up to {@code k}), lexical signals. */
    public static IncrementalIngest lexical(StemmaStore store, ReuseOptions reuse, int k) {
        return new IncrementalIngest(store, CandidateSource.reuse(reuse, k), FingerprintKeys.reuse(reuse), reuse,
                null, (s, n) -> { });
    }

    private IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                              Function<List<Article>, Analysis> analyzer, IncrementalAnalysis incremental,
                              BiConsumer<String, Long> timing, FurnitureParams furniture) {
        this.furniture = furniture;
        this.store = Objects.requireNonNull(store, "store");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
        this.analyzer = analyzer;
        this.incremental = incremental;
        this.timing = Objects.requireNonNull(timing, "timing");
        if (store.readOnly()) {
            throw new StoreException("store " + store.dir() + " is open read-only; cannot ingest");
        }
    }

    /**
     * What one batch did.
     *
     * @param analysed articles whose results were (re)computed: the batch and the stored
     *                 articles touched
     * @param links    links computed (incremental mode: new links only)
     * @param stories  stories written
     */
    public record Result(int added, int replaced, int analysed, int links, int stories) {
    }

    /**
     * Stores {@code batch} (an article whose id is stored already is replaced; within the batch
     * the last one with an id wins), brings the affected results up to date and commits.
     */
    public synchronized Result ingest(List<Article> batch) {
        Map<String, Article> fresh = new LinkedHashMap<>();
        for (Article a : batch) {
            fresh.put(a.id(), a);
        }
        if (fresh.isEmpty()) {
            return new Result(0, 0, 0, 0, 0);
        }
        long t = System.nanoTime();
        if (furniture.enabled()) {
            // Corpus furniture learnt over the batch, as analyze learns it over its corpus: one
            // batch gives analyze's text; across batches each learns from its own (docs/server.md).
            List<Article> unique = List.copyOf(fresh.values());
            fresh.clear();
            FurnitureFinder.clean(unique, furniture).articles().forEach(a -> fresh.put(a.id(), a));
            t = lap("furniture", t);
        }
        Set<String> replaced = new LinkedHashSet<>();
        Map<String, Fingerprint> keyMap = new HashMap<>();
        for (Article a : fresh.values()) {
            if (store.contains(a.id())) {
                replaced.add(a.id());
            }
            Fingerprint fp = fingerprints.of(a);
            if (fp != null) {
                keyMap.put(a.id(), fp);
            }
        }
        // Candidates are looked up in the committed store, before the batch is written.
        Set<String> found = new LinkedHashSet<>();
        Map<String, Set<String>> candidatesOf = new HashMap<>();
        for (Article a : fresh.values()) {
            Set<String> own = new LinkedHashSet<>();
            for (String id : candidates.candidates(a, store)) {
                if (!fresh.containsKey(id)) {
                    own.add(id);
                }
            }
            found.addAll(own);
            candidatesOf.put(a.id(), own);
        }
        lap("candidates", t);
        return incremental != null ? incremental(fresh, replaced, candidatesOf, keyMap)
                : reanalyse(fresh, replaced.size(), found, keyMap);
    }

    private Result incremental(Map<String, Article> fresh, Set<String> replaced, Map<String, Set<String>> candidatesOf,
                               Map<String, Fingerprint> keyMap) {
        if (outlets == null) {
            outlets = new HashSet<>(store.outlets());
        }
        Set<String> known = new HashSet<>(outlets);
        fresh.values().forEach(a -> {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                known.add(a.outlet());
            }
        });
        List<Article> articles = List.copyOf(fresh.values());
        IncrementalAnalysis.Outcome o = incremental.update(store, articles, candidatesOf, replaced, known, timing);
        long t = System.nanoTime();
        store.putArticles(articles, keyMap);
        store.updateResults(o.update());
        store.commit();
        outlets = known;
        timing.accept("write", System.nanoTime() - t);
        return new Result(fresh.size() - replaced.size(), replaced.size(), o.analysed(), o.update().links().size(),
                o.update().stories().size());
    }

    private Result reanalyse(Map<String, Article> fresh, int replaced, Set<String> found,
                             Map<String, Fingerprint> keyMap) {
        // Old results about a replaced article or a candidate are recomputed together with the
        // stories and quote families they belong to, so no stored result is left half-updated.
        Set<String> affected = new LinkedHashSet<>(fresh.keySet());
        Set<String> seeds = new LinkedHashSet<>(found);
        seeds.addAll(fresh.keySet());
        affected.addAll(found);
        List<Story> oldStories = store.storiesOf(seeds);
        oldStories.forEach(st -> affected.addAll(st.articles()));
        for (QuoteFamily q : store.quotesOf(seeds)) {
            q.variants().forEach(v -> affected.add(v.quote().article()));
        }
        List<Article> articles = new ArrayList<>(fresh.values());
        affected.removeAll(fresh.keySet());
        articles.addAll(store.articles(affected));
        Analysis results = analyzer.apply(List.copyOf(articles));
        // the stories were rebuilt whole: they keep the ids of the stored stories they continue
        StoryLedger.Outcome ids = StoryLedger.reconcile(oldStories, Set.of(), results.stories(), Set.of(),
                store::storyIdTaken);
        results = new Analysis(results.articles(), results.links(), ids.stories(), results.provenance(), results.quotes());
        store.putArticles(List.copyOf(fresh.values()), keyMap);
        Set<String> all = new LinkedHashSet<>(fresh.keySet());
        all.addAll(affected);
        store.replaceResults(all, results);
        store.putStoryAliases(ids.aliases());
        store.commit();
        return new Result(fresh.size() - replaced, replaced, articles.size(), results.links().size(),
                results.stories().size());
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        timing.accept(stage, now - since);
        return now;
    }

    /** The store this ingest writes to. */
    public StemmaStore store() {
        return store;
    }
}
