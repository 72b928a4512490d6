package org.stemma.eval.reuse;

import java.util.List;
import org.stemma.article.Article;

/**
 * A document pair with reuse known by construction.
 *
 * @param type       how the suspicious document was made (see {@link PairConstructor})
 * @param source     the source article
 * @param suspicious the article made from it (or an unrelated one for negative pairs)
 * @param cases      the reused passages, empty for negative pairs
 */
public record ConstructedPair(String type, Article source, Article suspicious, List<ReuseCase> cases) {
    public ConstructedPair {
        cases = List.copyOf(cases);
    }
}
