package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** An article's opening (its label when it has no headline) is read from a prefix of its text. */
class ArticleLabelOpeningTest {

    /** The opening as specified: the whole text cleaned, then its first words. */
    private static String spec(String text) {
        String t = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
        String[] words = t.split(" ", ArticleLabel.OPENING_WORDS + 1);
        if (words.length <= ArticleLabel.OPENING_WORDS) {
            return t;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, ArticleLabel.OPENING_WORDS)) + "…";
    }

    @Test
    void longTextsWithFewSpacesAndControlCharsGiveTheSpecsOpening() {
        Random r = new Random(11);
        // Spaces of several kinds, control and format chars (a supplementary one too), letters.
        String[] pieces = {"a", "Mali", " ", "  ", "\n", "\t", "\r\n", "\u2003", "\u00A0", "\u200B", "\u0007",
            "\uDB40\uDC01", "é", "字", "\uD83D\uDE00"};
        for (int n = 0; n < 6_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(n % 4 == 0 ? 1_500 : 120);
            double spaces = r.nextDouble();
            for (int i = 0; i < len; i++) {
                String p = r.nextDouble() < spaces * 0.3 ? pieces[2 + r.nextInt(10)] : pieces[r.nextInt(pieces.length)];
                b.append(p);
            }
            String text = b.toString();
            assertThat(ArticleLabel.opening(text)).as(text).isEqualTo(spec(text));
        }
    }

    @Test
    void aWordLongerThanThePrefixIsReadWhole() {
        String text = "x".repeat(3 * ArticleLabel.OPENING_PREFIX) + " two three four five six seven eight nine ten";
        assertThat(ArticleLabel.opening(text)).isEqualTo(spec(text)).endsWith("nine…");
    }
}
