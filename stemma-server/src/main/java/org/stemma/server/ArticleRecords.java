package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.article.Article;
import org.stemma.ingest.ArticleFactory;
import org.stemma.ingest.BadInputException;

/**
 * Reads the body of {@code POST /articles}: one JSON object or an array of them, each a JSONL
 * input record read by the ingest module ({@link ArticleFactory#fromJson}: {@code id} and
 * {@code text} or {@code html} required, the page extracted as for a file). Every record is
 * checked before any is accepted, so a bad batch stores nothing.
 */
final class ArticleRecords {
    private final ObjectMapper mapper;
    private final int maxBatch;
    private final ArticleFactory factory = new ArticleFactory();

    ArticleRecords(ObjectMapper mapper, int maxBatch) {
        this.mapper = mapper;
        this.maxBatch = maxBatch;
    }

    List<Article> parse(String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ApiException(400, "malformed_json", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ApiException(400, "malformed_json", "empty request body: expected an article object or an array of them");
        }
        List<JsonNode> records = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(records::add);
            if (records.isEmpty()) {
                throw ApiException.badRequest("empty batch: the array holds no article");
            }
        } else if (root.isObject()) {
            records.add(root);
        } else {
            throw ApiException.badRequest("expected an article object or an array of them, found " + root.getNodeType().name().toLowerCase());
        }
        if (records.size() > maxBatch) {
            throw new ApiException(413, "payload_too_large", "batch of " + records.size()
                    + " articles exceeds the limit of " + maxBatch + " per request");
        }
        List<Article> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Article a = article(records.get(i), records.size() > 1 ? "record " + i : "article");
            if (!ids.add(a.id())) {
                throw ApiException.badRequest("record " + i + ": duplicate id '" + a.id() + "' in the batch");
            }
            out.add(a);
        }
        return out;
    }

    private Article article(JsonNode n, String where) {
        if (!n.isObject()) {
            throw ApiException.badRequest(where + ": expected an object, found " + n.getNodeType().name().toLowerCase());
        }
        if (!n.hasNonNull("id")) {
            throw new ApiException(400, "missing_field", where + ": missing required field 'id'");
        }
        if (!n.hasNonNull("text") && !n.hasNonNull("html")) {
            throw new ApiException(400, "missing_field", where + ": missing required field 'text' (or 'html')");
        }
        try {
            return factory.fromJson(n, null, "api");
        } catch (BadInputException e) {
            throw ApiException.badRequest(where + ": " + e.getMessage());
        }
    }
}
