package org.stemma.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Sentences;
import org.stemma.text.Span;

/** Removing furniture never leaves a lone quotation mark behind (issue 17). */
class FurnitureMarksTest {

    /** The text without its units that start with "Dropped" (after any opening mark), and the drops left. */
    private static String cut(String text, boolean[] keptOut) {
        List<Span> spans = Sentences.split(text);
        boolean[] drop = new boolean[spans.size()];
        for (int i = 0; i < drop.length; i++) {
            drop[i] = spans.get(i).of(text).replaceFirst("^[\"\u201C]", "").startsWith("Dropped");
        }
        String out = Furniture.without(text, spans, drop);
        if (keptOut != null) {
            System.arraycopy(drop, 0, keptOut, 0, Math.min(drop.length, keptOut.length));
        }
        return out;
    }

    @Test
    void aStretchTakesTheOpeningMarkGluedToTheSentenceBefore() {
        // 'think.""Dropped': the splitter ends the kept sentence after both marks; the second opens the stretch.
        String text = "The mayor spoke at noon. \"It may take years, we think.\"\"Dropped the band plays at six tonight,\""
                + " said the organiser.Crowds gathered outside.";
        assertThat(Sentences.texts(text, Sentences.split(text)))
                .contains("\"It may take years, we think.\"\"");
        assertThat(cut(text, null))
                .isEqualTo("The mayor spoke at noon. \"It may take years, we think.\"Crowds gathered outside.");
    }

    @Test
    void aStretchLeavesTheOpeningMarkOfTheSentenceAfterIt() {
        String text = "\"Dropped it is late, I guess.\"\"We will rebuild the hall,\" she said. Crowds gathered.";
        assertThat(cut(text, null)).isEqualTo("\"We will rebuild the hall,\" she said. Crowds gathered.");
    }

    @Test
    void typographicMarksAreTakenTheSameWay() {
        String text = "The mayor spoke. \u201CIt may take years.\u201D\u201CDropped the band plays at six,\u201D"
                + " said the organiser. Crowds gathered.";
        String out = cut(text, null);
        assertThat(out).doesNotContain("Dropped").doesNotContain("\u201D\u201C");
        assertThat(out.chars().filter(c -> c == '\u201C').count())
                .isEqualTo(out.chars().filter(c -> c == '\u201D').count());
    }

    @Test
    void aSentenceInsideAQuotationThatGoesOnStays() {
        String text = "The mayor spoke. \"Dropped the band plays at six. We will rebuild the hall,\" she said. Crowds gathered.";
        boolean[] drop = new boolean[4];
        assertThat(cut(text, drop)).isEqualTo(text);
        assertThat(drop).containsOnly(false);
    }

    @Test
    void aWholeQuotationGoesAndTheArticleKeepsWhatStays() {
        String whole = "The mayor spoke. \"Dropped the band plays at six,\" said the organiser. Crowds gathered.";
        assertThat(cut(whole, null)).isEqualTo("The mayor spoke. Crowds gathered.");
        String open = "The mayor spoke. \"Dropped the band plays at six. We will rebuild the hall,\" she said.";
        Article a = Article.builder("a", open).build();
        Units u = new Units(open, 4);
        boolean[] drop = new boolean[u.size()];
        drop[1] = true;
        assertThat(Furniture.without(a, u, drop)).isSameAs(a);
    }

    @Test
    void aWholeParagraphGoesWhateverItsMarks() {
        String text = "The mayor spoke.\n\nDropped: a man, 5\u201911\u201D, with brown eyes.\n\n\"We will rebuild,\" she said.";
        assertThat(cut(text, null)).isEqualTo("The mayor spoke.\n\n\"We will rebuild,\" she said.");
    }
}
