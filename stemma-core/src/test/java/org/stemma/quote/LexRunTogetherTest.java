package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lex keeps "U.S" and "2.5" as one word but not two sentences whose space was lost in scraping. */
class LexRunTogetherTest {

    @Test
    void aLostSpaceBetweenSentencesIsAFullStopThatEndsTheSentence() {
        String text = "said HPD interim chief Martha Montalvo.More units came from the U.S.Army with 2.5 tons.";
        Lex lex = Lex.of(text);
        int more = lex.tokenAt(text.indexOf("More"));
        assertThat(lex.word(more)).isEqualTo("More");
        assertThat(lex.word(more - 2)).isEqualTo("Montalvo");
        assertThat(lex.endsSentence(more - 1)).isTrue();
        assertThat(lex.word(lex.tokenAt(text.indexOf("U.S")))).startsWith("U.S");
        assertThat(lex.word(lex.tokenAt(text.indexOf("2.5")))).isEqualTo("2.5");
    }
}
