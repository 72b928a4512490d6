package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "They said" after a sentence a group's verb of saying closes ("…, officials said."), issue 18, fourteenth round. */
class GroupSayingTheyTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void theyMeansTheGroupThatSaidThePreviousSentence() {
        List<Quote> qs = extract("Three miners were trapped in a collapse near the border on Sunday, officials said.\n\n"
                + "\u201CRescue teams reached the shaft when the second wall fell in,\u201D they said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("officials");
    }

    @Test
    void aGroupThatSaidNothingIsNotTheyOfAQuote() {
        List<Quote> qs = extract("Three miners were trapped near the border on Sunday after officials closed the road.\n\n"
                + "\u201CRescue teams reached the shaft when the second wall fell in,\u201D they said.");
        assertThat(qs.get(0).speaker()).isNull();
    }

    @Test
    void aNamedPersonSayingIsNoGroup() {
        List<Quote> qs = extract("Three miners were trapped near the border on Sunday, Governor Ana Lima said.\n\n"
                + "\u201CRescue teams reached the shaft when the second wall fell in,\u201D they said.");
        assertThat(qs.get(0).speaker()).isNull();
    }
}
