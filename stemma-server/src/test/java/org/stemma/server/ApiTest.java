package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;

/** End-to-end HTTP tests against a server on a random loopback port. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "test-token-0123456789abcdef0123456789abcdef";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;
    private StemmaStore store;
    private StemmaServer server;

    @BeforeEach
    void start() {
        store = StemmaStore.open(tmp.resolve("store"));
        Analysis a = SampleCorpus.analysis();
        store.putArticles(a.articles(), Map.of());
        store.replaceResults(a.articles().stream().map(Article::id).toList(), a);
        store.commit();
        IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.lexical(5), FingerprintKeys.NONE,
                new Analyzer()::analyze);
        server = new StemmaServer(store, ingest, TOKEN, new ServerOptions(4096, 50, 100)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void storyHasArticlesLineagesGraphAndPassages() throws Exception {
        HttpResponse<String> r = get("/api/v1/stories/story-mali");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode s = json(r);
        assertThat(s.get("articles")).hasSize(2);
        assertThat(s.get("lineages").get(0)).hasSize(2);
        JsonNode edge = s.get("graph").get("edges").get(0);
        assertThat(edge.get("source").asText()).isEqualTo("orig");
        assertThat(edge.get("copy").asText()).isEqualTo("copy");
        assertThat(edge.get("kind").asText()).isEqualTo("partial");
        assertThat(edge.get("credited").asBoolean()).isFalse();
        assertThat(s.get("graph").get("nodes")).hasSize(2);
        assertThat(s.get("size").asInt()).isEqualTo(2);
        assertThat(s.get("title").asText()).isEqualTo("Mali general on Russian help");
        assertThat(s.get("names")).extracting(JsonNode::asText).containsExactly("Diarra", "Mali", "Russia");
        assertThat(s.get("linkCount").asInt()).isEqualTo(1);
        JsonNode outlets = s.get("outletGraph");
        assertThat(outlets.get("nodes")).extracting(n -> n.get("outlet").asText() + "=" + n.get("articles").asInt())
                .containsExactlyInAnyOrder("rt.example=1", "menafn.example=1");
        JsonNode oe = outlets.get("edges").get(0);
        assertThat(oe.get("source").asText() + ">" + oe.get("copy").asText()).isEqualTo("rt.example>menafn.example");
        assertThat(oe.get("partials").asInt()).isEqualTo(1);
        assertThat(oe.get("uncredited").asInt()).isEqualTo(1);
        JsonNode links = json(get("/api/v1/stories/story-mali/links"));
        assertThat(links.get("total").asInt()).isEqualTo(1);
        JsonNode row = links.get("items").get(0);
        assertThat(row.get("passages").asInt()).isEqualTo(2);
        assertThat(row.get("a").get("outlet").asText()).isEqualTo("rt.example");
        assertThat(row.get("b").get("id").asText()).isEqualTo("copy");
    }

    @Test
    void listsAndPaginatesStories() throws Exception {
        JsonNode page = json(get("/api/v1/stories?limit=1"));
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("story-mali"); // largest first
        JsonNode second = json(get("/api/v1/stories?limit=1&offset=1"));
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo("story-lavrov");
        assertThat(json(get("/api/v1/stories?q=Lavrov")).get("items").get(0).get("id").asText()).isEqualTo("story-lavrov");
        assertThat(json(get("/api/v1/stories?q=menafn.example")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void articleLinksAndPair() throws Exception {
        JsonNode a = json(get("/api/v1/articles/copy"));
        assertThat(a.get("outlet").asText()).isEqualTo("menafn.example");
        assertThat(a.get("story").asText()).isEqualTo("story-mali");
        assertThat(a.get("removed")).hasSize(2);
        assertThat(a.get("quotes").get(0).get("relation").asText()).isEqualTo("altered");
        JsonNode links = json(get("/api/v1/articles/copy/links"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("other").get("id").asText()).isEqualTo("orig");
        JsonNode pair = json(get("/api/v1/pairs/orig/copy"));
        JsonNode p0 = pair.get("link").get("passages").get(0);
        // "Today we control ... of the country" vs "Today we proudly control ...": "proudly" only in b
        String textB = pair.get("b").get("text").asText();
        List<String> onlyB = new java.util.ArrayList<>();
        p0.get("changedB").forEach(c -> onlyB.add(textB.substring(c.get(0).asInt(), c.get(1).asInt())));
        assertThat(onlyB).containsExactly("proudly");
        String textA = pair.get("a").get("text").asText();
        List<String> onlyA = new java.util.ArrayList<>();
        p0.get("changedA").forEach(c -> onlyA.add(textA.substring(c.get(0).asInt(), c.get(1).asInt())));
        assertThat(onlyA).containsExactly("of the country");
        assertThat(json(get("/api/v1/pairs/orig/other")).get("link").isNull()).isTrue();
    }

    @Test
    void quotesBySpeakerAndSearch() throws Exception {
        JsonNode q = json(get("/api/v1/quotes?speaker=Alou%20Boi%20Diarra"));
        assertThat(q.get("total").asInt()).isEqualTo(1);
        JsonNode variants = q.get("items").get(0).get("variants");
        assertThat(variants).hasSize(2);
        assertThat(variants.get(1).get("relation").asText()).isEqualTo("altered");
        assertThat(variants.get(1).get("outlet").asText()).isEqualTo("menafn.example");
        assertThat(json(get("/api/v1/quotes?speaker=diarra")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/quotes?speaker=Lavrov")).get("total").asInt()).isZero();
        JsonNode s = json(get("/api/v1/search?q=grain"));
        assertThat(s.get("items").get(0).get("id").asText()).isEqualTo("other");
    }

    @Test
    void postOneAndABatch() throws Exception {
        HttpResponse<String> one = post("/api/v1/articles", "{\"id\":\"n1\",\"text\":\"Niger closes its border.\",\"outlet\":\"x.example\",\"published\":\"2024-09-01T10:00:00Z\"}");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
        assertThat(json(one).get("added").asInt()).isEqualTo(1);
        HttpResponse<String> batch = post("/api/v1/articles", "[{\"id\":\"n2\",\"text\":\"a\"},{\"id\":\"n3\",\"text\":\"b\",\"title\":\"B\"}]");
        assertThat(batch.statusCode()).isEqualTo(201);
        assertThat(json(batch).get("added").asInt()).isEqualTo(2);
        assertThat(json(get("/api/v1/articles/n3")).get("title").asText()).isEqualTo("B");
        assertThat(json(get("/api/v1/articles/n1")).get("published").asText()).isEqualTo("2024-09-01T10:00:00Z");
        assertThat(store.articleCount()).isEqualTo(6);
    }

    @Test
    void badRequestsGetJsonErrorsAndChangeNothing() throws Exception {
        long before = store.articleCount();
        assertError(post("/api/v1/articles", "{\"id\":\"x\", \"text\": "), 400, "malformed_json", "malformed JSON");
        assertError(post("/api/v1/articles", "{\"id\":\"x\"}"), 400, "missing_field", "'text'");
        assertError(post("/api/v1/articles", "[{\"id\":\"ok1\",\"text\":\"fine\"},{\"text\":\"no id\"}]"), 400,
                "missing_field", "record 1: missing required field 'id'");
        assertError(post("/api/v1/articles", "[{\"id\":\"d\",\"text\":\"1\"},{\"id\":\"d\",\"text\":\"2\"}]"), 400,
                "bad_request", "duplicate id 'd'");
        assertError(post("/api/v1/articles", "{\"id\":\"x\",\"text\":7}"), 400, "bad_request", "\"text\" must be a string");
        assertError(post("/api/v1/articles", "{\"id\":\"x\",\"text\":\"t\",\"published\":\"last tuesday\"}"), 400,
                "bad_request", "published");
        assertError(post("/api/v1/articles", "[]"), 400, "bad_request", "empty batch");
        assertError(post("/api/v1/articles", "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}"), 413,
                "payload_too_large", "4096");
        assertThat(store.articleCount()).isEqualTo(before);
        assertThat(store.contains("ok1")).isFalse();
        assertError(get("/api/v1/articles/nope"), 404, "not_found", "'nope'");
        assertError(get("/api/v1/articles/nope/links"), 404, "not_found", "'nope'");
        assertError(get("/api/v1/stories/nope"), 404, "not_found", "'nope'");
        assertError(get("/api/v1/pairs/orig/nope"), 404, "not_found", "'nope'");
        assertError(get("/api/v1/stories?limit=0"), 400, "bad_request", "'limit'");
        assertError(get("/api/v1/stories?limit=1000"), 400, "bad_request", "'limit'");
        assertError(get("/api/v1/stories?offset=-3"), 400, "bad_request", "'offset'");
        assertError(get("/api/v1/search"), 400, "bad_request", "'q'");
        assertError(get("/api/v1/nothing-here"), 404, "not_found", "/api/v1/nothing-here");
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String messagePart) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode e = json(r);
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).isEqualTo(code);
        assertThat(e.get("message").asText()).contains(messagePart);
    }

    @Test
    void storyMembersComeAPageAtATime() throws Exception {
        JsonNode whole = json(get("/api/v1/stories/story-mali"));
        HttpResponse<String> r = get("/api/v1/stories/story-mali?offset=1&limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode s = json(r);
        assertThat(s.get("size").asInt()).isEqualTo(2);
        assertThat(s.get("articles")).hasSize(1);
        assertThat(s.get("articles").get(0).get("id").asText()).isEqualTo(whole.get("articles").get(1).get("id").asText());
        assertThat(s.get("lineages")).isEmpty(); // one member of the lineage on this page
        assertThat(s.get("outletGraph").get("nodes")).hasSize(2); // the whole story's
        assertError(get("/api/v1/stories/story-mali?limit=" + (StoryEndpoints.MAX_MEMBERS + 1)), 400, "bad_request", "limit");
    }

    @Test
    void servesOpenApiAndTheUiWithSecurityHeaders() throws Exception {
        HttpResponse<String> spec = get("/api/v1/openapi.json");
        assertThat(spec.statusCode()).isEqualTo(200);
        JsonNode doc = json(spec);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/articles", "/articles/{id}", "/articles/{id}/links", "/pairs/{a}/{b}", "/stories",
                        "/stories/{id}", "/stories/{id}/links", "/quotes", "/search", "/stats", "/openapi.json");
        List<String> codes = new java.util.ArrayList<>();
        doc.get("components").get("schemas").get("Error").get("properties").get("error").get("enum").forEach(c -> codes.add(c.asText()));
        assertThat(codes).contains("forbidden", "unauthorized", "unsupported_media_type", "query_too_long", "response_too_large",
                "method_not_allowed", "uri_too_long", "headers_too_large", "internal", "read_only");
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"assets/app.js\"></script>").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(StemmaServer.CSP);
        assertThat(StemmaServer.CSP).contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(get("/api/v1/articles/orig").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("/assets/app.js").statusCode()).isEqualTo(200);
    }
}
