package org.stemma.story;

/**
 * Document frequencies of terms over a corpus: the inverse document frequency of the
 * same-event TF-IDF. The embedded run counts them over its articles ({@link StoryCorpus}); a
 * distributed run counts them over the whole corpus and ships them to its workers.
 */
public interface DocFrequencies {

    /** Articles in the corpus. */
    long documents();

    /** Articles of the corpus carrying {@code term} (a {@link org.stemma.text.Tokenizer} hash). */
    int of(long term);

    /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
    default double idf(long term) {
        return Math.log((documents() + 1.0) / (of(term) + 1.0)) + 1;
    }
}
