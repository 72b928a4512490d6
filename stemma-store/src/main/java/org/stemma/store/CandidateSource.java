package org.stemma.store;

import java.util.List;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;

/**
 * Finds, for one new article, the stored articles worth aligning with it. This is the single
 * call that connects incremental ingest to candidate generation; it must not re-read the whole
 * corpus.
 */
@FunctionalInterface
public interface CandidateSource {

    /** Ids of stored articles that may share text with {@code article} (never its own id). */
    List<String> candidates(Article article, StemmaStore store);

    /**
     * The reuse finder's signals over the store's fingerprint postings: a shared MinHash LSH band
     * key, or at least {@code minSharedNgrams} shared sampled word n-grams (see {@link StemmaStore#fingerprintCandidates}) found in at most {@code maxDf}
     * stored articles (as {@link org.stemma.fingerprint.CandidateIndex}); up to {@code k} ids.
     */
    static CandidateSource reuse(ReuseOptions options, int k) {
        FingerprintKeys keys = FingerprintKeys.reuse(options);
        return (article, store) -> {
            Fingerprint fp = keys.of(article);
            return fp == null ? List.of()
                    : store.fingerprintCandidates(fp, options.maxDf(), options.minSharedNgrams(), k, article.id());
        };
    }

    /**
     * Candidates by Lucene "more like this" over the stored texts: the {@code k} articles sharing
     * the most distinctive words. A lexical retrieval that needs no fingerprints.
     */
    static CandidateSource lexical(int k) {
        return (article, store) -> store.similar(article, k);
    }

    /** The ids of this source, then those of {@code other} not already given (the article's own id never). */
    default CandidateSource or(CandidateSource other) {
        return (article, store) -> {
            java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(candidates(article, store));
            ids.addAll(other.candidates(article, store));
            ids.remove(article.id());
            return List.copyOf(ids);
        };
    }
}
