package org.stemma.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened
 * (arrays and {@code @graph} lists unrolled, nesting followed a few levels). Malformed scripts
 * are skipped: JSON-LD is one signal among several, never a reason to fail.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();
    private static final int MAX_NESTING = 6;
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private final List<JsonNode> things;

    private JsonLd(List<JsonNode> things) {
        this.things = things;
    }

    static JsonLd read(PageElements page) {
        List<JsonNode> things = new ArrayList<>();
        for (Element script : page.jsonLdScripts) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                collect(MAPPER.readTree(data), things, 0);
            } catch (Exception | StackOverflowError e) {
                // a broken script is just absent evidence
            }
        }
        return new JsonLd(things);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int nesting) {
        if (node == null || nesting > MAX_NESTING) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, nesting + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, nesting + 1);
            collect(node.get("mainEntity"), out, nesting + 1);
            collect(node.get("mainEntityOfPage"), out, nesting + 1);
        }
    }

    /** The first object typed as an article (NewsArticle, BlogPosting, Report...), or null. */
    JsonNode article() {
        for (JsonNode n : things) {
            if (isArticleType(n.get("@type"))) {
                return n;
            }
        }
        return null;
    }

    /** The first non-blank value of {@code field} on the article object, then on any object. */
    String first(String field) {
        JsonNode a = article();
        String v = a == null ? null : text(a.get(field));
        if (v != null) {
            return v;
        }
        for (JsonNode n : things) {
            v = text(n.get(field));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The article object's field only, or null. */
    String fromArticle(String field) {
        JsonNode a = article();
        return a == null ? null : text(a.get(field));
    }

    /** Names of people or organisations in a field: a string, an object with "name", or a list. */
    List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                out.addAll(names(n));
            }
        } else if (node.isTextual()) {
            String s = node.asText().strip();
            if (!s.isEmpty() && !s.startsWith("http")) {
                out.add(s);
            }
        } else if (node.isObject()) {
            String s = text(node.get("name"));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    JsonNode articleField(String field) {
        JsonNode a = article();
        return a == null ? null : a.get(field);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("report")
                || t.equals("liveblogposting") || t.equals("posting");
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray() && n.size() > 0) {
            return text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("name") ? n.get("name") : n.get("@value"));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
