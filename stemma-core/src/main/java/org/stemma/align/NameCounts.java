package org.stemma.align;

import org.stemma.article.Article;
import org.stemma.story.NamedEntities;

/**
 * How common a name two articles share is, by some count over the corpus: the link decision's
 * fit ({@code eval reuse --only fit}) may count only the shared names at most a bound. Corpus
 * wide ({@link NameFrequencies}: articles carrying it) or where the pair comes from
 * ({@link LocalNameFrequencies}: the share of the same site's or place's articles carrying it).
 * Neither is read by the shipped decision (docs/evaluation.md, issue 17 rounds 11 and 12).
 */
public interface NameCounts {

    /**
     * How common {@code name} (lower case, as {@link NamedEntities} gives it), shared by {@code a}
     * and {@code b} (whose text's names are {@code ea} and {@code eb}), is; 0 when not known.
     */
    int of(String name, Article a, NamedEntities ea, Article b, NamedEntities eb);
}
