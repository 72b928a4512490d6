package org.stemma.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.story.Story;
import org.stemma.text.Span;

class HtmlReportTest {
    private static final String EVIL = "</script><script>alert(1)</script> & <!-- \u2028";

    @TempDir
    Path tmp;

    private static Analysis analysis() {
        String t1 = "The general said the army controls the whole territory now. " + EVIL;
        String t2 = "The general said the army controls almost the whole territory. " + EVIL;
        Article a = Article.builder("a", t1).title(EVIL).outlet("rt.example").published("2024-08-25").build();
        Article b = Article.builder("b", t2).title("B").outlet("menafn.example").published("2024-08-26").build();
        int endA = t1.indexOf(" now.");
        int endB = t2.indexOf(".");
        Link l = new Link("a", "b", LinkKind.PARTIAL, 0.5, 0.5,
                List.of(new Passage(new Span(0, endA), new Span(0, endB), PassageKind.EDITED, 0.9)));
        Story s = new Story("s1", EVIL, List.of("a", "b"), List.of(List.of("a", "b")), "2024-08-25", "2024-08-26",
                List.of("rt.example", "menafn.example"));
        Derivation d = new Derivation("a", "b", DerivationKind.PARTIAL, false, 0.8, List.of("later"), null, 0);
        return new Analysis(List.of(a, b), List.of(l), List.of(s), List.of(d), List.of());
    }

    @Test
    void writesOneSelfContainedPageWhoseDataCannotCloseItsScript() throws Exception {
        Path file = HtmlReport.write(analysis(), tmp.resolve("out"));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        // exactly the two script elements we wrote: the data block and the app
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(html).doesNotContain("src=\"").doesNotContain("href=\"http");
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"stemma-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        String json = m.group(1);
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        JsonNode data = new ObjectMapper().readTree(json);
        assertThat(data.get("articles").get(0).get("title").asText()).isEqualTo(EVIL);
        assertThat(data.get("stories").get(0).get("graph").get("edges").get(0).get("credited").asBoolean()).isFalse();
        JsonNode passage = data.get("links").get(0).get("passages").get(0);
        String textB = data.get("articles").get(1).get("text").asText();
        JsonNode changed = passage.get("changedB").get(0);
        assertThat(textB.substring(changed.get(0).asInt(), changed.get(1).asInt())).isEqualTo("almost");
    }

    @Test
    void contentSecurityPolicyAllowsExactlyTheInlineScriptAndStyle() throws Exception {
        String html = HtmlReport.render(analysis());
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).contains("default-src 'none'").doesNotContain("unsafe");
        Matcher script = Pattern.compile("\n<script>(.*)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(policy).contains("script-src '" + sha256(script.group(1)) + "'");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(policy).contains("style-src '" + sha256(style.group(1)) + "'");
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
