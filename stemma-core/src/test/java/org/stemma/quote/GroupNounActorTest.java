package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * "The group" means a body that acted or spoke before it, not a nation's people ("no Canadians
 * came"), issue 18, fourteenth round.
 */
class GroupNounActorTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void theGroupIsTheBodyThatPostedNotTheNationals() {
        List<Quote> qs = extract("A small parks charity took to social media on Monday to needle the mayor of the city.\n\n"
                + "Pointing at the closed footbridge, ParkWatch posted a photo of the rusted rails.\n\n"
                + "In the end, no Canadians came to the opening and the mayor left early.\n\n"
                + "The group, which calls the mayor a \u201Ccareless steward\u201D on its website, has asked for a vote.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("ParkWatch");
    }

    @Test
    void aNationsPeopleAreNoGroupThatSpeaks() {
        List<Quote> qs = extract("A small parks charity took to social media on Monday to needle the mayor of the city.\n\n"
                + "In the end, no Canadians came to the opening and the mayor left early.\n\n"
                + "The group, which calls the mayor a \u201Ccareless steward\u201D on its website, has asked for a vote.");
        assertThat(qs).extracting(Quote::speaker).doesNotContain("Canadians");
    }
}
