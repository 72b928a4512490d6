package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;

/**
 * The seeds through the real pipeline (ingest, incremental store, Analyzer), shown in the UI:
 * the story of 001 with its provenance graph, 001 and 000 side by side with 000's altered
 * quotations highlighted, the quotation families, an article with its removed furniture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsBrowserTest {
    private static final Path SEEDS = Path.of("../examples/sahel-2024");
    private Path tmp;
    private StemmaStore store;
    private StemmaServer server;
    private Browser browser;
    private String id000;
    private String id001;
    private String id003;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        tmp = Files.createTempDirectory("stemma-seeds-test-");
        store = StemmaStore.open(tmp.resolve("store"));
        ReuseOptions reuse = ReuseOptions.defaults();
        // Lexical only (no model here), so the 000-001 rewrite is linked by its short shared
        // passages alone: the evidence rule, which needs the paraphrase passages to keep that
        // link, is off for this test of the pages.
        IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.reuse(reuse, 50),
                FingerprintKeys.reuse(reuse), new Analyzer(reuse.withMinEvidence(0), null)::analyze);
        List<Article> seeds = new ArrayList<>();
        new Ingestor().read(List.of(SEEDS), seeds::add, p -> { throw new AssertionError(p.describe()); });
        assertThat(seeds).hasSize(5);
        // one at a time, as a user adding articles day after day would
        for (Article a : seeds) {
            ingest.ingest(List.of(a));
        }
        id000 = idStartingWith(seeds, "000_");
        id001 = idStartingWith(seeds, "001_");
        id003 = idStartingWith(seeds, "003_");
        server = new StemmaServer(store, ingest, ApiTest.TOKEN, ServerOptions.DEFAULTS).start("127.0.0.1", 0);
    }

    private static String idStartingWith(List<Article> seeds, String prefix) {
        return seeds.stream().map(Article::id).filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The page's prose names articles by outlet, headline and date and quotes by their words, never by id. */
    private void assertNoInternalIds() {
        String text = browser.driver.findElement(By.id("app")).getText();
        assertThat(text).isNotBlank().doesNotContainPattern("\\bq[0-9a-f]{8,16}\\b");
        for (String id : List.of(id000, id001, id003)) {
            assertThat(text).doesNotContain(id);
        }
    }

    private String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    @Test
    void seedStoryGraphAndAlteredQuotesSideBySide() throws Exception {
        browser.open(url("#/stories"));
        browser.await("#stories a.story-link");
        browser.screenshot("stories");
        assertNoInternalIds();

        browser.open(url("#/article/" + id001));
        browser.await("main .text");
        browser.driver.findElement(By.linkText("Story of this article")).click();
        WebElement graph = browser.await("svg#graph");
        List<String> nodes = graph.findElements(By.cssSelector("g.node")).stream().map(n -> n.getAttribute("data-id")).toList();
        assertThat(nodes).contains(id001);
        assertThat(graph.findElements(By.cssSelector("g.edge"))).isNotEmpty();
        for (WebElement edge : graph.findElements(By.cssSelector("g.edge"))) {
            String label = edge.findElement(By.cssSelector("text")).getText();
            assertThat(label).matches("(copy|partial|rewrite)( · uncredited)?( · order unknown)?");
            assertThat(edge.getAttribute("class").contains("uncredited")).isEqualTo(label.contains("uncredited"));
            // An undetermined direction is drawn without an arrowhead and said in the label.
            boolean undirected = edge.getAttribute("class").contains("undirected");
            assertThat(label.endsWith("order unknown")).isEqualTo(undirected);
            assertThat(edge.findElement(By.tagName("line")).getAttribute("marker-end") == null).isEqualTo(undirected);
        }
        browser.screenshot("story");
        assertNoInternalIds();

        WebElement pairLink = browser.driver.findElements(By.cssSelector("a.pair-link")).stream()
                .filter(a -> List.of(a.getAttribute("data-a"), a.getAttribute("data-b")).containsAll(List.of(id000, id001)))
                .findFirst().orElseThrow(() -> new AssertionError("no 000-001 link in the story"));
        pairLink.click();
        browser.await(".pair .passage");
        String side000 = browser.driver.findElement(By.cssSelector("#side-a h2 a")).getAttribute("href").contains(id000) ? "a" : "b";
        List<WebElement> altered = browser.driver.findElements(By.cssSelector("#side-" + side000 + " .quote-altered"));
        assertThat(altered).as("000's altered quotations highlighted").isNotEmpty();
        assertThat(altered.get(0).getAttribute("title")).contains("altered");
        assertThat(browser.driver.findElements(By.cssSelector(".pair .passage"))).isNotEmpty();
        browser.screenshot("side-by-side");
        assertNoInternalIds();

        browser.open(url("#/quotes?speaker=Diarra"));
        browser.await("section.family");
        assertThat(browser.driver.findElements(By.cssSelector("tr.variant-altered"))).isNotEmpty();
        browser.screenshot("quotes");
        assertNoInternalIds();

        browser.open(url("#/article/" + id003));
        WebElement removed = browser.await("details#removed");
        assertThat(removed.getAttribute("open")).isNull();
        assertThat(store.article(id003).orElseThrow().removed()).isNotEmpty();
        browser.screenshot("article");
        assertNoInternalIds();
    }
}
