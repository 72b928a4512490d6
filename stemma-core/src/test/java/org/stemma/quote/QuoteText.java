package org.stemma.quote;

import java.util.List;
import org.stemma.article.Article;

/** The quotations the extractor finds in a text written for a test, and the speaker of one of them. */
final class QuoteText {

    private QuoteText() {
    }

    static List<Quote> quotes(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    /** The speaker of the first quotation whose text starts with {@code quoteStart}; fails the test when none does. */
    static String speakerOf(String text, String quoteStart) {
        return quotes(text).stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + quoteStart)).speaker();
    }
}
