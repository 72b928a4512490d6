package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer keeps its working arrays from one text to the next on a thread: the tokens of a
 * text must not depend on what was tokenised before, nor change when the next text is.
 */
class TokenizerScratchTest {

    private static final String SHORT = "The mayor’s office said on Tuesday that the bridge would reopen.";
    private static final String MIXED = "Президент ушёл; 대통령이 말했다 — l’équipe de Σοφία won 3–1 in 東京.";

    private static String repeat(String s, int chars) {
        StringBuilder b = new StringBuilder(chars + s.length());
        while (b.length() < chars) {
            b.append(s).append(' ');
        }
        return b.toString();
    }

    private static void assertSame(Tokens actual, Tokens expected) {
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.starts()).containsExactly(expected.starts());
        assertThat(actual.ends()).containsExactly(expected.ends());
        assertThat(actual.hashes()).containsExactly(expected.hashes());
    }

    @Test
    void tokensDoNotDependOnTheTextsBeforeOrAfter() {
        Tokens shortFirst = Tokenizer.tokenize(SHORT);
        long[] hashes = shortFirst.hashes().clone();
        int[] starts = shortFirst.starts().clone();
        Tokens longOne = Tokenizer.tokenize(repeat(MIXED, 200_000)); // grows the working arrays
        Tokens huge = Tokenizer.tokenize(repeat(SHORT, 1_200_000)); // past what a thread keeps
        Tokens shortAgain = Tokenizer.tokenize(SHORT);
        assertSame(shortAgain, shortFirst);
        assertThat(shortFirst.hashes()).containsExactly(hashes); // not overwritten by the later texts
        assertThat(shortFirst.starts()).containsExactly(starts);
        assertThat(shortAgain.size()).isEqualTo(11);
        assertThat(longOne.size()).isEqualTo(longOne.starts().length).isGreaterThan(40_000);
        assertThat(huge.hashes()[huge.size() - 1]).isEqualTo(shortFirst.hashes()[10]);
        assertThat(Tokenizer.tokenize(MIXED).term(0)).isEqualTo("президент");
    }

    @Test
    void parallelTokenisingGivesWhatOneThreadGives() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(repeat(i % 2 == 0 ? SHORT : MIXED, 50 + (i * 7919) % 6000));
        }
        Tokens[] parallel = new Tokens[texts.size()];
        IntStream.range(0, texts.size()).parallel().forEach(i -> parallel[i] = Tokenizer.tokenize(texts.get(i)));
        for (int i = texts.size() - 1; i >= 0; i--) {
            assertSame(parallel[i], Tokenizer.tokenize(texts.get(i)));
        }
    }
}
