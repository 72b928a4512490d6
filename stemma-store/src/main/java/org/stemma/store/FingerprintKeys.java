package org.stemma.store;

import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.text.Tokenizer;

/**
 * The fingerprint of an article (MinHash LSH band keys and word n-gram hashes, from the reuse
 * finder's {@link Fingerprinter}) that the store indexes so that later articles find it by
 * shared keys, as the in-memory {@link org.stemma.fingerprint.CandidateIndex} would.
 */
@FunctionalInterface
public interface FingerprintKeys {
    /** No fingerprints: candidates then come from a key-free {@link CandidateSource}. */
    FingerprintKeys NONE = article -> null;

    /** The fingerprint of {@code article}, or null for none. */
    Fingerprint of(Article article);

    /** The reuse finder's fingerprints with these options (the same keys its candidate index uses). */
    static FingerprintKeys reuse(ReuseOptions options) {
        Fingerprinter f = options.fingerprinter();
        return article -> f.of(Tokenizer.tokenize(article.text()));
    }
}
