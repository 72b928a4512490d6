package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.WordNetNouns;

/** A document noun as the subject of a verb of saying speaks as written, not its owner (issue 18). */
class DocumentNounSpeakersTest {

    @Test
    void wordNetsDocumentNounsAreInUse() {
        assertThat(WordNetNouns.documentNouns()).contains("affidavit", "warrant", "memo", "letter", "indictment", "minutes");
        // most often no document ("order", "will"), or no document at all
        assertThat(WordNetNouns.documentNouns()).doesNotContain("order", "will", "family", "official", "police");
        assertThat(SpeakerPhrases.DOCUMENT_HEADS).contains("affidavit", "statement", "tweet");
    }

    @Test
    void theAffidavitSpeaks() {
        List<Quote> qs = extract("A man was charged on Tuesday after a fire at a barn outside Lindford.\n\n"
                + "\u201CThe suspect carried two cans of fuel into the barn,\u201D the affidavit says.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("the affidavit");
    }

    @Test
    void aPossessorsObituarySpeaksNotThePossessor() {
        List<Quote> qs = extract("Marta Quill died on Sunday at her home in Lindford. She was 88.\n\n"
                + "\u201CMarta loved her garden, her three dogs and a good argument,\u201D Quill's obituary reads.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Quill's obituary");
    }

    @Test
    void aPersonBeforeTheDocumentStillSpeaks() {
        List<Quote> qs = extract("The council met on Tuesday to discuss the budget.\n\n"
                + "\u201CWe cannot pay for this,\u201D Mayor Dana Ruiz said of the memo.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dana Ruiz");
    }

    @Test
    void whatSomeoneWroteStaysTheirsWhenADocumentReportsIt() {
        List<Quote> qs = extract("Tess Ordway was found hurt on Friday near a farm road outside Lindford.\n\n"
                + "Unable to speak, Ordway wrote, \u201CThe driver never stopped,\u201D the affidavit said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tess Ordway");
    }

    @Test
    void aSpokenUtteranceIsNoDocument() {
        List<Quote> qs = extract("Senator Ray Fenn spoke in Lindford on Friday.\n\n"
                + "Fenn in his opening speech called the plan \u201Ca gift to nobody\u201D and left.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ray Fenn");
    }
}
