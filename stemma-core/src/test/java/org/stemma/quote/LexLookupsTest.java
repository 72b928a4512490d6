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

    @Test
    void apostrophesAreFoundWithEitherGlyph() {
        Lex lex = Lex.of("Sanders’ campaign manager met Diarra's aide and Keita’s. The students' union said so.");
        int sanders = lex.tokenAt(0);
        assertThat(lex.apostrophe(sanders + 1)).isTrue();
        assertThat(lex.possessive(sanders)).isTrue();
        int students = lex.tokenAt(lex.text.indexOf("students"));
        assertThat(lex.apostrophe(students + 1)).isTrue();
        assertThat(lex.possessive(students)).isTrue();
        assertThat(lex.possessive(lex.tokenAt(lex.text.indexOf("Diarra")))).isTrue();
        assertThat(lex.possessive(lex.tokenAt(lex.text.indexOf("Keita")))).isTrue();
        assertThat(lex.possessive(lex.tokenAt(lex.text.indexOf("manager")))).isFalse();
        assertThat(lex.apostrophe(sanders)).isFalse();
        assertThat(lex.apostrophe(-1)).isFalse();
        assertThat(Lexicon.key("Keita’s")).isEqualTo(Lexicon.key("Keita's")).isEqualTo("keita");
    }

    @Test
    void aWordListTakesBothApostrophes() {
        assertThat(Lexicon.wordsEitherApostrophe("i'm", "we"))
                .containsExactlyInAnyOrder("i'm", "i’m", "we");
    }
}
