package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.analysis.Analysis;
import org.stemma.report.ReportJson;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String P1 = "The city council approved the new budget on Monday after a long debate "
            + "about the cost of public transport and the repair of old bridges.";

    @Test
    void endToEndOnTheSeedsWritesASchemaValidReport() throws Exception {
        Path report = dir.resolve("report.json");
        int code = Main.run("analyze", "../examples/sahel-2024", "--json", report.toString());
        assertThat(code).as(console.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonSchema schema;
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("articles")).hasSize(5);
        Analysis back = ReportJson.read(report);
        // Lossless: reading the report and writing it again gives the same bytes.
        assertThat(ReportJson.toJson(back)).isEqualTo(Files.readString(report));
        assertThat(back.links()).isNotEmpty();
        assertThat(back.quotes()).isNotEmpty();
        assertThat(back.articles()).extracting(a -> a.id()).contains("003_e94bf1e6b5c23889");
        assertThat(back.articles().stream().filter(a -> a.id().startsWith("003_")).findFirst().orElseThrow()
                .published()).isEqualTo("2024-08-22");
        assertThat(console.err()).contains("5 article(s)").doesNotContain("error:");
    }

    @Test
    void summaryHasOneLinePerArticle() {
        int code = Main.run("analyze", "../examples/sahel-2024");
        assertThat(code).isZero();
        List<String> lines = console.out().lines().filter(l -> l.matches("  00\\d_\\w+  .*") && !l.contains("->")).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("MENAFN", "2024-08-26");
        assertThat(lines.get(3)).contains("2024-08-22", "Mali regains territory");
        assertThat(console.err()).isEmpty();
    }

    @Test
    void summaryProseNamesArticlesAndQuotesAsAReaderDoesNeverByInternalId() {
        int code = Main.run("analyze", "../examples/sahel-2024");
        assertThat(code).isZero();
        List<String> lines = console.out().lines().toList();
        List<String> ids = lines.stream().filter(l -> l.matches("  00\\d_\\w+  .*"))
                .map(l -> l.strip().split(" ")[0]).toList();
        assertThat(ids).hasSize(5);
        // Only the article table carries ids; links, provenance and quotes name outlets, headlines and speakers.
        int tableEnd = lines.indexOf(lines.stream().filter(l -> l.contains("(KEPT / REMOVED")).findFirst().orElseThrow());
        List<String> prose = lines.subList(tableEnd + 1, lines.size());
        assertThat(prose).anyMatch(l -> l.startsWith("Quotes ("));
        assertThat(prose).anyMatch(l -> l.contains("MENAFN “"));
        for (String l : prose) {
            assertThat(l).doesNotContainPattern("\\bq[0-9a-f]{8,16}\\b");
            for (String id : ids) {
                assertThat(l).doesNotContain(id);
            }
        }
    }

    @Test
    void badInputBatchGivesOneLinePerProblemAndKeepsGoing() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Budget vote\n\n" + P1 + "\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.html"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7, 8, 9, 0, 0});
        Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"ok\",\"text\":\"" + P1 + "\"}\n{not json}\n");
        byte[] gz = gzip(("Budget\n\n" + P1 + "\n").repeat(50).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(dir.resolve("cut.warc"), "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200");
        int code = Main.run("analyze", dir.toString(), "--json", dir.resolve("r.json").toString());
        assertThat(code).isZero();
        List<String> problems = console.err().lines().filter(l -> l.startsWith("error:") || l.startsWith("warning:")).toList();
        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems)).contains("empty.txt", "binary.html", "bad.jsonl: line 2",
                "cut.txt.gz", "cut.warc");
        assertThat(console.err()).doesNotContain("Exception", "\tat ");
        assertThat(ReportJson.read(dir.resolve("r.json")).articles()).hasSize(2);
    }

    @Test
    void noArticlesIsANonZeroExitWithAClearMessage() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        int code = Main.run("analyze", dir.toString(), dir.resolve("missing").toString());
        assertThat(code).isEqualTo(1);
        assertThat(console.err()).contains("empty.txt: empty file", "missing: no such file or directory",
                "stemma: no articles read").doesNotContain("Exception");
    }

    @Test
    void progressBarForLargeInputs() throws Exception {
        for (int i = 0; i < AnalyzeCommand.PROGRESS_THRESHOLD + 1; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Headline number " + i + "\n\n" + P1 + " " + i + "\n");
        }
        int code = Main.run("analyze", dir.toString(), "--json", dir.resolve("r.json").toString());
        assertThat(code).isZero();
        assertThat(console.err()).contains("] 301/301 files 100%");
    }

    @Test
    void jsonToStandardOutput() throws Exception {
        int code = Main.run("analyze", "../examples/sahel-2024/003_e94bf1e6b5c23889.txt", "--json", "-");
        assertThat(code).isZero();
        Analysis a = ReportJson.fromJson(console.out());
        assertThat(a.articles()).singleElement().satisfies(x -> assertThat(x.title()).startsWith("Mali regains"));
    }

    private static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(o)) {
            g.write(b);
        }
        return o.toByteArray();
    }
}
