package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * A partial quotation whose clause opens with the person it is about and ends with a comma and the attribution
 * naming who said it (issue 18, wrong31): the attribution's speaker, not the subject before the quotation.
 * Sentences written for the test.
 */
class SpeakerAfterPartialTest {

    private static final String BEFORE = "The council met in Dover on Tuesday to discuss the new road.\n\n";

    @Test
    void saidAndTheNameAfterTheFragmentNameItsSpeaker() {
        String text = BEFORE + "Mayor Tom Becker is \"not a team player,\" said Councillor Ann Whitby, who chairs the budget committee.";
        assertThat(speakerOf(text, "not a team player")).isEqualTo("Ann Whitby");
    }

    @Test
    void aTitledSpeakerAfterSaidSpeaksForAFragmentAboutAFirstName() {
        String text = BEFORE + "Tom \"was always well liked by his neighbours,\" said Harbor School Principal Ann Whitby.";
        assertThat(speakerOf(text, "was always well liked")).isEqualTo("Ann Whitby");
    }

    @Test
    void theNameAndSaidAfterTheFragmentNameItsSpeaker() {
        String text = BEFORE + "Tom Becker \"has a lot of work ahead, but I think he will manage,\" Ann Whitby said.";
        assertThat(speakerOf(text, "has a lot of work ahead")).isEqualTo("Ann Whitby");
    }

    @Test
    void theWriterAfterTheFragmentNamesItsSpeaker() {
        String text = BEFORE + "The mayor, Tom Becker, \"had me at hello,\" Ms. Whitby wrote in her letter.";
        assertThat(speakerOf(text, "had me at hello")).isEqualTo("Whitby");
    }

    @Test
    void aVerbOfNamingBeforeTheFragmentKeepsItsSubject() {
        String text = BEFORE + "Tom Becker called the plan \"a costly mistake,\" Ann Whitby said.";
        assertThat(speakerOf(text, "a costly mistake")).isEqualTo("Tom Becker");
    }

    @Test
    void aFragmentEndingItsSentenceKeepsTheSubject() {
        String text = BEFORE + "Tom Becker said the plan was \"a costly mistake.\" Ann Whitby left early.";
        assertThat(speakerOf(text, "a costly mistake")).isEqualTo("Tom Becker");
    }
}
