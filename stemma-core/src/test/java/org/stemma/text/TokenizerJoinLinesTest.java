package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Joining two texts' tokens across a line break gives the tokens of the joined text. */
class TokenizerJoinLinesTest {

    /** Letters of several scripts, digits, apostrophes, a combining mark, a surrogate-pair letter, marks. */
    private static final String[] PIECES = {"a", "Z", "é", "ß", "я", "ب", "中", "7", "'", "’", "ʼ", "\u0301",
        "𝔸", "😀", " ", "\n", ".", ",", "-", "\"", "s", "Mali", "O'Neil", "États"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void equalsTokenisingTheJoinedText(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 500; k++) {
            String a = random(r);
            String b = random(r);
            assertSame(Tokenizer.joinLines(Tokenizer.tokenize(a), Tokenizer.tokenize(b)),
                    Tokenizer.tokenize(a + "\n" + b));
        }
    }

    @Test
    void apostrophesAndEmptyTextsAtTheJoin() {
        String[][] cases = {{"Mali'", "s army"}, {"", "text"}, {"title", ""}, {"", ""}, {"O’", "’Neil"}};
        for (String[] c : cases) {
            Tokens joined = Tokenizer.joinLines(Tokenizer.tokenize(c[0]), Tokenizer.tokenize(c[1]));
            assertThat(joined.text()).isEqualTo(c[0] + "\n" + c[1]);
            assertSame(joined, Tokenizer.tokenize(c[0] + "\n" + c[1]));
        }
    }

    private static void assertSame(Tokens got, Tokens want) {
        assertThat(got.text()).isEqualTo(want.text());
        assertThat(got.starts()).isEqualTo(want.starts());
        assertThat(got.ends()).isEqualTo(want.ends());
        assertThat(got.hashes()).isEqualTo(want.hashes());
    }

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
