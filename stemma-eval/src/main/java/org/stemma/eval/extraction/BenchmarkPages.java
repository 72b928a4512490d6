package org.stemma.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.stemma.ingest.encoding.TextDecoder;

/**
 * Reads a benchmark folder laid out as Zyte's article-extraction benchmark:
 * {@code ground-truth.json} mapping each id to {@code {"articleBody", "url"}}, and
 * {@code html/<id>.html.gz} (or {@code .html}) pages. Pages are decoded as ingestion decodes them
 * ({@link TextDecoder}: BOM, {@code <meta charset>}, valid UTF-8, a statistical detector), so no
 * page is scored on mojibake. A page that cannot be read is reported through {@code problems}
 * and skipped.
 */
public final class BenchmarkPages {

    private BenchmarkPages() {
    }

    public static List<BenchmarkPage> load(Path dir, Consumer<String> problems) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException(truthFile + ": no ground-truth.json in the benchmark folder");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String url = e.getValue().path("url").asText(null);
            String body = e.getValue().path("articleBody").asText("");
            Path gz = dir.resolve("html").resolve(id + ".html.gz");
            Path plain = dir.resolve("html").resolve(id + ".html");
            try {
                byte[] bytes;
                if (Files.isRegularFile(gz)) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                        bytes = in.readAllBytes();
                    }
                } else if (Files.isRegularFile(plain)) {
                    bytes = Files.readAllBytes(plain);
                } else {
                    problems.accept(id + ": no html/" + id + ".html.gz; page skipped");
                    continue;
                }
                pages.add(new BenchmarkPage(id, url, decode(bytes), bytes.length, body));
            } catch (IOException ex) {
                problems.accept(gz + ": cannot read (" + ex.getMessage() + "); page skipped");
            }
        }
        return pages;
    }

    /** Decodes page bytes with the ingest decoder: BOM, {@code <meta charset>}, UTF-8, detector. */
    static String decode(byte[] bytes) {
        return TextDecoder.decode(bytes, null, true).text();
    }
}
