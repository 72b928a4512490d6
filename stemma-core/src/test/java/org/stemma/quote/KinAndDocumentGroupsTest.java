package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.WordNetNouns;

/**
 * Groups given as written (issue 18): relatives in the plural after a possessive ("his parents
 * said") speak as a group, not the possessive's owner nor nobody; documents in the plural ("the
 * affidavits say") speak as written, as one document does.
 */
class KinAndDocumentGroupsTest {

    @Test
    void wordNetsKinPluralsAreRead() {
        assertThat(WordNetNouns.kinPlurals()).contains("parents", "cousins", "siblings", "grandparents", "grandchildren",
                "nieces", "aunties");
        // singulars are no plural; nouns whose first sense is no relative ("child", "family") are left out
        assertThat(WordNetNouns.kinPlurals()).doesNotContain("parent", "cousin", "children", "families", "officials");
    }

    @Test
    void hisParentsSpeakAsAGroup() {
        List<Quote> qs = extract("Jonah Pettit, 19, was hurt on Saturday when his bicycle hit a parked van in Lindford.\n\n"
                + "\u201CWe are grateful to everyone who stopped to help him,\u201D his parents said.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("his parents");
        assertThat(qs.get(0).speaker()).isEqualTo("his parents");
    }

    @Test
    void theKinRuleNeedsAPossessiveAndAVerbOfSaying() {
        assertThat(SpeakerPhrases.groupSpeaking(Lex.of("her cousins say it"), 0, 2)).isTrue();
        assertThat(SpeakerPhrases.groupSpeaking(Lex.of("her cousins visited"), 0, 2)).isFalse();
        assertThat(SpeakerPhrases.groupSpeaking(Lex.of("the cousins said it"), 0, 2)).isFalse();
    }

    @Test
    void pluralDocumentsSpeakAsWritten() {
        List<Quote> qs = extract("Two men were charged on Tuesday after a fire at a barn outside Lindford.\n\n"
                + "\u201CThe suspects carried four cans of fuel into the barn,\u201D the affidavits say.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("affidavits");
    }

    @Test
    void documentPluralsAreRegularPluralsOfDocumentNouns() {
        assertThat(SpeakerPhrases.documentPlural("affidavits")).isTrue();
        assertThat(SpeakerPhrases.documentPlural("memos")).isTrue();
        assertThat(SpeakerPhrases.documentPlural("obituaries")).isTrue();
        assertThat(SpeakerPhrases.documentPlural("affidavit")).isFalse();
        assertThat(SpeakerPhrases.documentPlural("officials")).isFalse();
        assertThat(SpeakerPhrases.documentPlural("polls")).isFalse(); // the hand list's "poll": polls are places too
        assertThat(SpeakerPhrases.pluralDocuments(Lex.of("the affidavits say it"), 0, 2)).isTrue();
        assertThat(SpeakerPhrases.pluralDocuments(Lex.of("the affidavits were filed"), 0, 2)).isFalse();
        assertThat(SpeakerPhrases.pluralDocuments(Lex.of("his affidavits say it"), 0, 2)).isFalse();
    }
}
