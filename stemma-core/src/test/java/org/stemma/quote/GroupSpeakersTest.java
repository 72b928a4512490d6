package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "They" as a speaker: the group a sentence opens with (issue 18). */
class GroupSpeakersTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void theyIsTheGroupThatOpensItsSentenceOrTheOneBefore() {
        Quote same = extract("Officers did not say how the fire started, but they called it \u201Ca freak accident.\u201D").get(0);
        assertThat(same.speakerAsWritten()).isEqualTo("they");
        assertThat(same.speaker()).isEqualTo("Officers");
        Quote before = extract("The senators, however, stayed away from the hearing. Instead, they asked the court to "
                + "\u201Cset the summons aside at once.\u201D").get(0);
        assertThat(before.speaker()).isEqualTo("senators");
        Quote deputies = extract("Deputies searched the house on Monday.\n\n\u201CWe found nothing,\u201D they said.").get(0);
        assertThat(deputies.speaker()).isEqualTo("Deputies");
    }

    @Test
    void theyNeedsAGroupNounOpeningTheSentence() {
        Quote q = extract("The storm hit the coast on Monday. Later they called it \u201Ca freak event.\u201D").get(0);
        assertThat(q.speaker()).isNull();
        Quote of = extract("Members of the board met on Monday, and they called the plan \u201Ca bad deal.\u201D").get(0);
        assertThat(of.speaker()).isNull();
    }
}
