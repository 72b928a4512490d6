package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A role phrase with a relative clause before a verb of saying (issue 18, thirteenth round). */
class RelativeClauseSpeakersTest {

    private static Quote first(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build()).get(0);
    }

    @Test
    void thePersonARelativeClauseDescribesSpeaksNotTheClausesLastName() {
        String lede = "Jane Roe was badly hurt when a bus hit her car in Dayton.\n\n";
        Quote bare = first(lede + "The woman who survived the crash in Dayton told reporters her recovery was \u201Cslow.\u201D");
        assertThat(bare.speakerAsWritten()).isEqualTo("The woman");
        assertThat(bare.speaker()).isEqualTo("Jane Roe");
        Quote commas = first(lede + "The Ohio woman who survived the crash in Dayton, Ohio, told reporters that her "
                + "recovery has been \u201Cslow,\u201D but she is home.");
        assertThat(commas.speakerAsWritten()).isEqualTo("The Ohio woman");
        assertThat(commas.speaker()).isEqualTo("Jane Roe");
    }

    @Test
    void aClauseClosedByItsCommaKeepsTheSubjectAfterIt() {
        Quote closed = first("As for the analysts who back the plan, Ann Holt said, \u201CThey have not read it.\u201D");
        assertThat(closed.speaker()).isEqualTo("Ann Holt");
    }
}
