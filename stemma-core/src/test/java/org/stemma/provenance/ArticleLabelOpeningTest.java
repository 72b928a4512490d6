package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ArticleLabel#opening} cleans only a text's first chars when they hold the opening words:
 * the same answer as cleaning the whole text (the reference below, the rule before the shortcut).
 */
class ArticleLabelOpeningTest {

    /** Opening of a text by cleaning all of it. */
    private static String reference(String text) {
        String t = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
        String[] words = t.split(" ", ArticleLabel.OPENING_WORDS + 1);
        if (words.length <= ArticleLabel.OPENING_WORDS) {
            return t;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, ArticleLabel.OPENING_WORDS)) + "…";
    }

    /** Pieces whose cleaning crosses the prefix's end: white space runs, dropped chars, surrogate pairs. */
    private static final String[] PIECES = {"word", "Mali", "x", " ", "  ", "\n", "\t", "\r\n", "\u2003", "\u00a0",
        "\u200b", "\ufeff", "\u0007", "\u0000", "\udb40\udc01", "\ud83d\ude00", "é", "日本"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void sameAsCleaningTheWholeText(long seed) {
        Random r = new Random(seed);
        int shortcut = 0;
        for (int k = 0; k < 400; k++) {
            StringBuilder b = new StringBuilder();
            // Long runs of one kind of piece so that the prefix sometimes holds fewer than the opening words.
            int target = ArticleLabel.OPENING_PREFIX - 40 + r.nextInt(120);
            boolean sparse = r.nextInt(4) == 0;
            while (b.length() < target) {
                String p = PIECES[r.nextInt(PIECES.length)];
                if (sparse && p.isBlank()) {
                    p = "\u200b";
                }
                b.append(p);
            }
            if (r.nextBoolean()) {
                b.append(" tail words after the prefix end here");
            }
            String text = b.toString();
            assertThat(ArticleLabel.opening(text)).isEqualTo(reference(text));
            shortcut += reference(text).endsWith("…") ? 1 : 0;
        }
        assertThat(shortcut).isPositive();
    }

    @Test
    void surrogatePairAtTheCutStaysWhole() {
        String head = "a ".repeat(10) + "b".repeat(ArticleLabel.OPENING_PREFIX - 21);
        // U+E0001 (a format char, dropped) straddles the prefix's end
        String text = head + "\udb40\udc01" + " more";
        assertThat(ArticleLabel.opening(text)).isEqualTo(reference(text)).isEqualTo("a a a a a a a a a…");
        String noWords = "x".repeat(ArticleLabel.OPENING_PREFIX - 1) + "\udb40\udc01" + "y z";
        assertThat(ArticleLabel.opening(noWords)).isEqualTo(reference(noWords));
    }
}
