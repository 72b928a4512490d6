package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phrase after a verb of saying is its inverted subject ("recalled the mayor:") only when it
 * can be one: not after "and" joining the verb to an earlier one, and not a phrase with "of"
 * whose head is no speaker ("the strike of the dock workers"). A role phrase after its verb with
 * a first name alone in apposition ("says another neighbor, Mara.") names that person (issue 18).
 */
class InvertedSubjectTest {

    @Test
    void theObjectOfACoordinatedVerbIsNoSpeaker() {
        List<Quote> qs = extract("Ana Brill backs \u201Cfair wages,\u201D rejects \u201Cblanket cuts\u201D and recalled "
                + "the long strike of the dock workers: \u201CI saw how hard it was for the families.\u201D");
        assertThat(qs).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Ana Brill"));
    }

    @Test
    void aPronounAfterAndMayStillBeTheSpeaker() {
        Lex lex = Lex.of("Ana Brill arrived late and said he would stay.");
        assertThat(SpeakerPhrases.invertedSubject(lex, 0, 5, new int[]{6, 7})).isTrue();
        assertThat(SpeakerPhrases.invertedSubject(lex, 0, 5, new int[]{6, 8})).isFalse();
    }

    @Test
    void anOfPhraseHeadedByNoPersonIsNoInvertedSubject() {
        Lex lex = Lex.of("Then recalled the long strike of the dock workers: the pay was low.");
        int v = 1;
        assertThat(SpeakerPhrases.invertedSubject(lex, 0, v, new int[]{2, 9})).isFalse();
    }

    @Test
    void aPersonBeforeOfOrANameIsAnInvertedSubject() {
        Lex lex = Lex.of("Then recalled the leader of the dock workers: the pay was low.");
        assertThat(SpeakerPhrases.invertedSubject(lex, 0, 1, new int[]{2, 8})).isTrue();
        Lex named = Lex.of("Then recalled Secretary of State Ana Brill: the pay was low.");
        assertThat(SpeakerPhrases.invertedSubject(named, 0, 1, new int[]{2, 7})).isTrue();
    }

    @Test
    void aFirstNameAloneAfterTheRoleEndsTheSentence() {
        List<Quote> qs = extract("\u201CWe had no warning,\u201D says another neighbor, Mara. \u201CIt was over in a minute.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Mara");
    }

    @Test
    void aWordThatIsNoFirstNameStaysTheRole() {
        List<Quote> qs = extract("\u201CWe had no warning,\u201D says another neighbor, Tuesday.");
        assertThat(qs).extracting(Quote::speaker).doesNotContain("Tuesday");
    }
}
