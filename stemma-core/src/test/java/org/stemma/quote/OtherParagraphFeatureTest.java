package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * The ranker's "another paragraph" feature: a mention in the paragraph right before a quotation
 * that opens its own paragraph is in another paragraph; a paragraph ending in a colon is one with
 * the statement it introduces; a quotation running over paragraphs is measured from its nearer end.
 */
class OtherParagraphFeatureTest {

    private static final int OTHER = SpeakerOption.FEATURES.indexOf("otherParagraph");

    /** The feature of the option written {@code words} for the quotation {@code q} of {@code text}. */
    private static double other(String text, int q, String words) {
        List<QuoteCandidate> cs = new QuoteExtractor().candidates(Article.builder("a", text).build());
        return cs.get(q).speakers().stream().filter(o -> o.mention() != null && o.mention().of(text).equals(words))
                .findFirst().orElseThrow().features()[OTHER];
    }

    @Test
    void theParagraphBeforeAQuotationOpeningItsOwnIsAnother() {
        String text = "\u201CThe ferry runs again,\u201D said Tomas Weller.\n\n\u201CIt will run all winter.\u201D";
        assertThat(other(text, 0, "Tomas Weller")).isZero();
        assertThat(other(text, 1, "Tomas Weller")).isEqualTo(1);
    }

    @Test
    void aParagraphEndingInAColonIsOneWithTheStatementItIntroduces() {
        String text = "Rosa Imhof, 52, lost her shop in the storm.\n\nHer brother sent this statement:\n\n"
                + "\u201CWe will open again by the spring.\u201D";
        assertThat(other(text, 0, "Her brother")).isZero();
    }

    @Test
    void aMentionAfterAQuotationOverTwoParagraphsIsMeasuredFromItsEnd() {
        String text = "Rosa Imhof spoke first.\n\n\u201CThe shop is gone. We lost the stock too.\n\n"
                + "\u201CBut we will open again,\u201D she said.\n\nThe meeting then ended.";
        assertThat(other(text, 0, "she")).isZero();
    }
}
