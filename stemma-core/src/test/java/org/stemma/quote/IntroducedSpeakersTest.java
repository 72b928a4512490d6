package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Speakers the text introduces by what they are, and pronouns that mean them (issue 18). */
class IntroducedSpeakersTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void aOneWordNameANounIntroducesIsAPronounsReferent() {
        Quote q = extract("ANC stalwart Ndlovu on Monday warned the cabinet about the budget.\n\n"
                + "\u201CWe will not wait for another year,\u201D she said.").get(0);
        assertThat(q.speaker()).isEqualTo("Ndlovu");
        Quote role = extract("Party chief Kourouma on Friday attacked the new tax.\n\n"
                + "\u201CIt hurts the farmers first,\u201D he said.").get(0);
        assertThat(role.speaker()).isEqualTo("Kourouma");
    }

    @Test
    void aNameAfterOfIsNoPersonIntroduced() {
        Quote q = extract("Gallery of Angels opened in May after a long delay.\n\n"
                + "\u201CIt was worth the wait,\u201D she said.").get(0);
        assertThat(q.speaker()).isNotEqualTo("Angels");
    }
}
