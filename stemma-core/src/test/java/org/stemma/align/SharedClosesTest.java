package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.align.ReuseFinderTest.art;
import static org.stemma.align.ReuseFinderTest.words;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pair rule of {@link SharedCloses}, through the finder (no corpus furniture: two articles). */
class SharedClosesTest {

    final ReuseFinder finder = new ReuseFinder(ReuseOptions.defaults(), null);

    @Test
    void twoPagesThatShareOnlyTheirFooterAreNotLinked() {
        Random r = new Random(3);
        String footer = words(r, 35);
        List<Link> links = finder.find(List.of(art("a", words(r, 200) + ". " + footer),
                art("b", words(r, 150) + ". " + footer + " Related")));
        assertThat(links).isEmpty();
    }

    @Test
    void theSameFooterLinksWithFurnitureTurnedOff() {
        Random r = new Random(3);
        String footer = words(r, 35);
        ReuseFinder off = new ReuseFinder(ReuseOptions.defaults().withFurnitureMinDocs(0), null);
        assertThat(off.find(List.of(art("a", words(r, 200) + ". " + footer), art("b", words(r, 150) + ". " + footer))))
                .hasSize(1);
    }

    @Test
    void aLongerSharedEndIsAParagraphACopyMayTake() {
        Random r = new Random(4);
        String paragraph = words(r, 80);
        List<Link> links = finder.find(List.of(art("a", words(r, 300) + ". " + paragraph),
                art("b", words(r, 250) + ". " + paragraph)));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).passages()).hasSize(1);
    }

    @Test
    void theEndOfACopyThatLeftItsSourceStaysAPassageOfTheLink() {
        Random r = new Random(5);
        String body = words(r, 150);
        String end = words(r, 30);
        String source = words(r, 60) + ". " + body + ". " + words(r, 130) + ". " + end;
        String copy = words(r, 40) + ". " + body + ". " + words(r, 140) + ". " + end;
        List<Link> links = finder.find(List.of(art("source", source), art("copy", copy)));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).passages()).hasSize(2);
        assertThat(links.get(0).passages().get(1).a().of(source)).contains(end.substring(0, 20));
    }

    @Test
    void aSharedStartIsNoClose() {
        Random r = new Random(6);
        String lede = words(r, 35);
        List<Link> links = finder.find(List.of(art("a", lede + ". " + words(r, 200)),
                art("b", lede + ". " + words(r, 150))));
        assertThat(links).hasSize(1);
    }
}
