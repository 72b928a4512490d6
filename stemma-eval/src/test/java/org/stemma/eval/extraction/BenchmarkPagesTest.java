package org.stemma.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.testing.TestData;

class BenchmarkPagesTest {

    @TempDir
    Path dir;

    @Test
    void decodesByMetaCharsetAndBomWithoutMojibake() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String latin = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café déjà vu "
                + "à Bamako.</p></body></html>";
        gzip(dir.resolve("html/latin.html.gz"), latin.getBytes(Charset.forName("windows-1252")));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write("<html><body><p>Диарра сказал — «да».</p></body></html>".getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("html/bom.html.gz"), bom.toByteArray());
        // No declaration and not UTF-8: read as windows-1252, not replacement characters.
        gzip(dir.resolve("html/undeclared.html.gz"),
                "<html><body><p>Señor Niño</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("ground-truth.json"), "{"
                + "\"latin\": {\"articleBody\": \"Café déjà vu à Bamako.\", \"url\": \"https://a.example/x\"},"
                + "\"bom\": {\"articleBody\": \"Диарра\", \"url\": null},"
                + "\"undeclared\": {\"articleBody\": \"Señor\"},"
                + "\"missing\": {\"articleBody\": \"x\"}}");
        List<String> problems = new ArrayList<>();
        List<BenchmarkPage> pages = BenchmarkPages.load(dir, problems::add);
        assertThat(pages).extracting(BenchmarkPage::id).containsExactly("latin", "bom", "undeclared");
        assertThat(pages.get(0).html()).contains("Café déjà vu à Bamako.");
        assertThat(pages.get(1).html()).contains("Диарра сказал — «да».").doesNotStartWith("\uFEFF");
        assertThat(pages.get(2).html()).contains("Señor Niño").doesNotContain("\uFFFD");
        assertThat(problems).singleElement().asString().startsWith("missing:");
    }

    @Test
    void stemmaScoresWellOnAHandfulOfRealBenchmarkPages() throws IOException {
        Path real = TestData.requireEval("article-extraction/ground-truth.json").getParent();
        List<BenchmarkPage> pages = BenchmarkPages.load(real, p -> { });
        List<BenchmarkPage> few = pages.subList(0, Math.min(8, pages.size()));
        ExtractorRun run = new ExtractionBenchmark(1).run(few, new StemmaExtractor());
        assertThat(run.failures()).isZero();
        assertThat(run.predictions()).containsOnlyKeys(few.stream().map(BenchmarkPage::id).toList());
        assertThat(run.score().f1()).isGreaterThan(0.85);
    }

    private static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }
}
