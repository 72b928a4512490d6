package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * A partial quotation after a second clause that a conjunction opens: the subject of that clause's verb of saying
 * said the words, not a name in the clause before (issue 18, rank29). Sentences written for the test.
 */
class ClauseSubjectSpeakersTest {

    @Test
    void theSubjectAfterButSaidTheWordsNotTheNameInTheClauseBefore() {
        String text = "A fire broke out at the Keller Mills plant in Dover on Monday.\n\n"
                + "Inspectors did not say what the crew was loading when Harlan Voss was hurt, "
                + "but they described it as \"a cleaning solvent.\"";
        assertThat(speakerOf(text, "a cleaning solvent")).isEqualTo("Inspectors");
    }

    @Test
    void theSubjectAfterWhileSaidTheWords() {
        String text = "The council met in Dover on Tuesday to vote on the new road.\n\n"
                + "Mayor Ruth Palmer said she would sign the bill, while Councillor Tom Becker called it "
                + "\"a gift to developers\" and left the room.";
        assertThat(speakerOf(text, "a gift to developers")).isEqualTo("Tom Becker");
    }

    @Test
    void theSubjectAfterAndSaidTheWords() {
        String text = "A warehouse burned in Dover overnight.\n\n"
                + "Fire Chief Dana Cole called the blaze suspicious, and Mayor Ruth Palmer urged residents to report "
                + "\"anything out of the ordinary\" to the police.";
        assertThat(speakerOf(text, "anything out of the ordinary")).isEqualTo("Ruth Palmer");
    }

    @Test
    void aReportedClausesSubjectAfterThatDoesNotSpeak() {
        String text = "The council met in Dover on Tuesday to vote on the new road.\n\n"
                + "Mayor Ruth Palmer said that Tom Becker begged for her support and \"would have signed anything\" "
                + "to get it.";
        assertThat(speakerOf(text, "would have signed anything")).isEqualTo("Ruth Palmer");
    }

    @Test
    void aVerbInsideANounPhraseGovernsNothing() {
        String text = "The family gathered in Dover on Sunday.\n\n"
                + "Ann Whitby added that her brothers had written to each other for years, and the letter "
                + "Tom Becker wrote was \"warm and generous\" to the end.";
        assertThat(speakerOf(text, "warm and generous")).isEqualTo("Ann Whitby");
    }
}
