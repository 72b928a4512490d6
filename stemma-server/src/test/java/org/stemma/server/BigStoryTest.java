package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;
import org.stemma.text.Span;

/**
 * A story of 3,000 articles from 150 outlets, with 15,000 links of 8 passages and a derivation
 * per article, served as pages: 8 concurrent requests for it all succeed with answers bounded by
 * the page (not the story), links come as their own paged list, an answer over the cap is a JSON
 * 4xx, and the web UI draws the story by outlet with the right article count and a pager.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BigStoryTest {
    private static final int N = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path tmp;
    private StemmaStore store;
    private StemmaServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private int linkCount;

    @BeforeAll
    void start() throws Exception {
        tmp = Files.createTempDirectory("stemma-big-story-");
        store = StemmaStore.open(tmp.resolve("store"));
        Random r = new Random(20);
        List<Article> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String text = "The army said on Monday that the operation in the north had ended. ".repeat(20);
        for (int i = 0; i < N; i++) {
            String id = String.format("big-%04d", i);
            ids.add(id);
            articles.add(Article.builder(id, text).outlet(String.format("outlet-%03d.example", i % 150))
                    .title("Operation in the north ends, report " + i)
                    .published(String.format("2024-09-%02dT%02d:00:00Z", 1 + i / 240, i % 24)).build());
        }
        List<Link> links = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            passages.add(new Passage(new Span(p * 100, p * 100 + 90), new Span(p * 100, p * 100 + 90), PassageKind.VERBATIM, 1.0));
        }
        for (int i = 1; i < N; i++) {
            for (int k = 0; k < 5; k++) {
                int j = r.nextInt(i);
                links.add(new Link(ids.get(j), ids.get(i), LinkKind.PARTIAL, 0.7, 0.7, passages));
            }
        }
        links = new ArrayList<>(new java.util.LinkedHashSet<>(links));
        linkCount = links.size();
        List<Derivation> derivations = new ArrayList<>();
        DerivationKind[] kinds = DerivationKind.values();
        for (int i = 1; i < N; i++) {
            derivations.add(new Derivation(ids.get(r.nextInt(i)), ids.get(i), kinds[r.nextInt(kinds.length)], r.nextBoolean(),
                    0.8, List.of("shares the opening paragraphs"), null, 0));
        }
        Story story = new Story("story-big", "Operation in the north ends", ids, List.of(ids), "2024-09-01T00:00:00Z",
                "2024-09-13T23:00:00Z", articles.stream().map(Article::outlet).distinct().toList());
        store.putArticles(articles, Map.of());
        store.replaceResults(ids, new Analysis(articles, links, List.of(story), derivations, List.of()));
        store.commit();
        server = new StemmaServer(store, null, ServerOptions.DEFAULTS).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eightConcurrentRequestsForTheStorySucceedWithAnswersBoundedByThePage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int page = c;
                answers.add(pool.submit(() -> get(page % 2 == 0 ? "/api/v1/stories/story-big?offset=" + page * 100
                        : "/api/v1/stories/story-big/links?offset=" + page * 50)));
            }
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
                assertThat(r.body().length()).isLessThan(1_000_000); // the issue saw 110 MB for this story
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode s = JSON.readTree(get("/api/v1/stories/story-big").body());
        assertThat(s.get("size").asInt()).isEqualTo(N);
        assertThat(s.get("articles")).hasSize(StoryEndpoints.DEFAULT_MEMBERS);
        assertThat(s.get("linkCount").asInt()).isEqualTo(linkCount).isGreaterThan(14_000);
        assertThat(s.get("outletGraph").get("nodes")).hasSize(150);
        int derivations = 0;
        for (JsonNode e : s.get("outletGraph").get("edges")) {
            derivations += e.get("derivations").asInt();
        }
        assertThat(derivations).isEqualTo(N - 1);
        JsonNode links = JSON.readTree(get("/api/v1/stories/story-big/links?limit=200&offset=" + (linkCount - 100)).body());
        assertThat(links.get("total").asInt()).isEqualTo(s.get("linkCount").asInt());
        assertThat(links.get("items")).hasSize(100);
        assertThat(links.get("items").get(0).get("passages").asInt()).isEqualTo(8);
    }

    @Test
    void anAnswerOverTheCapIsAJson4xx() throws Exception {
        try (StemmaServer small = new StemmaServer(store, null, ServerOptions.DEFAULTS.withMaxResponseBytes(64 * 1024))
                .start("127.0.0.1", 0)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port()
                    + "/api/v1/stories/story-big?limit=500")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode e = JSON.readTree(r.body());
            assertThat(e.get("error").asText()).isEqualTo("response_too_large");
            assertThat(e.get("message").asText()).contains("smaller page");
        }
    }

    @Test
    void theWebUiDrawsTheStoryByOutletWithAPager() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("http://127.0.0.1:" + server.port() + "/#/story/story-big");
            WebElement graph = browser.await("svg#outlet-graph");
            assertThat(browser.driver.findElement(By.id("story-meta")).getText()).contains("3000 articles").contains("150 outlets");
            assertThat(graph.findElements(By.cssSelector("g.node"))).hasSizeLessThanOrEqualTo(25);
            assertThat(Double.parseDouble(graph.getAttribute("width"))).isLessThan(2000);
            browser.screenshot("big-story");
            assertThat(browser.driver.findElements(By.cssSelector("#articles tbody tr"))).hasSize(50);
            assertThat(browser.driver.findElements(By.cssSelector("#links tbody tr"))).hasSize(50);
            browser.driver.findElements(By.cssSelector("nav.pager a")).stream()
                    .filter(a -> a.getText().startsWith("next")).findFirst().orElseThrow().click();
            browser.await("#articles");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> String.valueOf(browser.js("var s = document.querySelector('nav.pager span');"
                            + " return s ? s.textContent : ''")).contains("51–100 of 3000"));
            assertThat(String.valueOf(browser.js("return document.querySelector('#articles tbody tr td a').textContent")))
                    .contains("report 50");
        }
    }
}
