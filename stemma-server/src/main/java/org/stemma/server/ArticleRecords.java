package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.article.Article;

/**
 * Reads the body of {@code POST /articles}: one JSON object or an array of them, with the fields
 * of a JSONL input record ({@code id} and {@code text} required; {@code title}, {@code outlet},
 * {@code url}, {@code canonicalUrl}, {@code published}, {@code author}, {@code language},
 * {@code source} optional strings). Every record is checked before any is accepted, so a bad
 * batch stores nothing.
 */
final class ArticleRecords {
    private static final List<String> OPTIONAL = List.of("title", "outlet", "url", "canonicalUrl", "published",
            "author", "language", "source");

    private final ObjectMapper mapper;
    private final int maxBatch;

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
        String id = required(n, "id", where);
        if (id.isBlank()) {
            throw new ApiException(400, "missing_field", where + ": field 'id' is blank");
        }
        String text = required(n, "text", where);
        Article.Builder b = Article.builder(id, text);
        String title = optional(n, "title", where);
        String published = optional(n, "published", where);
        if (published != null && !isIsoDate(published)) {
            throw ApiException.badRequest(where + " ('" + id + "'): field 'published' is not an ISO 8601 date or date-time: '"
                    + (published.length() > 40 ? published.substring(0, 40) + "…" : published) + "'");
        }
        return b.title(title).outlet(optional(n, "outlet", where)).url(optional(n, "url", where))
                .canonicalUrl(optional(n, "canonicalUrl", where)).published(published)
                .author(optional(n, "author", where)).language(optional(n, "language", where))
                .source(optional(n, "source", where) == null ? "api" : optional(n, "source", where)).build();
    }

    private static String required(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new ApiException(400, "missing_field", where + ": missing required field '" + field + "'");
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(where + ": field '" + field + "' must be a string, found "
                    + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String field, String where) {
        assert OPTIONAL.contains(field);
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(where + ": field '" + field + "' must be a string, found "
                    + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static boolean isIsoDate(String s) {
        for (java.util.function.Consumer<String> p : List.<java.util.function.Consumer<String>>of(
                LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                p.accept(s);
                return true;
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return false;
    }
}
