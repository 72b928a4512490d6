package org.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;

/**
 * The paraphrase path with the real model on the seed articles as the real ingest reads them
 * ({@link Ingestor}: date header and page furniture stripped), inside the lexical reuse
 * finder as the analysis runs it: 000 (MENAFN) rewords 001 (the RT original), including
 * Diarra's two quotes, and adds a closing commentary of its own; 002 is a related interview
 * sharing a background paragraph; 004 (Lavrov/Diop) is another story.
 */
class SeedParaphraseTest {

    static final List<Article> seeds = new ArrayList<>();
    static EmbeddingParaphraseFinder finder;
    static List<Link> links;

    @BeforeAll
    static void load() {
        List<String> problems = new ArrayList<>();
        new Ingestor().read(List.of(Path.of("../examples/sahel-2024")), seeds::add,
                p -> problems.add(p.toString()));
        assertThat(problems).isEmpty();
        seeds.sort(Comparator.comparing(Article::id));
        finder = new EmbeddingParaphraseFinder(new MiniLmEmbedder());
        links = new ReuseFinder(ReuseOptions.defaults(), finder).find(seeds);
        print("lexical only", new ReuseFinder(ReuseOptions.defaults(), null).find(seeds));
        print("with the paraphrase path", links);
    }

    /** The figures quoted in docs/evaluation.md. */
    private static void print(String title, List<Link> ls) {
        System.out.println(title + ":");
        for (Link l : ls) {
            System.out.printf("  %s-%s %s coverage %.3f / %.3f%n", l.a().substring(0, 3),
                    l.b().substring(0, 3), l.kind(), l.coverageA(), l.coverageB());
        }
    }

    private static Article seed(String prefix) {
        return seeds.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Link link(String a, String b) {
        return links.stream().filter(l -> l.a().startsWith(a) && l.b().startsWith(b))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + a + "-" + b));
    }

    @Test
    void menafnRewriteIsAParaphraseCoveringMostOfItsBodyIncludingBothQuotes() {
        Article a = seed("000");
        Article b = seed("001");
        Link l = link("000", "001");
        assertThat(l.passages()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE));
        // 0.81 with the shipped judge and gap rule; 0.51 before the gap rule
        assertThat(l.coverageA()).isGreaterThanOrEqualTo(0.7);
        assertAligned(l.passages(), a.text().indexOf("“Today, we can proudly affirm"),
                b.text().indexOf("“But today we can happily state"));
        assertAligned(l.passages(), a.text().indexOf("“Through our partnership with Russia"),
                b.text().indexOf("“Thanks to cooperation with Russia"));
        // the closing commentary is 000's own addition
        int own = a.text().indexOf("This strategic pivot");
        assertThat(own).isNotNegative();
        assertThat(l.passages()).noneSatisfy(p -> assertThat(p.a().end()).isGreaterThan(own));
    }

    private static void assertAligned(List<Passage> ps, int inA, int inB) {
        assertThat(inA).isNotNegative();
        assertThat(inB).isNotNegative();
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
            assertThat(p.a().start()).isLessThanOrEqualTo(inA);
            assertThat(p.a().end()).isGreaterThan(inA);
            assertThat(p.b().start()).isLessThanOrEqualTo(inB);
            assertThat(p.b().end()).isGreaterThan(inB);
        });
    }

    @Test
    void theRelatedInterviewSharesOnlyBackground() {
        Link l = link("001", "002");
        assertThat(l.coverageB()).isLessThan(0.3);
    }

    @Test
    void theUnrelatedLavrovArticleGetsLittle() {
        for (Link l : links) {
            if (l.touches(seed("004").id())) {
                assertThat(l.coverageA()).as(l.a() + "-" + l.b()).isLessThanOrEqualTo(0.2);
                assertThat(l.coverageB()).as(l.a() + "-" + l.b()).isLessThanOrEqualTo(0.2);
            }
        }
    }

    @Test
    void theRewriteIsACandidatePair() {
        long[] pairs = finder.candidatePairs(seeds);
        int i = seeds.indexOf(seed("000"));
        int j = seeds.indexOf(seed("001"));
        assertThat(pairs).contains(((long) i << 32) | j);
    }
}
