package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
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
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.ingest.Ingestor;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.server.ServerOptions;
import org.stemma.server.StemmaServer;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;
import org.stemma.testing.TestData;

/**
 * One analysis everywhere: with the default configuration (the model on), {@code analyze}
 * (the {@link Analyzer} with {@link AnalysisConfig#defaults()}, as {@code AnalyzeCommand} runs
 * it), the store ({@link IncrementalIngest#of}, as {@code ingest} and {@code serve} run it, read
 * back whole and through the REST API) and the Spark job at {@code local[2]} give the same links,
 * stories, derivations and quote families, on the five seeds and on 500 real articles of
 * events/gva-dev; the seeds' uncredited rewrite 001 → 000 appears in all three.
 *
 * <p>The one difference, named in docs/spark.md and checked here: Spark forms quote families
 * within the components its graph is cut into, so a family whose quotes lie in articles of
 * different components is split there.
 */
class RunnersEquivalenceTest {

    private static SparkSession spark;
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();

    @BeforeAll
    static void start() {
        spark = LocalSpark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theSeedsGiveOneAnalysisAndTheRewriteEverywhere(@TempDir Path tmp) throws Exception {
        Path seeds = repoRoot().resolve("examples/sahel-2024");
        Runs r = runAll(List.of(seeds), tmp, 500);
        assertSame(r);
        for (Analysis a : List.of(r.analyze(), r.store(), r.spark())) {
            Derivation d = rewrite(a.provenance());
            assertThat(d.kind().name()).isEqualTo("REWRITE");
            assertThat(d.credited()).isFalse();
        }
        // and the web UI's API shows it in the story's provenance graph
        try (StemmaStore store = StemmaStore.openReadOnly(tmp.resolve("store"))) {
            StemmaServer server = new StemmaServer(store, null, new ServerOptions(16 << 20, 1000, 200)).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1";
                JsonNode stories = get(base + "/stories");
                String storyId = stories.get("items").get(0).get("id").asText();
                JsonNode story = get(base + "/stories/" + storyId);
                boolean found = false;
                for (JsonNode e : story.get("graph").get("edges")) {
                    found |= e.toString().contains("001_") && e.toString().contains("000_")
                            && e.toString().toLowerCase(java.util.Locale.ROOT).contains("rewrite");
                }
                assertThat(found).as("the API's story graph holds the 001 -> 000 rewrite: %s", story.get("graph"))
                        .isTrue();
            } finally {
                server.close();
            }
        }
    }

    @Test
    void fiveHundredRealArticlesGiveOneAnalysis(@TempDir Path tmp) throws Exception {
        Path gva = sharedEval().resolve("events/gva-dev");
        Path sample = tmp.resolve("gva-sample.jsonl");
        int n = writeSample(gva, sample, 500);
        assertThat(n).isEqualTo(500);
        Runs r = runAll(List.of(sample), tmp, 500);
        assertThat(r.analyze().articles()).hasSize(500);
        assertThat(r.analyze().stories()).hasSizeGreaterThan(20);
        assertSame(r);
    }

    // ---------------------------------------------------------------- the three runners

    record Runs(Analysis analyze, Analysis store, Analysis spark, Map<String, String> components) {
    }

