package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresAFolderAndWritesPredictions() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String body = "The army said on Thursday that it had regained control of several towns in the "
                + "north after weeks of fighting with the rebels.";
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><p>"
                + body + "</p><p>" + body + " Residents described a tense calm in the markets.</p></article>"
                + "<footer>Copyright 2024 Example News</footer></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + body + "\\n\\n" + body
                        + " Residents described a tense calm in the markets.\", \"url\": \"https://example.org/a\"}}");
        Path out = dir.resolve("pred.json");
        int code = Main.run("eval", "extraction", dir.toString(), "--no-peers", "--rounds", "1",
                "--out", out.toString());
        assertThat(code).isZero();
        JsonNode pred = new ObjectMapper().readTree(out.toFile());
        assertThat(pred.path("p1").path("articleBody").asText()).startsWith("The army said")
                .doesNotContain("Home").doesNotContain("Copyright");
    }

    @Test
    void missingGroundTruthIsAOneLineErrorAndNonZeroExit() {
        assertThat(Main.run("eval", "extraction", dir.resolve("nowhere").toString(), "--no-peers"))
                .isEqualTo(2);
    }
}
