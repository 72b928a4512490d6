package org.stemma.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;

/**
 * Adds articles to a store and brings the stored analysis up to date without re-processing the
 * corpus: for each batch, the candidates of each new article are looked up ({@link
 * CandidateSource}), the batch is analysed together with its candidates and the stories and
 * quote families those belong to, and the results about those articles are replaced. Each batch
 * is one atomic commit, so a crash loses at most the batch in flight.
 *
 * <p>Thread-safe: batches are applied one at a time.
 */
public final class IncrementalIngest {
    private final StemmaStore store;
    private final CandidateSource candidates;
    private final FingerprintKeys fingerprints;
    private final Function<List<Article>, Analysis> analyzer;

    /**
     * @param store      an open, writable store
     * @param candidates finds stored articles that may share text with a new one
     * @param fingerprints fingerprints stored with each article (for {@link CandidateSource#reuse})
     * @param analyzer   the analysis pipeline over a set of articles (e.g. {@code new Analyzer()::analyze})
     */
    public IncrementalIngest(StemmaStore store, CandidateSource candidates, FingerprintKeys fingerprints,
                             Function<List<Article>, Analysis> analyzer) {
        this.store = Objects.requireNonNull(store, "store");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (store.readOnly()) {
            throw new StoreException("store " + store.dir() + " is open read-only; cannot ingest");
        }
    }

    /** What one batch did. */
    public record Result(int added, int replaced, int analysed, int links, int stories) {
    }

    /**
     * Stores {@code batch} (an article whose id is stored already is replaced; within the batch
     * the last one with an id wins), re-analyses the affected articles and commits.
     */
    public synchronized Result ingest(List<Article> batch) {
        Map<String, Article> fresh = new LinkedHashMap<>();
        for (Article a : batch) {
            fresh.put(a.id(), a);
        }
        if (fresh.isEmpty()) {
            return new Result(0, 0, 0, 0, 0);
        }
        int replaced = 0;
        Map<String, Fingerprint> keyMap = new HashMap<>();
        for (Article a : fresh.values()) {
            if (store.contains(a.id())) {
                replaced++;
            }
            Fingerprint fp = fingerprints.of(a);
            if (fp != null) {
                keyMap.put(a.id(), fp);
            }
        }
        // Candidates are looked up in the committed store, before the batch is written.
        Set<String> affected = new LinkedHashSet<>(fresh.keySet());
        Set<String> found = new LinkedHashSet<>();
        for (Article a : fresh.values()) {
            for (String id : candidates.candidates(a, store)) {
                if (!fresh.containsKey(id)) {
                    found.add(id);
                }
            }
        }
        // Old results about a replaced article or a candidate are recomputed together with the
        // stories and quote families they belong to, so no stored result is left half-updated.
        Set<String> seeds = new LinkedHashSet<>(found);
        seeds.addAll(fresh.keySet());
        affected.addAll(found);
        for (String id : seeds) {
            store.storyOf(id).map(Story::articles).ifPresent(affected::addAll);
        }
        for (QuoteFamily q : store.quotesOf(seeds)) {
            q.variants().forEach(v -> affected.add(v.quote().article()));
        }
        List<Article> articles = new ArrayList<>(fresh.values());
        affected.removeAll(fresh.keySet());
        articles.addAll(store.articles(affected));
        Analysis results = analyzer.apply(List.copyOf(articles));
        store.putArticles(List.copyOf(fresh.values()), keyMap);
        Set<String> all = new LinkedHashSet<>(fresh.keySet());
        all.addAll(affected);
        store.replaceResults(all, results);
        store.commit();
        return new Result(fresh.size() - replaced, replaced, articles.size(), results.links().size(),
                results.stories().size());
    }

    /** The store this ingest writes to. */
    public StemmaStore store() {
        return store;
    }
}
