package org.stemma.store;

import java.util.List;
import org.stemma.article.Article;

/**
 * Finds, for one new article, the stored articles worth aligning with it. This is the single
 * call that connects incremental ingest to the reuse finder's candidate index; it must not
 * re-read the whole corpus.
 */
@FunctionalInterface
public interface CandidateSource {

    /** Ids of stored articles that may share text with {@code article} (never its own id). */
    List<String> candidates(Article article, StemmaStore store);

    /**
     * Candidates by Lucene "more like this" over the stored texts: the {@code k} articles sharing
     * the most distinctive words. A lexical retrieval that needs no fingerprint keys.
     */
    static CandidateSource lexical(int k) {
        return (article, store) -> store.similar(article, k);
    }

    /**
     * Candidates by shared fingerprint keys (as stored by {@link IncrementalIngest} with its key
     * function): articles sharing at least {@code minShared} of the new article's keys.
     */
    static CandidateSource sharedKeys(FingerprintKeys keys, int minShared, int k) {
        return (article, store) -> store.sharingKeys(keys.keys(article), minShared, k, article.id());
    }
}
