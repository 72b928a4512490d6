package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * A partial quotation in a sentence whose subject is a pronoun: the nearer verb of saying's subject said the words
 * (issue 18, part28). Sentences written for the test.
 */
class PartialQuoteSpeakersTest {

    @Test
    void theSubjectOfTheVerbThatCallsTheWordsSaidThem() {
        String text = "Governor Ruth Palmer met farmers in Dover on Tuesday. "
                + "Mayor Tom Becker has opposed the new road for a year.\n\n"
                + "She rejected what Becker called \"a reckless plan\" and promised a vote in May.";
        assertThat(speakerOf(text, "a reckless plan")).isEqualTo("Tom Becker");
    }

    @Test
    void aNamedRivalWhoDubbedTheWordsSaidThem() {
        String text = "Senator Lena Ortiz spoke in Harwick on Friday.\n\n"
                + "She said her rival, Mark Dunmore, had dubbed the bill \"a gift to landlords\" last spring.";
        assertThat(speakerOf(text, "a gift to landlords")).isEqualTo("Mark Dunmore");
    }

    @Test
    void aPronounRightAfterTheVerbIsTheReportedClausesSubject() {
        String text = "Councillor Ann Whitby faced questions about the audit this week.\n\n"
                + "The Harbor Gazette reviewed the minutes and said she \"misled the committee\" twice.";
        assertThat(speakerOf(text, "misled the committee")).isEqualTo("Harbor Gazette");
    }

    @Test
    void thePronounStaysTheSpeakerWhenItsOwnVerbGovernsTheQuotation() {
        String text = "Mayor Tom Becker spoke to reporters in Dover on Tuesday.\n\n"
                + "He said the plan for the new road was \"a waste of money\" and left.";
        assertThat(speakerOf(text, "a waste of money")).isEqualTo("Tom Becker");
    }

    @Test
    void aNounOfSayingAfterAPossessiveGovernsNothing() {
        String text = "Mayor Tom Becker spoke to reporters in Dover on Tuesday.\n\n"
                + "He said his rival's claims were \"plainly false\" and left.";
        assertThat(speakerOf(text, "plainly false")).isEqualTo("Tom Becker");
    }

    @Test
    void anObjectPronounAfterTheVerbKeepsItsQuotation() {
        String text = "Officers spoke to Dana Pruitt at the house on Monday.\n\n"
                + "A deputy who met Pruitt quoted her as saying \"The dog ran out when the gate blew open.\"";
        assertThat(speakerOf(text, "The dog ran out")).isEqualTo("Dana Pruitt");
    }
}
