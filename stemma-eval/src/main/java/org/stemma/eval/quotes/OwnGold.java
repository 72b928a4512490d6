package org.stemma.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.text.Span;

/**
 * Reads Stemma's own quotation gold: a JSONL file, one article per line,
 * <pre>{"article":"ID","textSha1":"…","quotes":[{"start":..,"end":..,"text":"…","partial":false,
 *   "speaker":"Full Name","speakerAsWritten":"he","cue":"said"}]}</pre>
 * with offsets into the article bodies of a JSON file mapping id → {@code {"articleBody": …}}
 * (the article-extraction ground truth). A line whose article is missing, whose body's SHA-1
 * differs from {@code textSha1}, or whose quote text does not match its offsets is reported on
 * the error list and skipped; the other lines are read.
 */
public final class OwnGold {

    /** One gold article: its body and its quotes. */
    public record Article(String id, String text, List<GoldQuote> quotes) {
    }

    private OwnGold() {
    }

    /** Reads the bodies file: id → articleBody. */
    public static Map<String, String> readTexts(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            if (body != null && body.isTextual()) {
                out.put(e.getKey(), body.asText());
            }
        }
        return out;
    }

    /** Reads the gold lines against {@code texts}; problems go to {@code errors}. */
    public static List<Article> read(Path jsonl, Map<String, String> texts, List<String> errors) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = jsonl.getFileName() + " line " + lineNo;
            try {
                JsonNode n = om.readTree(line);
                String id = n.path("article").asText(null);
                if (id == null) {
                    errors.add(where + ": no \"article\"");
                    continue;
                }
                String text = texts.get(id);
                if (text == null) {
                    errors.add(where + ": article " + id + " is not in the texts file");
                    continue;
                }
                String sha = n.path("textSha1").asText(null);
                if (sha != null && !sha.equalsIgnoreCase(sha1(text))) {
                    errors.add(where + ": article " + id + " text differs from the annotated one (textSha1)");
                    continue;
                }
                List<GoldQuote> quotes = new ArrayList<>();
                for (JsonNode q : n.path("quotes")) {
                    int s = q.path("start").asInt(-1);
                    int e = q.path("end").asInt(-1);
                    if (s < 0 || e > text.length() || e <= s) {
                        errors.add(where + ": bad offsets " + s + "-" + e);
                        continue;
                    }
                    String qt = q.path("text").asText(null);
                    if (qt != null && !qt.equals(text.substring(s, e))) {
                        errors.add(where + ": quote text does not match offsets " + s + "-" + e);
                        continue;
                    }
                    String speaker = textOrNull(q.get("speaker"));
                    String key = speaker == null ? null : lastWord(speaker);
                    quotes.add(new GoldQuote(id, List.of(new Span(s, e)), text.substring(s, e),
                            q.path("partial").asBoolean(false), speaker, textOrNull(q.get("speakerAsWritten")), key));
                }
                out.add(new Article(id, text, quotes));
            } catch (IOException | RuntimeException ex) {
                errors.add(where + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static String lastWord(String name) {
        String[] w = name.trim().split("\\s+");
        return w[w.length - 1];
    }

    static String sha1(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
