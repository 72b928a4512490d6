package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.only;

import org.junit.jupiter.api.Test;

/**
 * A plural group opening its sentence ("Investigators determined …") is the sentence's subject
 * and the speaker a reader hears, though the word is no name and opens only sentences (issue 18).
 */
class GroupSubjectsTest {

    private static final String BEFORE = "Marta Velez, 34, was arrested on Friday at her farm near Oakdale.\n\n";

    @Test
    void aGroupOpeningTheSentenceSaysTheFragment() {
        Quote q = only(BEFORE + "Investigators determined the barn fire was \u201Cset on purpose by someone who knew the farm\u201D last week.");
        assertThat(q.speakerAsWritten()).isEqualTo("Investigators");
        assertThat(q.speaker()).isEqualTo("Investigators");
    }

    @Test
    void theGroupNotTheNameInsideWhatItReports() {
        Quote q = only(BEFORE + "Prosecutors alleged that Velez \u201Cplanned the theft for weeks\u201D before the raid.");
        assertThat(q.speaker()).isEqualTo("Prosecutors");
    }

    @Test
    void aPlaceAfterTheGroupDoesNotHideIt() {
        Quote q = only(BEFORE + "Officers on the scene told reporters that the \u201Cback door\u201D had been forced.");
        assertThat(q.speaker()).isEqualTo("Officers");
        Quote body = only(BEFORE + "Authorities at the farm said the search was \u201Cstill going on,\u201D and no one else was held.");
        assertThat(body.speaker()).isEqualTo("Authorities");
    }

    @Test
    void anOpeningAdverbStillGivesWayToTheNameAfterIt() {
        Quote q = only(BEFORE + "Hours later, Velez told reporters the raid was \u201Ca mistake by people who never met me\u201D at all.");
        assertThat(q.speaker()).isEqualTo("Marta Velez");
    }

    @Test
    void onlyAPluralGroupHeadOpeningItsSentenceBeforeALowerCaseWord() {
        Lex lex = Lex.of("Deputies said it. Deputy Ruiz said it. Nevertheless deputies said it. Deputies' union said it.");
        assertThat(GroupSubjects.opensSentence(lex, 0)).isTrue();
        assertThat(GroupSubjects.opensSentence(lex, 4)).isFalse(); // singular, a title before a name
        assertThat(GroupSubjects.opensSentence(lex, 9)).isFalse(); // an adverb
        assertThat(GroupSubjects.opensSentence(lex, 10)).isFalse(); // not opening the sentence
        assertThat(lex.word(14)).startsWith("Deputies");
        assertThat(GroupSubjects.opensSentence(lex, 14)).isFalse(); // a possessive
    }

    @Test
    void groupHeadsAreWordNetPersonPluralsOrPluralBodies() {
        assertThat(GroupSubjects.groupHead("prosecutors")).isTrue();
        assertThat(GroupSubjects.groupHead("deputies")).isTrue();
        assertThat(GroupSubjects.groupHead("authorities")).isTrue();
        assertThat(GroupSubjects.groupHead("prosecutor")).isFalse();
        assertThat(GroupSubjects.groupHead("letters")).isFalse();
        assertThat(GroupSubjects.groupHead("process")).isFalse();
    }
}
