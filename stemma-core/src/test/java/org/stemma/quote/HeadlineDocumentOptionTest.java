package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * A headline's "X's <document> on Y:" names a document and its topic: the document phrase is no
 * speaker option, while a name before "on Y:" stays one (issue 18).
 */
class HeadlineDocumentOptionTest {

    private static List<String> options(String text) {
        List<QuoteCandidate> cs = new QuoteExtractor().candidates(Article.builder("a", text).build());
        assertThat(cs).isNotEmpty();
        return cs.get(0).speakers().stream().map(o -> o.mention() == null ? "<voice>" : o.mention().of(text))
                .filter(Objects::nonNull).toList();
    }

    @Test
    void aPossessiveDocumentBeforeTheTopicIsNoOption() {
        assertThat(options("Marsh's Memo on the Budget: \u2018Cuts Are Coming\u2019\n\nThe memo went out on Friday.\n"))
                .noneMatch(o -> o.contains("Memo"));
    }

    @Test
    void aNameBeforeTheTopicStaysAnOption() {
        assertThat(options("Marsh on the Budget: \u2018Cuts Are Coming\u2019\n\nTreasurer Ida Marsh spoke on Friday.\n"))
                .contains("Marsh");
    }

    @Test
    void onlyInAHeadlineBeforeAPrepositionAndAColon() {
        Lex lex = Lex.of("Marsh's Memo on the Budget: Cuts Are Coming\n\nMarsh's memo on the budget: it was read aloud.\n");
        assertThat(SpeakerRanker.headlineDocumentTopic(lex, 0, 2)).as("Marsh's Memo | on … :").isTrue();
        Lex noTopic = Lex.of("Marsh's Memo Stirs the Council\n\nThe memo went out on Friday: it was read aloud.\n");
        assertThat(SpeakerRanker.headlineDocumentTopic(noTopic, 0, 2)).as("no preposition").isFalse();
        Lex body = Lex.of("A Quiet Week\n\nMarsh's memo on the budget: it was read aloud.\n");
        int m = 0;
        while (!body.word(m).startsWith("Marsh")) {
            m++;
        }
        assertThat(SpeakerRanker.headlineDocumentTopic(body, m, m + 2)).as("not in the headline").isFalse();
    }
}
