package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "The court said" resolved to no name: a clock's "PM" or a body of another kind (issue 18). */
class BodyOfAnotherKindTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void aClockMarkerIsNoOrganisation() {
        Quote q = extract("Posted: June 3, 2025 - 7:15 PM\n\nTwo men were charged on Friday after a fire in Elm Row.\n\n"
                + "\u201CThe men acted together on the night,\u201D the court said.").get(0);
        assertThat(q.speaker()).isNotEqualTo("PM").isEqualTo("the court");
    }

    @Test
    void aBodyOfAnotherKindIsNotWhatTheCourtMeans() {
        Quote q = extract("The boy was taken to the Riverside General Hospital, where he died.\n\n"
                + "\u201CHe had been shot twice from behind,\u201D the court said.").get(0);
        assertThat(q.speaker()).isEqualTo("the court");
    }

    @Test
    void aBodyNamedWithTheNounIsStillFound() {
        Quote q = extract("The Riverside General Hospital treated him. His case went to the Hale County Court.\n\n"
                + "\u201CThe charge stands,\u201D the court said.").get(0);
        assertThat(q.speaker()).isEqualTo("Hale County Court");
    }

    @Test
    void aBrandNounStillTakesTheNearestName() {
        Quote q = extract("Shopify Inc. cut 200 jobs on Monday.\n\n\u201CWe are sorry to see them go,\u201D the company said.").get(0);
        assertThat(q.speaker()).startsWith("Shopify");
    }

    @Test
    void aClockMarkerNeedsFiguresBeforeIt() {
        Lex lex = Lex.of("At 5:30 PM the PM spoke.");
        Mention clock = mention(lex, "PM", 0);
        Mention title = mention(lex, "PM", 1);
        assertThat(Organisations.clockMarker(lex, clock)).isTrue();
        assertThat(Organisations.clockMarker(lex, title)).isFalse();
    }

    private static Mention mention(Lex lex, String word, int nth) {
        int seen = 0;
        for (int t = 0; t < lex.size; t++) {
            if (lex.word(t).equals(word) && seen++ == nth) {
                return new Mention(lex.start[t], lex.end[t], t, t + 1, List.of(word), java.util.Set.of(), true,
                        false, false, false, false, false, false);
            }
        }
        throw new AssertionError(word);
    }
}
