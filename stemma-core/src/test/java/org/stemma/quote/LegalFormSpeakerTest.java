package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A company's legal form after a comma ("Harbor Bread, Inc.") is part of the speaker's phrase, issue 18. */
class LegalFormSpeakerTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void theNameAfterACompanysLegalFormSpeaks() {
        List<Quote> qs = extract("The bakery opened a second shop on Main Street last spring.\n\n"
                + "\u201CNobody expected the queue to reach the corner by seven,\u201D said Harbor Bread, Inc. "
                + "founder Lena Ortiz.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Lena Ortiz");
    }

    @Test
    void aCompanyWithItsLegalFormIsTheCompany() {
        List<Quote> qs = extract("The bakery opened a second shop on Main Street last spring.\n\n"
                + "\u201CNobody expected the queue to reach the corner by seven,\u201D said Harbor Bread, Inc.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Harbor Bread");
    }

    @Test
    void aCommaBeforeAnythingElseStillEndsThePhrase() {
        List<Quote> qs = extract("\u201CNobody expected the queue to reach the corner by seven,\u201D said Lena Ortiz, "
                + "Harbor Bread's founder.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Lena Ortiz");
    }
}
