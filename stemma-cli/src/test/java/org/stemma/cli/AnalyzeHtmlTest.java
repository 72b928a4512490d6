package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stemma analyze SEEDS --json FILE --html DIR} writes both reports about the same analysis. */
class AnalyzeHtmlTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheHtmlReportNextToTheJson() throws Exception {
        Path json = tmp.resolve("report.json");
        Path html = tmp.resolve("html");
        int code = Main.run("analyze", "../examples/sahel-2024", "--json", json.toString(), "--html", html.toString(),
                "--no-progress");
        assertThat(code).isZero();
        String page = Files.readString(html.resolve("index.html"));
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"stemma-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(data.get("articles")).hasSize(report.get("articles").size()).hasSize(5);
        assertThat(data.get("stories")).hasSize(report.get("stories").size());
        assertThat(data.get("links")).hasSize(report.get("links").size());
        assertThat(data.get("quotes")).hasSize(report.get("quotes").size());
    }
}
