package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.align.ReuseFinderTest.words;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;

/** {@link TemplatePages}: the page test, and the pair rule through the finder. */
class TemplatePagesTest {

    final ReuseFinder finder = new ReuseFinder(ReuseOptions.defaults(), null);

    static Article page(String id, String title, String text) {
        return Article.builder(id, text).title(title).build();
    }

    static boolean template(Article a) {
        return TemplatePages.is(a, Tokenizer.tokenize(a.text()));
    }

    @Test
    void aTextThatSharesNoContentWordWithItsHeadlineIsATemplate() {
        String blurb = "Welcome to the station's website! Our radio partners bring you the best the city has to offer.";
        assertThat(template(page("a", "Two men shot outside Lakeview restaurant", blurb))).isTrue();
        // "the", "to", "has" are function words: only content words tell the story
        assertThat(template(page("b", "The city has to choose", blurb))).isFalse(); // fewer than 3 content words
        assertThat(template(page("c", "The two men shot to the restaurant", blurb))).isTrue();
        assertThat(template(page("d", "Radio partners named the best in the city", blurb))).isFalse();
    }

    @Test
    void wordsAreComparedOnTheirStems() {
        String text = "Police said a gunman killed two people and wounded three late on Friday.";
        assertThat(template(page("a", "Gunman kills two, wounds three", text))).isFalse();
        assertThat(template(page("b", "Bakery wins regional pastry award", text))).isTrue();
    }

    @Test
    void aSiteNameOrNoTitleSaysNothing() {
        String text = "Police said a gunman killed two people and wounded three late on Friday.";
        assertThat(template(page("a", "Daily Blotter", text))).isFalse();
        assertThat(template(page("b", null, text))).isFalse();
        assertThat(template(page("c", "Bakery wins regional pastry award", ""))).isFalse();
    }

    @Test
    void aHeadlineTheTextOpensWithIsNotItsOwnBody() {
        String title = "Bakery wins regional pastry award";
        String text = title + "\n\nPolice said a gunman killed two people and wounded three late on Friday.";
        assertThat(template(page("a", title, text))).isTrue();
    }

    @Test
    void twoTemplatePagesThatShareTheirWholeTextAreNotLinked() {
        Random r = new Random(7);
        String blurb = words(r, 170);
        List<Link> links = finder.find(List.of(page("a", "Five shot dead on South Shore", blurb),
                page("b", "Two wounded in East Garfield Park", blurb)));
        assertThat(links).isEmpty();
        ReuseFinder off = new ReuseFinder(ReuseOptions.defaults().withFurnitureMinDocs(0), null);
        assertThat(off.find(List.of(page("a", "Five shot dead on South Shore", blurb),
                page("b", "Two wounded in East Garfield Park", blurb)))).hasSize(1);
    }

    @Test
    void aStoryRepublishedWholeUnderItsHeadlinesStillLinks() {
        Random r = new Random(8);
        String story = words(r, 170);
        String[] w = story.split("\\s+");
        String head1 = w[0] + " " + w[5] + " " + w[9] + " again";
        String head2 = w[2] + " " + w[7] + " " + w[14];
        assertThat(finder.find(List.of(page("a", head1, story), page("b", head2, story)))).hasSize(1);
    }

    @Test
    void anArticleThatCarriesATemplatePagesTextStillLinksToIt() {
        // one template page is not enough: the rule asks both pages to be templates
        Random r = new Random(9);
        String blurb = words(r, 120);
        String own = words(r, 200);
        String[] w = own.split("\\s+");
        List<Link> links = finder.find(List.of(page("a", "Five shot dead on South Shore", blurb),
                page("b", w[3] + " " + w[8] + " " + w[13], own + ". " + blurb)));
        assertThat(links).hasSize(1);
    }
}
