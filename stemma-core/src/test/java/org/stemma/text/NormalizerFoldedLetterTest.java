package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters the tokenizer folds char by char in its scan loop, and the words made of them. */
class NormalizerFoldedLetterTest {

    @Test
    void everyFoldedLetterIsWhatNormalizeMakesOfItAlone() {
        int folded = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char f = Normalizer.foldedLetter(c);
            if (f != 0) {
                folded++;
                assertThat(Character.isLetterOrDigit(c)).as("U+%04X", (int) c).isTrue();
                assertThat(Normalizer.normalize(String.valueOf(c))).as("U+%04X", (int) c)
                        .isEqualTo(String.valueOf(f));
            }
        }
        assertThat(folded).as("Latin, Greek, Cyrillic, Hebrew, Arabic letters and the Hangul syllables")
                .isGreaterThan(12_000);
        assertThat(Normalizer.foldedLetter('É')).isEqualTo('é');
        assertThat(Normalizer.foldedLetter('Ж')).isEqualTo('ж');
        assertThat(Normalizer.foldedLetter('\u02BC')).as("modifier apostrophe").isEqualTo('\'');
        assertThat(Normalizer.foldedLetter('한')).isEqualTo('한');
    }

    @Test
    void noFoldWhereTheNeighboursOrMoreThanOneCharDecide() {
        assertThat(Normalizer.foldedLetter('Σ')).as("σ, or ς at a word's end").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('İ')).as("lower case is two chars").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('ª')).as("NFKC makes it a").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('\u0301')).as("combining mark").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('\u11A8')).as("final jamo: composes with a syllable").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('\u3131')).as("compatibility jamo").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('中')).as("ideographs are words of their own").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('a')).as("ASCII has the tokenizer's own path").isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('’')).isEqualTo((char) 0);
        assertThat(Normalizer.foldedLetter('\uD835')).isEqualTo((char) 0);
    }

    @Test
    void wordsOfFoldedLettersHashAsTheirNormalisedTerms() {
        // pinned from the tokenizer before the fold (main 0eaab07), which normalised every such word
        assertThat(Tokenizer.tokenize("ΟΔΟΣ Σας").hashes())
                .containsExactly(0xc3d7445e4dc1d13fL, 0x6cbe71d26b3aa65cL);
        assertThat(Tokenizer.tokenize("서울 정부는").hashes())
                .containsExactly(0x4655de22a844d62cL, 0xa8aaaeb1a8e13859L);
        assertThat(Tokenizer.tokenize("İstanbul Ærø שלום").hashes())
                .containsExactly(0xa7c343bda9d52325L, 0xbb0accddba99cfb1L, 0xaa20ec0d5287532cL);
        assertThat(Tokenizer.tokenize("\uAC00\u11A8").hash(0)).as("가 + final jamo is 각")
                .isEqualTo(Tokenizer.tokenize("\uAC01").hash(0));
        assertThat(Tokenizer.tokenize("Cafe\u0301").hash(0)).isEqualTo(Tokenizer.tokenize("café").hash(0));
    }
}
