package org.stemma.analysis;

import java.util.List;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;

/** Everything Stemma says about a set of articles: the content of the JSON report. */
public record Analysis(List<Article> articles, List<Link> links, List<Story> stories,
                       List<Derivation> provenance, List<QuoteFamily> quotes) {
    public Analysis {
        articles = List.copyOf(articles);
        links = List.copyOf(links);
        stories = List.copyOf(stories);
        provenance = List.copyOf(provenance);
        quotes = List.copyOf(quotes);
    }
}
