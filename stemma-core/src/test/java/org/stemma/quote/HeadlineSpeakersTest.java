package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Who speaks a headline's quotation after "Name on Topic:" (issue 18, thirteenth round). */
class HeadlineSpeakersTest {

    private static Quote first(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build()).get(0);
    }

    @Test
    void theNameBeforeTheTopicSpeaksAHeadlinesQuotation() {
        Quote lower = first("Holt on the Mill Closure Vote: \u2018We Will Appeal\u2019\n\n"
                + "Mayor Ann Holt spoke on Monday about the vote to close the Riverton mill.\n");
        assertThat(lower.speakerAsWritten()).isEqualTo("Holt");
        assertThat(lower.speaker()).isEqualTo("Ann Holt");
        Quote title = first("Riverton Fire Chief On Mill Blaze: \u2018We Were Lucky.\u2019\n\n"
                + "The fire at the old mill burned for six hours on Monday.\n");
        assertThat(title.speakerAsWritten()).as("a role speaks too").isEqualTo("Riverton Fire Chief");
    }

    @Test
    void aNameAndAColonStillSpeakButAPossessiveOrADocumentDoesNot() {
        Quote named = first("Holt: \u2018We Will Appeal\u2019\n\nMayor Ann Holt spoke on Monday.\n");
        assertThat(named.speaker()).isEqualTo("Ann Holt");
        Quote owned = first("Holt's Letter on the Mill: \u2018We Will Appeal\u2019\n\nThe letter came on Monday.\n");
        assertThat(owned.speakerAsWritten()).isNotEqualTo("Holt's Letter");
        Quote report = first("Report on Riverton Mill: \u2018Unsafe for Years\u2019\n\nThe state report came out Monday.\n");
        assertThat(report.speakerAsWritten()).isNotEqualTo("Report");
    }

    @Test
    void onlyAQuotationRightAfterTheHeadlinesColon() {
        Quote body = first("Holt on the Mill\n\nThe council met on Monday: \u201CWe will appeal,\u201D one member said.\n");
        assertThat(body.speakerAsWritten()).isNotEqualTo("Holt");
    }
}
