package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "The festival" for "the Festival of Lanterns" named before ("which the festival says "…""), issue 18, fourteenth round. */
class NamedBodyHeadTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void theNounHeadingANameWithOfIsThatBody() {
        List<Quote> qs = extract("The parade is run by the Festival of Lanterns every spring. "
                + "This year's motto is \u201CLight the Way,\u201D which the festival says "
                + "\u201Cbrings the whole town to the river.\u201D Singer Mara Quint will lead it.");
        Quote q = qs.stream().filter(x -> x.text().startsWith("brings")).findFirst().orElseThrow();
        assertThat(q.speakerAsWritten()).isEqualTo("the festival");
        assertThat(q.speaker()).isEqualTo("Festival of Lanterns");
    }

    @Test
    void aWhichClauseAfterAQuotationIsAboutItNotItsAttribution() {
        String text = "The parade is run by the Festival of Lanterns every spring. "
                + "This year's motto is \u201CLight the Way,\u201D which the festival says "
                + "\u201Cbrings the whole town to the river.\u201D";
        Quote motto = new QuoteExtractor().candidates(Article.builder("a", text).build(), null).stream()
                .map(QuoteCandidate::quote).filter(x -> x.text().startsWith("Light")).findFirst().orElseThrow();
        assertThat(motto.cue()).isNull();
        assertThat(motto.speakerAsWritten()).isNotEqualTo("the festival");
    }

    @Test
    void aNounNoNameHeadsIsNoBody() {
        List<Quote> qs = extract("The parade runs along the river every spring. "
                + "This year's motto is \u201CLight the Way,\u201D which the festival says "
                + "\u201Cbrings the whole town to the river.\u201D Singer Mara Quint will lead it.");
        Quote q = qs.stream().filter(x -> x.text().startsWith("brings")).findFirst().orElseThrow();
        assertThat(q.speakerAsWritten()).isNotEqualTo("the festival");
    }
}
