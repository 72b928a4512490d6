package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * The subject of a later clause, set off by a description in commas, said a partial quotation its verb of saying
 * governs; and a participle after a name ends the speaker's phrase (issue 18, wrong31). Sentences written for the test.
 */
class SetOffSubjectTest {

    private static final String BEFORE = "The council met in Dover on Tuesday.\n\n";

    @Test
    void theDescribedSubjectAfterButSaidTheFragment() {
        String text = BEFORE + "Mayor Tom Becker has wanted to close the yard, but Ann Whitby, chair of the Harbor Trust, "
                + "told reporters on Monday that the yard will stay open \"for many more years\".";
        assertThat(speakerOf(text, "for many more years")).isEqualTo("Ann Whitby");
    }

    @Test
    void theSubjectBeforeTheConjunctionKeepsAFragmentItsOwnVerbGoverns() {
        String text = BEFORE + "Mayor Tom Becker told reporters the yard will stay open \"for many more years\", "
                + "but Ann Whitby, chair of the Harbor Trust, doubts it.";
        assertThat(speakerOf(text, "for many more years")).isEqualTo("Tom Becker");
    }

    @Test
    void aParticipleAfterTheNameEndsTheSpeakerPhrase() {
        String text = BEFORE + "\"I just want to know why,\" said Whitby wiping tears from her eyes.";
        assertThat(speakerOf(text, "I just want")).isEqualTo("Whitby");
    }

    @Test
    void aParticipleBeforeANameStaysInsideTheRole() {
        String text = BEFORE + "\"The audit was fair,\" said Finance ranking member Ann Whitby.";
        assertThat(speakerOf(text, "The audit was fair")).isEqualTo("Ann Whitby");
    }
}
