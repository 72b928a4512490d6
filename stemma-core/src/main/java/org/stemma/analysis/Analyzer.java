package org.stemma.analysis;

import java.util.List;
import org.stemma.article.Article;

/**
 * Runs the analysis stages over a set of extracted articles: reuse links, stories, provenance,
 * quotations. Pure: no I/O; the model (if any) comes in through the stages' constructors.
 */
public final class Analyzer {

    public Analysis analyze(List<Article> articles) {
        return new Analysis(articles, List.of(), List.of(), List.of(), List.of());
    }
}
