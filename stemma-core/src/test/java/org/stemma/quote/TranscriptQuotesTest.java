package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Transcripts quoted turn by turn: each paragraph reopens the marks with a speaker label. */
class TranscriptQuotesTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("t", text).build());
    }

    private static final String TRANSCRIPT = "Governor Ann Miller spoke to host Tom Reyes on Sunday.\n\n"
            + "Partial transcript as follows:\n\n"
            + "\"REYES: Will the bridge be finished this year? The budget says nothing about it.\n\n"
            + "\"MILLER: It will be finished in the spring. We have the money for it.\n\n"
            + "\"And we have the workers, which matters more.\n\n"
            + "\"(CROSSTALK.)\n\n"
            + "\"REYES: Governor, thank you for your time.\"\n";

    @Test
    void eachTurnIsOneQuotationOfItsLabelledSpeaker() {
        List<Quote> qs = extract(TRANSCRIPT);
        assertThat(qs).extracting(Quote::text).containsExactly(
                "Will the bridge be finished this year? The budget says nothing about it.",
                "It will be finished in the spring. We have the money for it. And we have the workers, which matters more.",
                "Governor, thank you for your time.");
        assertThat(qs).extracting(Quote::speakerAsWritten).containsExactly("REYES", "MILLER", "REYES");
        assertThat(qs.get(1).speaker()).isEqualTo("Ann Miller");
        assertThat(qs).noneMatch(Quote::partial);
    }

    @Test
    void aClosedQuoteOpeningWithCapitalsAndAColonKeepsItsWordsAndSpeaker() {
        List<Quote> qs = extract("\"BREAKING: The dam has held,\" said Mayor Ann Miller on Sunday.");
        assertThat(qs).extracting(Quote::text).containsExactly("BREAKING: The dam has held,");
        assertThat(qs.get(0).speaker()).isEqualTo("Ann Miller");
    }

    @Test
    void aLabelNeedsCapitalsAColonAndASpace() {
        assertThat(QuoteMarks.labelEnd("WALLACE: Hi", 0, 11)).isEqualTo(9);
        assertThat(QuoteMarks.labelEnd("MR. TRUMP:\u00A0Hi", 0, 13)).isEqualTo(11);
        assertThat(QuoteMarks.labelEnd("Wallace: Hi", 0, 11)).isEqualTo(-1);
        assertThat(QuoteMarks.labelEnd("A: yes", 0, 6)).isEqualTo(-1);
        assertThat(QuoteMarks.labelEnd("NOTE:x", 0, 6)).isEqualTo(-1);
        assertThat(QuoteMarks.labelEnd("ONE TWO THREE FOUR: x", 0, 21)).isEqualTo(-1);
    }

    @Test
    void anUnlabelledParagraphOpeningWithAMarkStillContinuesTheQuote() {
        String t = "\"The city is safe. We hired more officers.\n\n\"And we will hire more,\" the mayor said.";
        assertThat(extract(t)).extracting(Quote::text)
                .containsExactly("The city is safe. We hired more officers. And we will hire more,");
    }
}
