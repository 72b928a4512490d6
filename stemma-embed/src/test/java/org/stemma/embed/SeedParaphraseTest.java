package org.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.article.Article;

/**
 * The paraphrase path with the real model on the seed articles: 000 (MENAFN) rewords 001 (the
 * RT original), including Diarra's two quotes; 004 (Lavrov/Diop) is another story.
 */
class SeedParaphraseTest {

    static List<Article> seeds = new ArrayList<>();
    static EmbeddingParaphraseFinder finder;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/sahel-2024"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                seeds.add(Article.builder(name.substring(0, 3), Files.readString(p)).build());
            }
        }
        finder = new EmbeddingParaphraseFinder(new MiniLmEmbedder());
    }

    private static Article seed(String id) {
        return seeds.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static double coverage(String text, List<Passage> ps, boolean sideA) {
        int covered = 0;
        for (Passage p : ps) {
            covered += (sideA ? p.a() : p.b()).length();
        }
        return (double) covered / text.strip().length();
    }

    @Test
    void menafnRewriteIsAParaphraseOfTheOriginalIncludingBothQuotes() {
        Article a = seed("000");
        Article b = seed("001");
        List<Passage> ps = finder.find(a, b, List.of());
        assertThat(ps).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE));
        assertThat(coverage(a.text(), ps, true)).isGreaterThan(0.5);
        assertAligned(ps, a.text().indexOf("“Today, we can proudly affirm"),
                b.text().indexOf("“But today we can happily state"));
        assertAligned(ps, a.text().indexOf("“Through our partnership with Russia"),
                b.text().indexOf("“Thanks to cooperation with Russia"));
    }

    private static void assertAligned(List<Passage> ps, int inA, int inB) {
        assertThat(inA).isNotNegative();
        assertThat(inB).isNotNegative();
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.a().start()).isLessThanOrEqualTo(inA);
            assertThat(p.a().end()).isGreaterThan(inA);
            assertThat(p.b().start()).isLessThanOrEqualTo(inB);
            assertThat(p.b().end()).isGreaterThan(inB);
        });
    }

    @Test
    void theUnrelatedLavrovArticleGetsLittleParaphrase() {
        Article lavrov = seed("004");
        Article original = seed("001");
        List<Passage> ps = finder.find(lavrov, original, List.of());
        assertThat(coverage(lavrov.text(), ps, true)).isLessThanOrEqualTo(0.2);
        assertThat(coverage(original.text(), ps, false)).isLessThanOrEqualTo(0.2);
    }

    @Test
    void theRewriteIsACandidatePair() {
        long[] pairs = finder.candidatePairs(seeds);
        int i = seeds.indexOf(seed("000"));
        int j = seeds.indexOf(seed("001"));
        assertThat(pairs).contains(((long) i << 32) | j);
    }
}
