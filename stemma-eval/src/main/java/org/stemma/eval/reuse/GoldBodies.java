package org.stemma.eval.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the article bodies of the article-extraction ground truth ({@code ground-truth.json}:
 * an object of {@code {"<id>": {"articleBody": ..., "url": ...}}}), the real text the reuse
 * evaluation and benchmark corpora are built from. Bodies come back ordered by id, so runs are
 * reproducible.
 */
public final class GoldBodies {

    private GoldBodies() {
    }

    /** Bodies with at least {@code minWords} words, ordered by record id. */
    public static List<String> read(Path groundTruth, int minWords) throws IOException {
        if (!Files.isRegularFile(groundTruth)) {
            throw new IOException(groundTruth + ": not a file");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(groundTruth.toFile());
        } catch (IOException e) {
            throw new IOException(groundTruth + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(groundTruth + ": expected a JSON object of records");
        }
        Map<String, String> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            if (body != null && body.isTextual()) {
                byId.put(e.getKey(), body.asText());
            }
        }
        List<String> out = new ArrayList<>();
        for (String body : byId.values()) {
            if (body.trim().split("\\s+").length >= minWords) {
                out.add(body);
            }
        }
        return out;
    }
}
