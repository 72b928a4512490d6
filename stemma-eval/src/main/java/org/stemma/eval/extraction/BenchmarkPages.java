package org.stemma.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a benchmark folder laid out as Zyte's article-extraction benchmark:
 * {@code ground-truth.json} mapping each id to {@code {"articleBody", "url"}}, and
 * {@code html/<id>.html.gz} (or {@code .html}) pages. Pages are decoded honouring a BOM and the
 * page's {@code <meta charset>} (jsoup's detection); a page declared or defaulted as UTF-8 whose
 * bytes are not valid UTF-8 is read as windows-1252 rather than filled with replacement
 * characters. A page that cannot be read is reported through {@code problems} and skipped.
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
                pages.add(new BenchmarkPage(id, url, decode(bytes, url), bytes.length, body));
            } catch (IOException ex) {
                problems.accept(gz + ": cannot read (" + ex.getMessage() + "); page skipped");
            }
        }
        return pages;
    }

    /** Decodes page bytes: BOM, then {@code <meta charset>}, then UTF-8 or windows-1252. */
    static String decode(byte[] bytes, String url) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
        Charset cs = doc.charset();
        int offset = bom(bytes);
        if (offset > 0) {
            cs = offset == 3 ? StandardCharsets.UTF_8
                    : (bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        if (cs.equals(StandardCharsets.UTF_8) && !validUtf8(bytes, offset)) {
            cs = Charset.forName("windows-1252");
        }
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    private static int bom(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static boolean validUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
