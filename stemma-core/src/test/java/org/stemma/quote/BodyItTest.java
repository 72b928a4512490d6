package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "It added" after a body's verb of saying ("…, the club's letter added that …"), issue 18, fourteenth round. */
class BodyItTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void itMeansTheOrganisationThatSaidTheSentenceBefore() {
        List<Quote> qs = extract("The pier will close for a month.\n\n"
                + "Nobody said why, but the Brayford Rowing Club added that repairs had begun. "
                + "\u201CWe will reopen in spring,\u201D it added.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Brayford Rowing Club");
    }

    @Test
    void itMeansTheDocumentThatSaidTheSentenceBefore() {
        List<Quote> qs = extract("The pier will close for a month, the council statement said. "
                + "\u201CWe will reopen in spring,\u201D it added.");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("it");
        assertThat(qs.get(0).speaker()).isNotNull();
    }

    @Test
    void itIsNoPersonWhoSpokeBefore() {
        List<Quote> qs = extract("Ana Lima said the pier would close. \u201CWe will reopen in spring,\u201D it added.");
        assertThat(qs.get(0).speaker()).isNull();
    }
}
