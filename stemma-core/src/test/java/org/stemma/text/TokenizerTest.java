package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void tokensCarryOffsetsIntoTheOriginalText() {
        String text = "Mali’s “air force” chief — said it.";
        Tokens t = Tokenizer.tokenize(text);
        assertThat(t.size()).isEqualTo(6);
        assertThat(t.term(0)).isEqualTo("mali's");
        assertThat(text.substring(t.start(0), t.end(0))).isEqualTo("Mali’s");
        assertThat(t.term(1)).isEqualTo("air");
        assertThat(text.substring(t.start(5), t.end(5))).isEqualTo("it");
    }

    @Test
    void equalTermsHashEquallyAcrossCaseAndCompatibilityForms() {
        Tokens a = Tokenizer.tokenize("ＭＡＬＩ ﬁnal");
        Tokens b = Tokenizer.tokenize("mali final");
        assertThat(a.hashes()).containsExactly(b.hashes());
    }

    @Test
    void knownAnswerHash() {
        // Pinned so that stored fingerprints stay valid across releases.
        assertThat(Tokenizer.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Tokenizer.tokenize("Mali").hash(0)).isEqualTo(Tokenizer.fnv1a64("mali"));
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoTokens() {
        assertThat(Tokenizer.tokenize("").size()).isZero();
        assertThat(Tokenizer.tokenize(" — “” …").size()).isZero();
    }

    @Test
    void wordDiffShowsSubstitutions() {
        var d = WordDiff.diff("But today we can happily state", "Today we can proudly affirm");
        assertThat(d).extracting(DiffSegment::op).containsExactly(
                DiffSegment.Op.DELETE, DiffSegment.Op.EQUAL, DiffSegment.Op.INSERT, DiffSegment.Op.DELETE);
    }

    @Test
    void wordsOfOtherScriptsAreWholeRunsOfLettersAndMarksFoldedToLowerCase() {
        String uk = "Перші виплати — у КИЄВІ.";
        Tokens t = Tokenizer.tokenize(uk);
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.term(0)).isEqualTo("перші");
        assertThat(uk.substring(t.start(3), t.end(3))).isEqualTo("КИЄВІ");
        assertThat(t.hash(3)).isEqualTo(Tokenizer.tokenize("києві").hash(0));

        String fa = "کمک مالی، ۲۰ میلیون";
        Tokens f = Tokenizer.tokenize(fa);
        assertThat(f.size()).isEqualTo(4);
        assertThat(fa.substring(f.start(1), f.end(1))).isEqualTo("مالی"); // the comma is no part of it
        assertThat(f.term(2)).isEqualTo("۲۰"); // digits of any script are word chars

        // Devanagari vowel signs are combining marks: they stay inside their word.
        Tokens hi = Tokenizer.tokenize("भारत सरकार ने कहा");
        assertThat(hi.size()).isEqualTo(4);
        assertThat(hi.term(1)).isEqualTo("सरकार");

        Tokens el = Tokenizer.tokenize("ΑΘΗΝΑ, Αθηνα");
        assertThat(el.hash(0)).isEqualTo(el.hash(1));
    }
}