    private static Runs runAll(List<Path> inputs, Path tmp, int batch) {
        List<Article> articles = new ArrayList<>();
        new Ingestor().read(inputs, articles::add, p -> fail("unreadable input: " + p.describe()));
        articles.sort(Comparator.comparing(Article::id));
        // analyze: what AnalyzeCommand runs with its default options
        Analysis analyze = new Analyzer(CONFIG, MiniLmEmbedder.forConfig(CONFIG)).analyze(articles);
        // ingest: what IngestCommand runs with its default options, batch by batch
        Analysis stored;
        try (StemmaStore store = StemmaStore.open(tmp.resolve("store"))) {
            IncrementalIngest ingest = IncrementalIngest.of(store, CONFIG, MiniLmEmbedder.forConfig(CONFIG),
                    IncrementalIngest.DEFAULT_CANDIDATES);
            for (int from = 0; from < articles.size(); from += batch) {
                ingest.ingest(articles.subList(from, Math.min(articles.size(), from + batch)));
            }
            stored = store.analysisOf(articles.stream().map(Article::id).toList());
            List<Story> stories = store.stories(null, 0, 10_000).items();
            stored = new Analysis(articles, stored.links(), stories, stored.provenance(), stored.quotes());
        }
        // spark: the job at local[2]
        String out = tmp.resolve("spark").toString();
        new StemmaJob(spark, new JobConfig(inputs.stream().map(p -> p.toAbsolutePath().toString()).toList(),
                "auto", out, 4, CONFIG, 100_000)).run();
        Stages s = new Stages(spark, out);
        Analysis sparkRun = Report.collect(spark.read().parquet(s.table("articles")),
                spark.read().parquet(s.table("links")), spark.read().parquet(s.table("stories")),
                spark.read().parquet(s.table("derivations")), spark.read().parquet(s.table("quotes")));
        Map<String, String> components = new HashMap<>();
        for (Row row : spark.read().parquet(s.table("components")).collectAsList()) {
            components.put(row.getString(0), row.getString(1));
        }
        return new Runs(analyze, stored, sparkRun, components);
    }

    private static void assertSame(Runs r) {
        Analysis a = r.analyze();
        assertThat(a.links()).as("the analysis has links").isNotEmpty();
        for (Map.Entry<String, Analysis> other : Map.of("store", r.store(), "spark", r.spark()).entrySet()) {
            Analysis b = other.getValue();
            String who = other.getKey();
            assertThat(linkKeys(b.links())).as(who + " links").isEqualTo(linkKeys(a.links()));
            assertThat(new HashSet<>(b.links())).as(who + " links, passages").isEqualTo(new HashSet<>(a.links()));
            assertThat(storyKeys(b.stories())).as(who + " stories").isEqualTo(storyKeys(a.stories()));
            assertThat(derivationKeys(b.provenance())).as(who + " derivations").isEqualTo(derivationKeys(a.provenance()));
            assertThat(new HashSet<>(b.provenance())).as(who + " derivations, evidence").isEqualTo(new HashSet<>(a.provenance()));
        }
        for (Analysis run : List.of(a, r.store(), r.spark())) {
            assertThat(run.quotes()).extracting(QuoteFamily::id).as("quote family ids").doesNotHaveDuplicates();
        }
        assertThat(new HashSet<>(r.store().quotes())).as("store quote families").isEqualTo(new HashSet<>(a.quotes()));
        // Spark: families within components (docs/spark.md). A family of analyze whose articles
        // lie in one component is Spark's too, except that a fragment of under four words joins
        // a quote of another speaker only when its words are rare among the families grouped
        // together (the whole corpus, or one component on Spark): such fragments may sit in
        // another family there. A family across components is split there, and every quotation
        // is in exactly one Spark family.
        Set<QuoteFamily> sparkFamilies = new HashSet<>(r.spark().quotes());
        Map<String, QuoteFamily> sparkByQuote = new HashMap<>();
        for (QuoteFamily f : r.spark().quotes()) {
            f.variants().forEach(v -> sparkByQuote.put(quoteKey(v), f));
        }
        int split = 0;
        int fragments = 0;
        for (QuoteFamily f : a.quotes()) {
            Set<String> comps = f.variants().stream().map(v -> r.components().getOrDefault(v.quote().article(),
                    v.quote().article())).collect(Collectors.toSet());
            if (comps.size() > 1) {
                split++;
            } else if (!sparkFamilies.contains(f)) {
                fragments++;
                QuoteFamily g = sparkByQuote.get(quoteKey(f.variants().get(0)));
                Map<String, String> mine = texts(f);
                Map<String, String> theirs = g == null ? Map.of() : texts(g);
                Set<String> differ = new TreeSet<>(mine.keySet());
                differ.addAll(theirs.keySet());
                differ.removeIf(k -> mine.containsKey(k) && theirs.containsKey(k));
                assertThat(differ).as("spark quote family " + f.id() + " differs by fragments only: " + g)
                        .isNotEmpty()
                        .allSatisfy(k -> assertThat(org.stemma.text.Tokenizer.tokenize(
                                mine.getOrDefault(k, theirs.get(k))).size()).as(k).isLessThan(4));
            }
        }
        assertThat(quotations(r.spark().quotes())).as("spark quotations").isEqualTo(quotations(a.quotes()));
        System.out.printf("runners agree: %d links, %d stories, %d derivations, %d quote families "
                        + "(%d across Spark components, %d with a fragment joined differently on Spark)%n",
                a.links().size(), a.stories().size(), a.provenance().size(), a.quotes().size(), split, fragments);
    }

