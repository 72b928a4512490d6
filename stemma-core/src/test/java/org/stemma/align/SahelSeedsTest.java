package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Span;

/**
 * Golden test on the five Sahel seed articles, built from the raw file text (page furniture
 * included): the lexical links the acceptance asks for.
 */
class SahelSeedsTest {

    static List<Article> articles;
    static List<Link> links;

    @BeforeAll
    static void run() throws IOException {
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/sahel-2024"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                articles.add(Article.builder(id, Files.readString(p, StandardCharsets.UTF_8)).build());
            }
        }
        assertThat(articles).hasSize(5);
        links = new ReuseFinder(ReuseOptions.defaults(), null).find(articles);
    }

    static Article byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    static String id(int n) {
        return articles.get(n).id();
    }

    static Link link(int x, int y) {
        return links.stream().filter(l -> l.touches(id(x)) && l.touches(id(y))).findFirst().orElse(null);
    }

    static Span side(Passage p, Link l, String id) {
        return l.a().equals(id) ? p.a() : p.b();
    }

    /**
     * The phrase lies in one passage and, in that passage's word diff, inside one run of kept
     * words: it was copied word for word as part of a region.
     */
    static void assertCopiedWordForWord(Link l, String id, String phrase) {
        int at = byId(id).text().indexOf(phrase);
        assertThat(at).as("phrase in %s", id).isGreaterThanOrEqualTo(0);
        String ta = byId(l.a()).text();
        String tb = byId(l.b()).text();
        boolean sideA = l.a().equals(id);
        assertThat(l.passages()).as("a passage of %s copying \"%s\" word for word", id, phrase)
                .anyMatch(p -> {
                    List<EditOp> ops = PassageOps.of(ta, p.a(), tb, p.b());
                    return ops != null && ops.stream().anyMatch(o -> o.op() == EditOp.Kind.EQUAL
                            && (sideA ? o.a() : o.b()).start() <= at
                            && (sideA ? o.a() : o.b()).end() >= at + phrase.length());
                });
    }

    static void assertCoveredBy(Link l, String id, String phrase, PassageKind kind) {
        int at = byId(id).text().indexOf(phrase);
        assertThat(at).as("phrase in %s", id).isGreaterThanOrEqualTo(0);
        assertThat(l.passages()).as("a %s passage of %s covering \"%s\"", kind, id, phrase)
                .anyMatch(p -> p.kind() == kind && side(p, l, id).start() <= at
                        && side(p, l, id).end() >= at + phrase.length());
    }

    @Test
    void diarraQuotesAreCopiedWordForWordAndOpeningIsEditedBetween001And003() {
        Link l = link(1, 3);
        assertThat(l).isNotNull();
        for (String side : new String[] {id(1), id(3)}) {
            assertCopiedWordForWord(l, side, "But today we can happily state the fact that the armed forces of "
                    + "Mali and our state hold these territories and control almost the entire territory "
                    + "of our country");
            assertCopiedWordForWord(l, side, "Thanks to cooperation with Russia, we have been able to acquire "
                    + "powerful weapons");
            assertCopiedWordForWord(l, side, "telling us how best to use it");
            assertCopiedWordForWord(l, side, "When a foreign state declares its involvement, its participation in "
                    + "an armed clash with the Malian armed forces on Malian territory, which resulted in "
                    + "the death of Malian soldiers, this is unacceptable");
        }
        assertCoveredBy(l, id(3), "regain control of its large previously militant-occupied territories, "
                + "the chief of staff of Bamako’s Air Force said in an interview with RTVI",
                PassageKind.EDITED);
        assertCoveredBy(l, id(3), "had been divided into two with around half of the nation occupied by "
                + "extremist coalitions over the last decade", PassageKind.EDITED);
    }

    @Test
    void only002sBackgroundIsSharedWith001() {
        Link l = link(1, 2);
        assertThat(l).isNotNull();
        String text = byId(id(2)).text();
        int background = text.indexOf("The country has been embroiled in a jihadist insurgency since 2012");
        int backgroundEnd = text.indexOf("The Malian military government");
        assertCoveredBy(l, id(2), "neighboring Burkina Faso and Niger. All three former French colonies",
                PassageKind.EDITED);
        // Background only: the insurgency paragraph (and at most the ambush background after it).
        assertThat(l.passages()).allSatisfy(p -> {
            assertThat(side(p, l, id(2)).start()).isGreaterThanOrEqualTo(background);
            assertThat(side(p, l, id(2)).end()).isLessThanOrEqualTo(backgroundEnd);
        });
        assertThat(l.a().equals(id(2)) ? l.coverageA() : l.coverageB()).isLessThan(0.3);
    }

    @Test
    void article004HasNoLinkCoveringMoreThanAFifth() {
        assertThat(links).filteredOn(l -> l.touches(id(4))).allSatisfy(l -> {
            assertThat(l.coverageA()).isLessThanOrEqualTo(0.2);
            assertThat(l.coverageB()).isLessThanOrEqualTo(0.2);
        });
    }

    @Test
    void leakedRelatedHeadlineLinks000To001Verbatim() {
        Link l = link(0, 1);
        assertThat(l).isNotNull();
        assertCopiedWordForWord(l, id(0), "Ukraine linked to Africa terror attack: What we know so far");
    }

    @Test
    void passagesAreOrderedAndDisjointAndLinksUseListOrder() {
        for (Link l : links) {
            assertThat(articles.indexOf(byId(l.a()))).isLessThan(articles.indexOf(byId(l.b())));
            List<Passage> ps = l.passages();
            for (int i = 1; i < ps.size(); i++) {
                assertThat(ps.get(i).a().start()).isGreaterThanOrEqualTo(ps.get(i - 1).a().end());
            }
        }
    }
}
