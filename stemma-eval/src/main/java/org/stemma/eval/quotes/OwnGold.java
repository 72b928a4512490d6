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
 * (the article-extraction ground truth). A line may instead name another corpus of the
 * evaluation data, {@code "source":"events/gva-dev"}: its text is the {@code text} of the line
 * with that {@code id} in {@code <eval>/events/gva-dev/corpus.jsonl}, where {@code <eval>} is the
 * folder holding the ground truth's folder ({@code ../shared/eval}). A line whose source or
 * article is missing, whose body's SHA-1 differs from {@code textSha1}, or whose quote text does
 * not match its offsets is reported on the error list and skipped; the other lines are read.
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

    /** The evaluation data folder for a ground-truth file: the parent of its folder. */
    public static Path evalRoot(Path texts) {
        Path folder = texts.toAbsolutePath().normalize().getParent();
        return folder.getParent() == null ? folder : folder.getParent();
    }

    /** Reads a corpus of the evaluation data ({@code {"id", "text", …}} a line): id → text. */
    public static Map<String, String> readCorpus(Path corpus) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = om.readTree(line);
                out.put(n.path("id").asText(), n.path("text").asText());
            }
        }
        return out;
    }

    /** Reads the gold lines against the benchmark {@code texts} only (no {@code source} lines). */
    public static List<Article> read(Path jsonl, Map<String, String> texts, List<String> errors) throws IOException {
        return read(jsonl, texts, null, errors);
    }

    /**
     * Reads the gold lines: lines without {@code source} against {@code texts}, the others
     * against {@code evalRoot}'s corpora (each read once); problems go to {@code errors}.
     */
    public static List<Article> read(Path jsonl, Map<String, String> texts, Path evalRoot, List<String> errors)
            throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, Map<String, String>> corpora = new java.util.HashMap<>();
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
                String source = n.path("source").asText(null);
                Map<String, String> bodies = texts;
                if (source != null) {
                    bodies = corpus(source, evalRoot, corpora);
                    if (bodies == null) {
                        errors.add(where + ": source " + source + " not found (no " + corpusFile(source, evalRoot) + ")");
                        continue;
                    }
                }
                String text = bodies.get(id);
                if (text == null) {
                    errors.add(where + ": article " + id + " is not in "
                            + (source == null ? "the texts file" : "source " + source));
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

    /** The corpus a source names, read once; null when there is no such corpus (or no eval folder). */
    private static Map<String, String> corpus(String source, Path evalRoot, Map<String, Map<String, String>> cache)
            throws IOException {
        if (cache.containsKey(source)) {
            return cache.get(source);
        }
        Path file = corpusFile(source, evalRoot);
        // A source is a folder name below the eval folder, never a way out of it.
        boolean inside = file != null && file.normalize().startsWith(evalRoot.normalize()) && !source.contains("..");
        Map<String, String> read = inside && Files.isRegularFile(file) ? readCorpus(file) : null;
        cache.put(source, read);
        return read;
    }

    private static Path corpusFile(String source, Path evalRoot) {
        return evalRoot == null ? null : evalRoot.resolve(source).resolve("corpus.jsonl");
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
