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
}
