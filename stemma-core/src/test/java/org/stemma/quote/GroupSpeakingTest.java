package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "his family said": a noun that names people in some WordNet sense, after a possessive pronoun,
 * right before a verb of saying, speaks as a group; the possessive's owner does not (issue 18).
 */
class GroupSpeakingTest {

    @Test
    void theFamilySpeaksNotTheManItMourns() {
        List<Quote> qs = extract("Tomas Berecz, 71, died on Sunday after a fall at his farm.\n\n"
                + "\u201CHe was the kindest man in the valley and we will miss him every day,\u201D his family said.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("his family");
        assertThat(qs.get(0).speaker()).isNotEqualTo("Tomas Berecz").containsIgnoringCase("family");
    }

    @Test
    void theRuleNeedsTheVerbOfSayingRightAfter() {
        Lex lex = Lex.of("his family said it");
        assertThat(SpeakerPhrases.groupSpeaking(lex, 0, 2)).isTrue();
        Lex noVerb = Lex.of("his family lived there");
        assertThat(SpeakerPhrases.groupSpeaking(noVerb, 0, 2)).isFalse();
        Lex noDeterminer = Lex.of("family said it");
        assertThat(SpeakerPhrases.groupSpeaking(noDeterminer, 0, 1)).isFalse();
        Lex definite = Lex.of("the witness said it");
        assertThat(SpeakerPhrases.groupSpeaking(definite, 0, 2)).isFalse();
    }
}
