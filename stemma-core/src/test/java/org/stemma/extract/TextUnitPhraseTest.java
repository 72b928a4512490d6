package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A unit's phrase: lower-cased, quotes folded, spaces collapsed, trailing punctuation dropped. */
class TextUnitPhraseTest {

    /** The phrase as its spec reads, built with a StringBuilder. */
    private static String spec(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = org.stemma.text.Normalizer.foldPunctuation(s.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        String out = b.toString();
        while (!out.isEmpty() && ":.!?…|>»-–— ".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    @Test
    void examples() {
        assertThat(TextUnit.phrase("  Read MORE:  ")).isEqualTo("read more");
        assertThat(TextUnit.phrase("“Quoted”\u00A0Words —")).isEqualTo(spec("“Quoted”\u00A0Words —"));
        assertThat(TextUnit.phrase("")).isEmpty();
        assertThat(TextUnit.phrase(" \t ")).isEmpty();
    }

    @Test
    void randomLinesGiveTheSpecsPhrase() {
        Random r = new Random(7);
        String chars = "aZ é\u00A0\t\n.:!?…|>»-–—“”‘’\"'ÄİЖж字😀";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            String s = b.toString();
            assertThat(TextUnit.phrase(s)).as(s).isEqualTo(spec(s));
        }
    }
}
