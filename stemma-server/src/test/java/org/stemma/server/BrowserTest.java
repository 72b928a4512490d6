package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.report.html.HtmlReport;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;
import org.stemma.text.Span;

/** The web UI's main flows in headless Chromium, against a live server and the static report. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    /** Payloads that run script or load something if any article field reached the DOM as HTML. */
    static final String PAYLOADS = String.join("\n",
            "<script>window.__pwned='script';alert('script')</script>",
            "<img src=\"/xss-probe/img\" onerror=\"window.__pwned='img'\">",
            "<svg onload=\"window.__pwned='svg'\"><circle r=5 /></svg>",
            "<a href=\"javascript:window.__pwned='href'\" id=\"evil-link\">click</a>",
            "<iframe src=\"/xss-probe/iframe\"></iframe>",
            "<link rel=\"stylesheet\" href=\"/xss-probe/css\"><style>@import '/xss-probe/style'; body{display:none}</style>",
            "\"><img src=/xss-probe/attr onerror=alert(1)>",
            "</script><script>window.__pwned='close-script'</script>",
            "javascript:alert(3)",
            "<body onload=\"window.__pwned='body'\"><meta http-equiv=\"refresh\" content=\"0;url=/xss-probe/refresh\">");

    private Path tmp;
    private StemmaStore store;
    private StemmaServer server;
    private Browser browser;
    private final List<String> probeHits = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() throws Exception {
        tmp = java.nio.file.Files.createTempDirectory("stemma-browser-test-");
        browser = Browser.start();
        store = StemmaStore.open(tmp.resolve("store"));
        Analysis sample = SampleCorpus.analysis();
        Analysis evil = evilAnalysis();
        List<Article> all = new ArrayList<>(sample.articles());
        all.addAll(evil.articles());
        store.putArticles(all, Map.of());
        store.replaceResults(sample.articles().stream().map(Article::id).toList(), sample);
        store.replaceResults(evil.articles().stream().map(Article::id).toList(), evil);
        store.commit();
        IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.lexical(5), FingerprintKeys.NONE,
                new Analyzer()::analyze);
        server = new StemmaServer(store, ingest, ApiTest.TOKEN, ServerOptions.DEFAULTS);
        server.app().get("/xss-probe/*", ctx -> probeHits.add(ctx.path()));
        server.start("127.0.0.1", 0);
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

    private String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    /** Articles whose every field is a payload, in a story with a derivation and a quote family. */
    static Analysis evilAnalysis() {
        Article e1 = Article.builder("evil-1", "Plain words first. " + PAYLOADS).title(PAYLOADS).outlet("<b onmouseover=alert(1)>evil.example</b>")
                .url("javascript:window.__pwned='url'").author("<script>alert('author')</script>").published("2024-08-27")
                .removed(List.of(PAYLOADS, "<img src=/xss-probe/removed>")).related(List.of(PAYLOADS)).build();
        Article e2 = Article.builder("evil-2", "Plain words first. " + PAYLOADS + " and more").title("<i>second</i>")
                .outlet("evil2.example").published("2024-08-28").build();
        int n = e1.text().length();
        Link l = new Link(e1.id(), e2.id(), LinkKind.DUPLICATE, 1.0, 0.98,
                List.of(new Passage(new Span(0, n), new Span(0, n), PassageKind.EDITED, 0.99)));
        Story s = new Story("evil-story", PAYLOADS, List.of(e1.id(), e2.id()), List.of(List.of(e1.id(), e2.id())),
                "2024-08-27", "2024-08-28", List.of(e1.outlet(), e2.outlet()));
        Derivation d = new Derivation(e1.id(), e2.id(), DerivationKind.COPY, false, 0.9, List.of(PAYLOADS), null, 0);
        Derivation ext = new Derivation("external:<img src=/xss-probe/ext>", e1.id(), DerivationKind.COPY, true, 0.5,
                List.of(PAYLOADS), null, 0);
        Quote q = new Quote(e1.id(), new Span(0, 10), PAYLOADS, false, PAYLOADS, "<script>alert(9)</script>", PAYLOADS);
        QuoteFamily f = new QuoteFamily("evil-quote", "<script>alert(9)</script>", PAYLOADS,
                List.of(new QuoteVariant(q, VariantRelation.ALTERED,
                        List.of(new org.stemma.text.DiffSegment(org.stemma.text.DiffSegment.Op.INSERT, PAYLOADS)))));
        return new Analysis(List.of(e1, e2), List.of(l), List.of(s), List.of(d, ext), List.of(f));
    }

    @Test
    void storyGraphSideBySideAndQuotes() throws Exception {
        browser.open(url("#/stories"));
        browser.await("#stories a.story-link");
        browser.screenshot("sample-stories");
        browser.driver.findElements(By.cssSelector("#stories a.story-link")).stream()
                .filter(a -> a.getText().equals("Mali general on Russian help")).findFirst().orElseThrow().click();
        WebElement graph = browser.await("svg#graph");
        assertThat(graph.findElements(By.cssSelector("g.node"))).hasSize(2);
        assertThat(browser.driver.findElement(By.cssSelector("#story-names")).getText()).isEqualTo("Diarra · Mali · Russia");
        WebElement edge = graph.findElement(By.cssSelector("g.edge"));
        assertThat(edge.getAttribute("class")).contains("edge-partial").contains("uncredited");
        assertThat(edge.findElement(By.cssSelector("text")).getText()).isEqualTo("partial · uncredited");
        assertThat(graph.getText()).contains("rt.example").contains("2024-08-25").contains("menafn.example");
        browser.screenshot("sample-story");

        browser.driver.findElement(By.cssSelector("a.pair-link")).click();
        browser.await(".pair #side-b .passage");
        List<String> inserted = browser.driver.findElements(By.cssSelector("#side-b .changed.ins")).stream().map(WebElement::getText).toList();
        assertThat(inserted).contains("proudly");
        List<String> deleted = browser.driver.findElements(By.cssSelector("#side-a .changed.del")).stream().map(WebElement::getText).toList();
        assertThat(String.join(" ", deleted)).contains("of the country");
        WebElement altered = browser.driver.findElement(By.cssSelector("#side-b .quote-altered"));
        assertThat(altered.getText()).isNotBlank();
        assertThat(SampleCorpus.ALTERED_QUOTE).contains(altered.getText());
        assertThat(browser.driver.findElements(By.cssSelector("#side-a .passage-edited"))).isNotEmpty();
        browser.screenshot("sample-side-by-side");

        browser.open(url("#/quotes?speaker=Diarra"));
        browser.await("section.family");
        WebElement row = browser.driver.findElement(By.cssSelector("tr.variant-altered"));
        assertThat(row.findElement(By.cssSelector("ins")).getText()).isEqualTo("proudly");
        // The resolved speaker, with the article's own words beside it.
        assertThat(row.findElement(By.cssSelector("td.speaker")).getText()).isEqualTo("Alou Boi Diarra (\u201Che stated\u201D)");
        browser.screenshot("sample-quotes");

        browser.open(url("#/article/copy"));
        WebElement removed = browser.await("details#removed");
        assertThat(removed.getAttribute("open")).isNull(); // folded
        assertThat(removed.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        removed.findElement(By.tagName("summary")).click();
        assertThat(removed.findElement(By.tagName("pre")).getText()).isEqualTo("Subscribe to our newsletter");
        browser.screenshot("sample-article");
    }

    @Test
    void nothingFromAnIngestedPageRunsOrLoads() throws Exception {
        // one more payload article through the API, as a client would send it
        String body = "{\"id\":\"evil-3\",\"title\":" + json(PAYLOADS) + ",\"text\":" + json(PAYLOADS)
                + ",\"outlet\":" + json("<img src=/xss-probe/outlet>") + ",\"url\":\"javascript:alert(1)\"}";
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("api/v1/articles"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiTest.TOKEN).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        // the placeholder pipeline found nothing for evil-3 and its lexical candidates; restore the
        // hand-made results so that every view shows payloads
        Analysis evil = evilAnalysis();
        store.replaceResults(evil.articles().stream().map(Article::id).toList(), evil);
        store.commit();

        for (String view : List.of("#/stories", "#/story/evil-story", "#/pair/evil-1/evil-2", "#/article/evil-1",
                "#/article/evil-3", "#/quotes", "#/search?q=script")) {
            browser.open(url(view));
            try {
                browser.await("main#app h1");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("view " + view + " did not render: " + browser.js("return document.getElementById('app').innerText"), e);
            }
            Thread.sleep(300); // give any injected handler a chance to fire
            assertThat(browser.alertOpen()).as("alert on %s", view).isFalse();
            assertThat(browser.js("return window.__pwned === undefined")).as("script ran on %s", view).isEqualTo(true);
            assertThat(browser.js("return document.querySelectorAll('main img, main iframe, main script, main link, main style, main svg [onload], main b').length"))
                    .as("injected elements on %s", view).isEqualTo(0L);
            assertThat(browser.js("return Array.from(document.querySelectorAll('a')).filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length"))
                    .as("javascript: links on %s", view).isEqualTo(0L);
            assertThat(browser.driver.getTitle()).isEqualTo("Stemma");
        }
        browser.open(url("#/article/evil-1"));
        WebElement text = browser.await("main .text");
        assertThat(text.getText()).contains("<script>window.__pwned='script';alert('script')</script>")
                .contains("onerror=\"window.__pwned='img'\"");
        browser.open(url("#/story/evil-story"));
        browser.await("svg#graph");
        browser.screenshot("xss-story");
        assertThat(probeHits).as("requests caused by injected markup").isEmpty();
    }

    @Test
    void staticReportWorksFromFileWithoutAServer() throws Exception {
        Analysis sample = SampleCorpus.analysis();
        Analysis evil = evilAnalysis();
        List<Article> articles = new ArrayList<>(sample.articles());
        articles.addAll(evil.articles());
        List<Link> links = new ArrayList<>(sample.links());
        links.addAll(evil.links());
        List<Story> stories = new ArrayList<>(sample.stories());
        stories.addAll(evil.stories());
        List<Derivation> provenance = new ArrayList<>(sample.provenance());
        provenance.addAll(evil.provenance());
        List<QuoteFamily> quotes = new ArrayList<>(sample.quotes());
        quotes.addAll(evil.quotes());
        Path file = HtmlReport.write(new Analysis(articles, links, stories, provenance, quotes), tmp.resolve("report"));
        String uri = file.toUri().toString();
        browser.open(uri + "#/story/story-mali");
        WebElement graph = browser.await("svg#graph");
        assertThat(graph.findElements(By.cssSelector("g.node"))).hasSize(2);
        assertThat(browser.driver.findElement(By.cssSelector("#story-names")).getText()).isEqualTo("Diarra · Mali · Russia");
        browser.screenshot("report-story");
        browser.open(uri + "#/pair/orig/copy");
        browser.await("#side-b .changed.ins");
        assertThat(browser.driver.findElements(By.cssSelector("#side-b .changed.ins")).stream().map(WebElement::getText).toList())
                .contains("proudly");
        assertThat(browser.driver.findElements(By.cssSelector("#side-b .quote-altered"))).isNotEmpty();
        browser.open(uri + "#/quotes?speaker=diarra");
        browser.await("tr.variant-altered ins");
        for (String view : List.of("#/story/evil-story", "#/article/evil-1", "#/pair/evil-1/evil-2", "#/quotes")) {
            browser.open(uri + view);
            browser.await("main#app h1");
            assertThat(browser.alertOpen()).isFalse();
            assertThat(browser.js("return window.__pwned === undefined")).as("script ran on %s", view).isEqualTo(true);
            assertThat(browser.js("return document.querySelectorAll('main img, main iframe, main script').length")).isEqualTo(0L);
        }
        browser.open(uri + "#/article/evil-1");
        assertThat(browser.await("main .text").getText()).contains("</script><script>window.__pwned='close-script'</script>");
    }

    private static String json(String s) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    }
}
