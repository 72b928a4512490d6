package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Lex}'s cached per-token look-ups give the {@link Lexicon} answers for the token's word, asked any number of times. */
class LexLookupsTest {

    @Test
    void cachedLookupsEqualTheLexiconsAnswers() {
        Lex lex = Lex.of("Mr. Keita's spokesman, Brigadier General Alou Diarra, said: \"The U.S. envoy was "
                + "asserting nothing.\" The Ministry's statement, Reuters reported, quoted former FBI agent "
                + "Timothy Gill, who told reporters 'no' and was Saying little.");
        int cues = 0;
        int titles = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < lex.size; i++) {
                String w = lex.word(i);
                assertThat(lex.key(i)).isEqualTo(Lexicon.key(w));
                assertThat(lex.cue(i)).isEqualTo(Lexicon.isCue(w));
                assertThat(lex.title(i)).isEqualTo(Lexicon.isTitle(w));
                cues += lex.cue(i) ? 1 : 0;
                titles += lex.title(i) ? 1 : 0;
            }
        }
        assertThat(cues).isPositive();
        assertThat(titles).isPositive();
    }
}
