package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pins tokens, offsets and hashes (stored fingerprints depend on them) and checks invariants. */
class TokenizerKnownAnswerTest {

    @Test
    void pinsEnglishTokensOffsetsAndHashes() {
        Tokens t = Tokenizer.tokenize("Mali’s air-force chief, «Diarra»");
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.starts()).containsExactly(0, 7, 11, 17, 25);
        assertThat(t.ends()).containsExactly(6, 10, 16, 22, 31);
        assertThat(t.term(0)).isEqualTo("mali's");
        assertThat(t.hashes()).containsExactly(0x9b2d9f6fa0e32b90L, 0x3101544fae8e1fffL,
                0xec925b0cad0ebcf8L, 0x121e51479eba02cL, 0xc2795782ffee2148L);
    }

    @Test
    void pinsRussianArabicAndFrench() {
        Tokens ru = Tokenizer.tokenize("Президент России");
        assertThat(ru.term(1)).isEqualTo("россии");
        assertThat(ru.hashes()).containsExactly(0xc33a7c0fc14af9aaL, 0x19496318999b418bL);
        Tokens ar = Tokenizer.tokenize("مالي والجيش");
        assertThat(ar.starts()).containsExactly(0, 5);
        assertThat(ar.ends()).containsExactly(4, 11);
        assertThat(ar.hashes()).containsExactly(0xb9e15688f2d660b5L, 0x655b75d4e2c25568L);
        Tokens fr = Tokenizer.tokenize("L’armée française à Bamako");
        assertThat(fr.term(0)).isEqualTo("l'armée");
        assertThat(fr.term(2)).isEqualTo("à");
        assertThat(fr.hashes()).containsExactly(0x586cf1214b12187cL, 0xe312fa6e48f649fL,
                0xa524807b6b9698dL, 0x907dc55e42358176L);
    }

    @Test
    void normalizerFoldsQuotesDashesSpaceCaseAndCompatibilityForms() {
        assertThat(Normalizer.normalize("  “Ｍali’s”\u00A0—\tﬁne…  ")).isEqualTo("\"mali's\" - fine...");
    }

    @Test
    void fastAsciiHashEqualsNormalisedTermHashOnRandomText() {
        // with letters folded char by char (é, Д, ש, ʼ, 가) and the ones next to which that would fail (Σ, İ, ª,
        // marks, a final jamo that composes with 가, an ideograph, a joiner)
        String alphabet = "abcXYZ019 '’-.,«»\u00A0éÉßДжمل\u0301ﬁＭ\nΣσשʼİªµ\u0308가힣\u11A8\u1161\u3131中\u200D";
        Random r = new Random(1);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            Tokens t = Tokenizer.tokenize(s);
            int prevEnd = 0;
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.start(i)).isGreaterThanOrEqualTo(prevEnd);
                assertThat(t.end(i)).isGreaterThan(t.start(i)).isLessThanOrEqualTo(s.length());
                assertThat(t.hash(i)).as("hash of %s in %s", t.term(i), s)
                        .isEqualTo(Tokenizer.fnv1a64(t.term(i)));
                assertThat(t.term(i)).isEqualTo(Normalizer.normalize(s.substring(t.start(i), t.end(i))));
                prevEnd = t.end(i);
            }
        }
    }

    @Test
    void megabyteTextTokenises() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("Mali’s forces regained control of the north. ");
        }
        Tokens t = Tokenizer.tokenize(sb.toString());
        assertThat(t.size()).isGreaterThan(150_000);
        assertThat(t.end(t.size() - 1)).isLessThanOrEqualTo(sb.length());
    }

    @Test
    void oneWordAndSurrogatePairs() {
        assertThat(Tokenizer.tokenize("Bamako").size()).isEqualTo(1);
        Tokens t = Tokenizer.tokenize("𝐌ali 😀 ok");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.term(0)).isEqualTo("mali");
    }
}
