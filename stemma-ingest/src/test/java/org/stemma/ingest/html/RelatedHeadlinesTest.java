package org.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedHeadlinesTest {

    @Test
    void aNoBreakSpaceAfterTheCueIsNotPartOfTheHeadline() {
        assertThat(RelatedHeadlines.leadIn("Related Stories:\u00A0Niger junta expels French ambassador"))
                .isEqualTo("Niger junta expels French ambassador");
        assertThat(RelatedHeadlines.leadIn("\u00A0READ MORE: Wagner fighters leave Mali\u00A0"))
                .isEqualTo("Wagner fighters leave Mali");
    }

    @Test
    void aLineWithoutACueHasNoHeadline() {
        assertThat(RelatedHeadlines.leadIn("Residents described a tense calm in the town")).isNull();
    }
}
