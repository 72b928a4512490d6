package org.stemma.store;

import org.stemma.article.Article;

/**
 * The fingerprint keys of an article (e.g. MinHash LSH band keys or rare n-gram hashes from the
 * reuse finder) that the store indexes so that later articles can find it by shared keys.
 */
@FunctionalInterface
public interface FingerprintKeys {
    /** No keys: candidates then come from a key-free {@link CandidateSource}. */
    FingerprintKeys NONE = article -> new long[0];

    /** The keys of {@code article}; duplicates allowed. */
    long[] keys(Article article);
}
