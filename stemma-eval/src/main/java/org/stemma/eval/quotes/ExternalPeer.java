package org.stemma.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.quote.Quote;
import org.stemma.text.Span;

/**
 * An outside system's quotations, read from a JSONL file written by a separate tool (e.g.
 * tools/corenlp-peer), so that it is scored beside Stemma by the same scorer. One line per text:
 * {@code {"id": ..., "quotes": [{"begin", "end", "text", "speaker", "canonicalSpeaker"}]}}; offsets
 * are UTF-16 chars of the text that {@link #dumpTexts} wrote, and may include the quotation marks
 * (trimmed here, with surrounding spaces, since Stemma's and the gold's spans lie inside the marks).
 *
 * @param name   the row label
 * @param quotes quotations by text id; a text without a line is absent
 */
public record ExternalPeer(String name, Map<String, List<Quote>> quotes) {

    public ExternalPeer {
        quotes = Map.copyOf(quotes);
    }

    /** The marks trimmed from a peer quotation's ends. */
    private static final String MARKS = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A`";

    /**
     * Reads a peer file; {@code texts} (id to text) checks every quotation's offsets against its
     * "text" field when both are given. Unreadable lines and misplaced quotations are named in
     * {@code errors} and skipped.
     */
    public static ExternalPeer read(String name, Path file, Map<String, String> texts, List<String> errors) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, List<Quote>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = om.readTree(line);
            } catch (IOException e) {
                errors.add(file + " line " + (i + 1) + ": not JSON");
                continue;
            }
            if (!n.hasNonNull("id")) {
                errors.add(file + " line " + (i + 1) + ": no id");
                continue;
            }
            String id = n.get("id").asText();
            String text = texts == null ? null : texts.get(id);
            List<Quote> qs = new ArrayList<>();
            for (JsonNode q : n.path("quotes")) {
                Quote read = quote(id, q, text);
                if (read == null) {
                    errors.add(file + " line " + (i + 1) + ": quotation " + q.path("begin").asInt() + "-"
                            + q.path("end").asInt() + " does not match text " + id);
                } else if (read.span().length() > 0) {
                    qs.add(read);
                }
            }
            out.put(id, List.copyOf(qs));
        }
        return new ExternalPeer(name, out);
    }

    /** One quotation, marks and spaces trimmed; null when its offsets do not hold its text. */
    private static Quote quote(String id, JsonNode q, String text) {
        int b = q.path("begin").asInt(-1);
        int e = q.path("end").asInt(-1);
        String written = q.path("text").asText("");
        if (b < 0 || e < b) {
            return null;
        }
        if (text != null && (e > text.length() || !text.substring(b, e).equals(written))) {
            return null;
        }
        int s = b;
        int t = e;
        while (s < t && isTrim(charAt(text, written, b, s))) {
            s++;
        }
        while (t > s && isTrim(charAt(text, written, b, t - 1))) {
            t--;
        }
        String inner = written.substring(s - b, t - b);
        String said = textOrNull(q, "speaker");
        String canonical = textOrNull(q, "canonicalSpeaker");
        return new Quote(id, new Span(s, t), inner, false, said, canonical != null ? canonical : said, null);
    }

    private static char charAt(String body, String written, int begin, int at) {
        return body != null ? body.charAt(at) : written.charAt(at - begin);
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || MARKS.indexOf(c) >= 0;
    }

    private static String textOrNull(JsonNode q, String field) {
        JsonNode v = q.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Quotations of text {@code id}; empty when the peer wrote none or had no line for it. */
    public List<Quote> of(String id) {
        return quotes.getOrDefault(id, List.of());
    }

    /** Writes {@code {"id", "text"}} lines, one per gold text, for an outside tool to read. */
    public static void dumpTexts(List<QuoteEvaluation.GoldDoc> docs, Path file) throws IOException {
        ObjectMapper om = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (QuoteEvaluation.GoldDoc d : docs) {
                w.write(om.writeValueAsString(Map.of("id", d.id(), "text", d.text())));
                w.newLine();
            }
        }
    }
}
