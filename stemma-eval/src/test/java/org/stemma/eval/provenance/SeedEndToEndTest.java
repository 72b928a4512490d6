package org.stemma.eval.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.extract.PlainTextExtractor;
import org.stemma.extract.TextExtraction;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.story.Story;

/**
 * The seeds through the real stages (plain-text extraction, lexical and paraphrase reuse with
 * the real embedding model, quotes, stories, provenance): the acceptance criteria of issue 5.
 */
class SeedEndToEndTest {

    private static final Path SEEDS = Path.of("../examples/sahel-2024");
    private static Analysis analysis;
    private static Map<String, String> ids;

    @BeforeAll
    static void analyse() throws IOException {
        List<Article> articles = new ArrayList<>();
        PlainTextExtractor x = new PlainTextExtractor();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                TextExtraction t = x.extract(Files.readString(p, StandardCharsets.UTF_8));
                articles.add(Article.builder(id, t.text()).title(t.title()).published(t.published())
                        .outlet(t.outlet()).author(t.author()).removed(t.removed()).related(t.related()).build());
            }
        }
        ids = articles.stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Article::id));
        analysis = new Analyzer(ReuseOptions.defaults(), new MiniLmEmbedder()).analyze(articles);
        for (Article a : articles) {
            System.out.println(a.id() + " outlet=" + a.outlet() + " published=" + a.published() + " related=" + a.related());
        }
        analysis.links().forEach(l -> System.out.printf("link %s %s %s %.2f %.2f %d%n", l.a(), l.b(), l.kind(),
                l.coverageA(), l.coverageB(), l.passages().size()));
        analysis.stories().forEach(s -> System.out.println("story " + s.articles() + " lineages " + s.lineages()));
        analysis.provenance().forEach(d -> System.out.println(d.source() + " -> " + d.copy() + " " + d.kind()
                + " credited=" + d.credited() + " conf=" + d.confidence() + " runnerUp=" + d.runnerUpSource()
                + "\n  " + String.join("\n  ", d.evidenceText())));
    }

    @Test
    void oneLineageInOneEventWith002Without004() {
        Story story = analysis.stories().stream().filter(s -> s.articles().contains(ids.get("001")))
                .findFirst().orElseThrow();
        assertThat(story.lineages()).containsExactly(List.of(ids.get("000"), ids.get("001"), ids.get("003")));
        assertThat(story.articles()).contains(ids.get("002")).doesNotContain(ids.get("004"));
    }

    @Test
    void derivationsMeetTheAcceptance() {
        Map<String, Derivation> d = analysis.provenance().stream()
                .collect(Collectors.toMap(Derivation::copy, Function.identity()));
        Derivation root = d.get(ids.get("001"));
        assertThat(root == null || root.source().equals("external:RT")).isTrue();
        String origin = root == null ? ids.get("001") : root.source();
        Derivation d000 = d.get(ids.get("000"));
        assertThat(d000.source()).isIn(ids.get("001"), origin);
        assertThat(d000.kind()).isEqualTo(DerivationKind.REWRITE);
        assertThat(d000.credited()).isFalse();
        assertThat(d000.evidenceText()).anyMatch(e -> e.contains("Ukraine linked to Africa terror attack"));
        Derivation d003 = d.get(ids.get("003"));
        assertThat(d003.source()).isIn(ids.get("001"), origin);
        assertThat(d003.kind()).isEqualTo(DerivationKind.PARTIAL);
        assertThat(d003.credited()).isFalse();
        assertThat(d.values()).allSatisfy(x -> assertThat(x.evidence()).isNotEmpty());
    }
}
