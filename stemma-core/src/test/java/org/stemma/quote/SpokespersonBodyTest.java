package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** "A police spokesperson" speaks for the body its noun names (issue 18, thirteenth round). */
class SpokespersonBodyTest {

    private static Quote first(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build()).get(0);
    }

    @Test
    void aSpokespersonOfANounSpeaksForTheBodyTheArticleNamedWithIt() {
        Quote q = first("The Riverton Police Department and the fire service were called to the mill on Friday.\n\n"
                + "\u201COfficers found the door open,\u201D a police spokesperson said.");
        assertThat(q.speakerAsWritten()).isEqualTo("a police spokesperson");
        assertThat(q.speaker()).isEqualTo("Riverton Police Department");
    }

    @Test
    void aSpokespersonWhoseNounNamesNoBodyOfTheArticleSpeaksForThatBodyAsWritten() {
        // Session 18 (issue 18): "a police spokesperson" with no police force named speaks for
        // "police", as "police said" would; it was null before.
        Quote q = first("Crews were called to the mill on Friday.\n\n"
                + "\u201COfficers found the door open,\u201D a police spokesperson said.");
        assertThat(q.speaker()).isEqualTo("police");
    }

    @Test
    void aSpokespersonWhoseNounIsNoBodyStillNamesNoOne() {
        Quote q = first("Crews were called to the mill on Friday.\n\n"
                + "\u201COfficers found the door open,\u201D a local spokesperson said.");
        assertThat(q.speaker()).isNull();
    }
}
