package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A first name alone renaming a person's role ("the boy's mother, Linda, told"), issue 18, thirteenth round. */
class RoleFirstNameTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void aFirstNameSetOffAfterARoleIsThePersonTheRoleAndThePronounsMean() {
        List<Quote> qs = extract("Tom Reed was killed by a stray bullet in March.\n\n"
                + "In court Monday, the boy\u2019s mother, Linda, told the judge that his death \u201Ccould have been prevented.\u201D\n\n"
                + "\u201CMy son is gone,\u201D the boy\u2019s mother said.\n\n"
                + "She continued: \u201CI cannot forgive you.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Linda", "Linda", "Linda");
    }

    @Test
    void aWordThatIsNoFirstNameIsNoSuchName() {
        List<Quote> day = extract("Tom Reed was killed in March.\n\nThe boy\u2019s mother, Monday, told the judge it was \u201Cavoidable.\u201D");
        assertThat(day.get(0).speaker()).isNotEqualTo("Monday");
    }
}
