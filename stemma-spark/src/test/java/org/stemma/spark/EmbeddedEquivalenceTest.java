package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.eval.reuse.GoldBodies;
import org.stemma.ingest.Ingestor;
import org.stemma.provenance.Derivation;
import org.stemma.story.Story;
import org.stemma.testing.TestData;

/**
 * The Spark job and the embedded analyzer, on the same input, give the same links, stories and
 * derivations.
 */
class EmbeddedEquivalenceTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void seedsGiveTheSameAnalysis(@TempDir Path out) {
        Path seeds = TestData.seeds();
        Analysis spark = runSpark(List.of(seeds.toAbsolutePath().toString()), out);
        Analysis embedded = runEmbedded(List.of(seeds));
        assertSame(spark, embedded);
        assertThat(spark.links()).isNotEmpty();
        assertThat(spark.stories()).isNotEmpty();
        assertThat(spark.provenance()).isNotEmpty();
    }

    @Test
    void seedsGiveTheSameAnalysisWithTheModel(@TempDir Path out) {
        Path seeds = Path.of("../examples/sahel-2024");
        Analysis spark = runSpark(List.of(seeds.toAbsolutePath().toString()), out, AnalysisConfig.defaults());
        Analysis embedded = runEmbedded(List.of(seeds), AnalysisConfig.defaults());
        assertSame(spark, embedded);
        assertThat(spark.provenance()).anySatisfy(d -> {
            assertThat(d.source()).startsWith("001_");
            assertThat(d.copy()).startsWith("000_");
        });
    }

    @Test
    void generatedCorpusGivesTheSameAnalysis(@TempDir Path dir) throws Exception {
        Path truth = TestData.requireEval("article-extraction/ground-truth.json");
        List<String> bodies = GoldBodies.read(truth, 100);
        CorpusGenerator.Corpus corpus = new CorpusGenerator(bodies).generate(2000, 0.3, 11);
        Path jsonl = dir.resolve("corpus.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            for (Article a : corpus.articles()) {
                ObjectNode o = json.createObjectNode().put("id", a.id()).put("text", a.text());
                if (a.published() != null) {
                    o.put("published", a.published());
                }
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        Analysis spark = runSpark(List.of(jsonl.toString()), dir.resolve("out"));
        Analysis embedded = runEmbedded(List.of(jsonl));
        assertThat(spark.articles()).hasSize(2000);
        assertThat(spark.links().size()).isGreaterThan(500);
        assertSame(spark, embedded);
    }

    private static Analysis runSpark(List<String> inputs, Path out) {
        return runSpark(inputs, out, AnalysisConfig.lexical());
    }

    private static Analysis runSpark(List<String> inputs, Path out, AnalysisConfig analysis) {
        JobConfig config = new JobConfig(inputs, "auto", out.toString(), 4, analysis, 100_000);
        new StemmaJob(spark, config).run();
        Stages s = new Stages(spark, out.toString());
        return Report.collect(spark.read().parquet(s.table("articles")),
                spark.read().parquet(s.table("links")), spark.read().parquet(s.table("stories")),
                spark.read().parquet(s.table("derivations")), spark.read().parquet(s.table("quotes")));
    }

    private static Analysis runEmbedded(List<Path> inputs) {
        return runEmbedded(inputs, AnalysisConfig.lexical());
    }

    private static Analysis runEmbedded(List<Path> inputs, AnalysisConfig config) {
        List<Article> articles = new ArrayList<>();
        new Ingestor().read(inputs, articles::add, p -> { });
        articles.sort(Comparator.comparing(Article::id));
        return new Analyzer(config, org.stemma.embed.MiniLmEmbedder.forConfig(config)).analyze(articles);
    }

    private static void assertSame(Analysis spark, Analysis embedded) {
        // Sources name the same files, as a URI on Spark and as a path embedded.
        assertThat(withoutSource(spark.articles())).isEqualTo(withoutSource(embedded.articles()));
        assertThat(linkKeys(spark.links())).isEqualTo(linkKeys(embedded.links()));
        assertThat(spark.links()).containsExactlyInAnyOrderElementsOf(embedded.links());
        assertThat(storyKeys(spark.stories())).isEqualTo(storyKeys(embedded.stories()));
        assertThat(spark.stories()).containsExactlyInAnyOrderElementsOf(embedded.stories());
        assertThat(derivationKeys(spark.provenance())).isEqualTo(derivationKeys(embedded.provenance()));
        assertThat(spark.provenance()).containsExactlyInAnyOrderElementsOf(embedded.provenance());
    }

    private static List<Article> withoutSource(List<Article> articles) {
        return articles.stream().map(a -> a.toBuilder().source(null).build()).toList();
    }

    private static Set<String> linkKeys(List<Link> links) {
        return links.stream().map(l -> l.a() + "~" + l.b() + " " + l.kind()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> storyKeys(List<Story> stories) {
        return stories.stream().map(s -> new TreeSet<>(s.articles()) + " " + s.lineages())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> derivationKeys(List<Derivation> ds) {
        return ds.stream().map(d -> d.source() + "->" + d.copy() + " " + d.kind() + " credited=" + d.credited())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
