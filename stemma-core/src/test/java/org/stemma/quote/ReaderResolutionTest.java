package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.FirstNames;

/** Speakers as a reader resolves them, and which quoted stretches are quotations at all. */
class ReaderResolutionTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void genderComesFromFirstNameStatistics() {
        assertThat(FirstNames.gender("Margaret")).isEqualTo('f');
        assertThat(FirstNames.gender("robert")).isEqualTo('m');
        assertThat(FirstNames.gender("Jordan")).isEqualTo((char) 0); // given to boys and girls alike
        assertThat(FirstNames.known("Qwxzv")).isFalse();
        List<Quote> qs = extract("Margaret Okafor met Robert Lindqvist at the harbour.\n\n"
                + "\u201CThe port will reopen in May,\u201D she said.");
        assertThat(qs.get(0).speaker()).isEqualTo("Margaret Okafor");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("she");
    }

    @Test
    void aQuotedPhraseOfTwoWordsIsKeptAndASingleScareQuotedWordIsNot() {
        List<Quote> qs = extract("Senator Dana Whitfield has long described the budget as a \u201Cslow disaster\u201D for rural towns.\n\n"
                + "The so-called \u201Creform\u201D passed anyway.");
        assertThat(qs).extracting(Quote::text).containsExactly("slow disaster");
        assertThat(qs.get(0).partial()).isTrue();
        assertThat(qs.get(0).speaker()).isEqualTo("Dana Whitfield"); // the sentence's subject
    }

    @Test
    void aTitleInQuotesWithoutASourceIsNotAQuote() {
        assertThat(extract("She starred in \u201CThe Long Winter Road\u201D last year.")).isEmpty();
    }

    @Test
    void theCompanyIsTheOrganisationNamedBefore() {
        List<Quote> qs = extract("Harborline Shipping Company cut 200 jobs on Monday.\n\n"
                + "\u201COur costs have doubled,\u201D the company said in a statement.");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("the company");
        assertThat(qs.get(0).speaker()).isEqualTo("Harborline Shipping Company");
    }

    @Test
    void theMinistryStaysTheMinistryWhenNoneIsNamed() {
        List<Quote> qs = extract("Talks resumed on Monday.\n\n\u201CWe expect progress,\u201D the ministry said.");
        assertThat(qs.get(0).speaker()).isEqualTo("the ministry");
    }

    @Test
    void aQuoteParagraphAfterAParagraphAboutSomeoneIsTheirs() {
        List<Quote> qs = extract("Mayor Helen Castillo praised the volunteers who cleared the river banks.\n\n"
                + "\u201CWe need people who show up and do the work.\u201D");
        assertThat(qs.get(0).speaker()).isEqualTo("Helen Castillo");
        assertThat(qs.get(0).speakerAsWritten()).isNull();
    }

    @Test
    void aGroupNamedForItsMembersSpeaksForThem() {
        List<Quote> qs = extract("More than 100 doctors who formed Physicians for Clean Water wrote to the governor.\n\n"
                + "\u201CEvery week of delay harms children,\u201D the physicians wrote.");
        assertThat(qs.get(0).speaker()).isEqualTo("Physicians for Clean Water");
    }
}
