package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A short wording the writer repeats in marks is marked as such (issue 18, fourteenth round). */
class RepeatedWordingTest {

    private static final int REPEATED = QuoteFeatures.NAMES.indexOf("shortRepeated");

    private static List<QuoteCandidate> candidates(String text) {
        return new QuoteExtractor().candidates(Article.builder("a", text).build());
    }

    @Test
    void aShortWordingInMarksTwiceIsRepeatedWhateverItsCaseAndPunctuation() {
        List<QuoteCandidate> c = candidates("A woman was taken to the hospital in \u201cstable\u201d condition, police said.\n\n"
                + "A man was later listed in \u201cStable,\u201d condition at the same hospital.\n");
        assertThat(c).hasSize(2);
        assertThat(c).allSatisfy(q -> assertThat(q.features()[REPEATED]).isEqualTo(1));
    }

    @Test
    void aWordingInMarksOnceOrALongRepeatedOneIsNot() {
        String said = "\u201cWe will rebuild the school before the winter comes,\u201d the mayor said.\n\n";
        List<QuoteCandidate> c = candidates(said + "Critics called the plan \u201creckless\u201d on Monday.\n\n" + said);
        assertThat(c).hasSize(3);
        assertThat(c).allSatisfy(q -> assertThat(q.features()[REPEATED]).isZero());
    }
}
