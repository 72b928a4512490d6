package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lex's sentence ends are Sentences's, token by token; Lex keeps "U.S" and "2.5" as one word but not two sentences
 * whose space was lost in scraping.
 */
class LexSentenceEndTest {

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

    @Test
    void anAbbreviationThatEndsTheSentenceGivesUpItsFullStop() {
        String text = "He came from the U.S. The talks with Mr. Diarra of Acme Inc. went on.";
        Lex lex = Lex.of(text);
        assertThat(lex.endsSentence(lex.size - 1)).isTrue();
        assertThat(lex.word(lex.tokenAt(text.indexOf("Mr.")))).isEqualTo("Mr.");
        assertThat(lex.word(lex.tokenAt(text.indexOf("Inc.")))).isEqualTo("Inc.");
        int us = lex.tokenAt(text.indexOf("U.S"));
        assertThat(lex.endsSentence(us + 1)).isTrue();
        assertThat(lex.word(us)).isEqualTo("U.S");
    }

    @Test
    void onlyTheLastMarkOfARunEndsTheSentenceAndALowerCaseWordGoesOn() {
        String text = "Is it?! \"Yes,\" he said... and left. \"Go.\" she said. Then \"DWTS.\" His wife came.";
        Lex lex = Lex.of(text);
        int q = lex.tokenAt(text.indexOf("?"));
        assertThat(lex.endsSentence(q)).isFalse();
        assertThat(lex.endsSentence(q + 1)).isTrue();
        int dots = lex.tokenAt(text.indexOf("..."));
        assertThat(lex.endsSentence(dots)).isFalse();
        assertThat(lex.endsSentence(dots + 2)).isFalse();
        assertThat(lex.endsSentence(lex.tokenAt(text.indexOf(".\" she")))).isFalse();
        assertThat(lex.endsSentence(lex.tokenAt(text.indexOf(".\" His")))).isTrue();
        assertThat(lex.endsSentence(lex.tokenAt(text.indexOf("left.") + 4))).isTrue();
    }
}
