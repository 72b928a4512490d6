package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.stemma.provenance.Evidence;
import org.stemma.report.html.HtmlReport;
import org.stemma.story.Story;
import org.stemma.text.Span;

/**
 * The provenance graph of the HTML report in headless Chromium: an undetermined direction is
 * drawn without an arrowhead, selecting an edge or an article shows the evidence in a panel, and
 * edge labels do not overlap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenancePanelBrowserTest {

    private Browser browser;
    private Path report;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        String text = "The council approved the budget on Monday after a long debate about schools and roads.";
        List<Article> articles = List.of(
                Article.builder("wire", text + " More follows.").outlet("Wire Agency").published("2024-03-01").build(),
                Article.builder("daily-b", text).outlet("Daily B").published("2024-03-02").build(),
                Article.builder("daily-c", text).outlet("Daily C").published("2024-03-02").build(),
                Article.builder("daily-d", text).outlet("Daily D").published("2024-03-02").build());
        Span all = new Span(0, text.length());
        List<Link> links = List.of(link("wire", "daily-b", all), link("wire", "daily-c", all), link("daily-b", "daily-d", all),
                link("daily-c", "daily-d", all));
        Story story = new Story("budget", "Budget approved", articles.stream().map(Article::id).toList(),
                List.of(articles.stream().map(Article::id).toList()), "2024-03-01", "2024-03-02",
                List.of("Wire Agency", "Daily B", "Daily C", "Daily D"));
        List<Derivation> ds = List.of(
                new Derivation("wire", "daily-b", DerivationKind.COPY, false, 0.93, true,
                        List.of(new Evidence("date", "Wire Agency was published 2024-03-01, before Daily B", 3.0)), null, 0),
                new Derivation("wire", "daily-c", DerivationKind.COPY, false, 0.91, true,
                        List.of(new Evidence("date", "Wire Agency was published 2024-03-01, before Daily C", 3.0)), null, 0),
                new Derivation("daily-b", "daily-d", DerivationKind.PARTIAL, false, 0.41, false,
                        List.of(Evidence.note("direction", "Direction undetermined: the texts do not tell whether Daily D "
                                + "was taken from Daily B or the other way round.")), "daily-c", 0.4));
        report = HtmlReport.write(new Analysis(articles, links, List.of(story), ds, List.of()),
                Files.createTempDirectory("stemma-panel-").resolve("report"));
    }

    private static Link link(String a, String b, Span s) {
        return new Link(a, b, LinkKind.DUPLICATE, 1, 1, List.of(new Passage(s, s, PassageKind.VERBATIM, 1)));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void undirectedEdgesHaveNoArrowheadAndTheEvidenceShowsOnSelection() {
        browser.open(report.toUri() + "#/story/budget");
        WebElement graph = browser.await("svg#graph");
        WebElement directed = graph.findElement(By.cssSelector("g.edge[data-source='wire'][data-copy='daily-b'] line"));
        assertThat(directed.getAttribute("marker-end")).contains("arrow");
        WebElement undirected = graph.findElement(By.cssSelector("g.edge.undirected"));
        assertThat(undirected.getAttribute("data-copy")).isEqualTo("daily-d");
        assertThat(undirected.findElement(By.tagName("line")).getAttribute("marker-end")).isNull();

        undirected.findElement(By.tagName("line")).click();
        WebElement panel = browser.await("#evidence-panel .panel-edge");
        assertThat(panel.getText()).contains("Daily B").contains("Daily D").contains("direction undetermined")
                .contains("the texts do not tell whether Daily D was taken from Daily B").doesNotContain("daily-d");

        graph.findElement(By.cssSelector("g.node[data-id='daily-c'] rect")).click();
        panel = browser.await("#evidence-panel .panel-node");
        assertThat(panel.getText()).contains("Daily C · 2024-03-02 took from Wire Agency").contains("before Daily C");
        assertThat(browser.driver.findElements(By.cssSelector("svg#graph g.node.selected"))).hasSize(1);
    }

    @Test
    void edgeLabelsDoNotOverlap() {
        browser.open(report.toUri() + "#/story/budget");
        browser.await("svg#graph");
        Object overlaps = browser.js("var b = Array.from(document.querySelectorAll('svg#graph text.edge-label'))"
                + ".map(t => t.getBBox()); var n = 0;"
                + "for (var i = 0; i < b.length; i++) for (var j = i + 1; j < b.length; j++) {"
                + "  var p = b[i], q = b[j];"
                + "  if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) n++; }"
                + "return [b.length, n];");
        assertThat(((List<?>) overlaps).stream().map(String::valueOf).toList()).containsExactly("3", "0");
    }
}
