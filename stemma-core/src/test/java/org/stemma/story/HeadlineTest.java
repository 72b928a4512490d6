package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class HeadlineTest {

    private static Article article(String title, String text) {
        return Article.builder("a", text).title(title).build();
    }

    @Test
    void aTitleIsTheHeadline() {
        assertThat(Headline.of(article("  Floods close the port  ", "Body text that is long enough."))).isEqualTo("Floods close the port");
    }

    @Test
    void withoutATitleTheFirstLineOfTwentyCharactersIsTheHeadline() {
        String text = "By staff\n\n  Floods close the port of Mopti  \nMore text follows here.";
        assertThat(Headline.of(article(null, text))).isEqualTo("Floods close the port of Mopti");
        assertThat(text.substring(0, Headline.textEnd(text))).isEqualTo("By staff\n\n  Floods close the port of Mopti  ");
    }

    @Test
    void aLongLineIsCutToOneHundredAndSixtyCharacters() {
        String line = "word ".repeat(60).strip();
        String h = Headline.of(article(null, line));
        assertThat(h).hasSize(158).endsWith("…");
    }

    @Test
    void noLineLongEnoughGivesNoHeadlineAndTheWholeTextIsRead() {
        assertThat(Headline.of(article(null, "short\nlines only"))).isNull();
        assertThat(Headline.textEnd("short\nlines only")).isEqualTo("short\nlines only".length());
    }
}