    private static String quoteKey(QuoteVariant v) {
        return v.quote().article() + "@" + v.quote().span();
    }

    /** A family's quotations: key to text. */
    private static Map<String, String> texts(QuoteFamily f) {
        Map<String, String> out = new HashMap<>();
        f.variants().forEach(v -> out.put(quoteKey(v), v.quote().text()));
        return out;
    }

    private static Derivation rewrite(List<Derivation> ds) {
        return ds.stream().filter(d -> d.source().startsWith("001_") && d.copy().startsWith("000_")).findFirst()
                .orElseThrow(() -> new AssertionError("no 001 -> 000 derivation in " + ds));
    }

    private static Set<String> linkKeys(List<Link> links) {
        return links.stream().map(l -> l.a() + "~" + l.b() + " " + l.kind()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> storyKeys(List<Story> stories) {
        return stories.stream().map(s -> new TreeSet<>(s.articles()) + " " + s.lineages() + " " + s.title())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> derivationKeys(List<Derivation> ds) {
        return ds.stream().map(d -> d.source() + "->" + d.copy() + " " + d.kind() + " credited=" + d.credited())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every quotation (article and span) with the number of families holding it. */
    private static Map<String, Integer> quotations(List<QuoteFamily> families) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (QuoteFamily f : families) {
            for (QuoteVariant v : f.variants()) {
                out.merge(v.quote().article() + "@" + v.quote().span(), 1, Integer::sum);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- data

    static Path repoRoot() {
        return TestData.repoRoot();
    }

    /** {@code ../shared/eval} (or {@code -Dstemma.shared}): skipped when missing, failed under {@code CI=true}. */
    static Path sharedEval() {
        return TestData.requireEval("events/gva-dev").getParent().getParent();
    }

    /**
     * Writes {@code size} articles of the corpus: whole gold events, taken in the order of a hash
     * of their id (so the sample holds stories, not scattered articles), the last event cut to
     * fit; sorted by article id.
     */
    static int writeSample(Path gva, Path out, int size) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode events = json.readTree(gva.resolve("gold.json").toFile()).get("events");
        Map<String, List<String>> byEvent = new LinkedHashMap<>();
        events.fields().forEachRemaining(e -> byEvent.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>())
                .add(e.getKey()));
        List<String> order = new ArrayList<>(byEvent.keySet());
        order.sort(Comparator.comparingLong(e -> org.stemma.text.Tokenizer.fnv1a64(e)));
        Set<String> chosen = new HashSet<>();
        for (String e : order) {
            for (String id : byEvent.get(e)) {
                if (chosen.size() < size) {
                    chosen.add(id);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(gva.resolve("corpus.jsonl"))) {
            if (!line.isBlank() && chosen.contains(json.readTree(line).get("id").asText())) {
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparing(l -> {
            try {
                return json.readTree(l).get("id").asText();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }));
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (String l : lines) {
                w.write(l);
                w.newLine();
            }
        }
        return lines.size();
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }
}
