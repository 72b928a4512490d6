package org.stemma.align;

import java.util.List;
import org.stemma.article.Article;

/**
 * The semantic side of reuse detection, plugged into the lexical reuse finder: proposes article
 * pairs that share little literal text but may share meaning, and finds paraphrased passages
 * in a pair outside what lexical alignment already matched. Implementations run a sentence
 * embedding model; the lexical finder works without one.
 */
public interface ParaphraseFinder {

    /**
     * Pairs of articles worth a paraphrase look, as {@code (i << 32) | j} with {@code i < j}
     * indexes into {@code articles}.
     */
    long[] candidatePairs(List<Article> articles);

    /**
     * Paraphrase passages between {@code a} and {@code b}, avoiding the spans of
     * {@code lexical} (the verbatim/edited passages already found, a-spans in {@code a}).
     */
    List<Passage> find(Article a, Article b, List<Passage> lexical);
}
