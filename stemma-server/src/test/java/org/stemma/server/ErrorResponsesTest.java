package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.store.StemmaStore;

/**
 * Every refusal is JSON {@code {status, error, message}}, Jetty's own (400, 414, 431) included;
 * a wrong method is 405; a search too long for the index is a 4xx; no answer names an internal
 * class; an internal error is logged with its stack and shown to no client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path tmp;
    private StemmaStore store;
    private StemmaServer server;

    @BeforeAll
    void start() throws Exception {
        tmp = java.nio.file.Files.createTempDirectory("stemma-errors-test-");
        store = StemmaStore.open(tmp.resolve("store"));
        Analysis a = SampleCorpus.analysis();
        store.putArticles(a.articles(), Map.of());
        store.putArticles(List.of(Article.builder("https://x.example/a b", "A text with an id that is a URL.").build()), Map.of());
        store.replaceResults(a.articles().stream().map(Article::id).toList(), a);
        store.commit();
        server = new StemmaServer(store, null, ServerOptions.DEFAULTS);
        server.app().get("/api/v1/test-failure", ctx -> {
            throw new IllegalStateException("secret internal detail");
        });
        server.start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private RawHttp.Answer send(String requestLine, String extraHeaders) throws Exception {
        return RawHttp.send(server.port(), requestLine + "\r\nHost: 127.0.0.1" + (extraHeaders == null ? "" : extraHeaders), null);
    }

    private static JsonNode assertJsonError(RawHttp.Answer r, int status, String code) throws Exception {
        assertThat(r.status()).as(r.headers() + "\n" + r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.headers()).startsWith("application/json");
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).isEqualTo(code);
        assertThat(e.get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContainPattern("(org|java|jakarta|io)\\.[a-z]+\\.|Exception|<html|<h1");
        return e;
    }

    private static String words(int n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : "+").append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)))
                    .append(i % 100);
        }
        return sb.toString();
    }

    @Test
    void aSearchOfElevenHundredWordsIsAJson400() throws Exception {
        String q = words(1100);
        for (String path : new String[] {"/api/v1/search?q=", "/api/v1/stories?q=", "/api/v1/quotes?speaker="}) {
            JsonNode e = assertJsonError(send("GET " + path + q + " HTTP/1.1", null), 400, "query_too_long");
            assertThat(e.get("message").asText()).contains("too many words");
        }
        assertThat(send("GET /api/v1/search?q=" + words(50) + " HTTP/1.1", null).status()).isEqualTo(200);
    }

    @Test
    void jettysOwnRefusalsAreJson() throws Exception {
        assertJsonError(send("GET /api/v1/stats?" + "x".repeat(20_000) + " HTTP/1.1", null), 414, "uri_too_long");
        assertJsonError(send("GET /api/v1/stats HTTP/1.1", "\r\nX-Big: " + "y".repeat(20_000)), 431, "headers_too_large");
        assertJsonError(RawHttp.send(server.port(), "GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Name: 1", null),
                400, "bad_request");
        assertJsonError(send("GET /api/v1/%zz HTTP/1.1", null), 400, "bad_request");
    }

    @Test
    void idsWithSlashesAndSpacesCanBeFetched() throws Exception {
        RawHttp.Answer r = send("GET /api/v1/articles/" + java.net.URLEncoder.encode("https://x.example/a b", StandardCharsets.UTF_8)
                .replace("+", "%20") + " HTTP/1.1", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("id").asText()).isEqualTo("https://x.example/a b");
    }

    @Test
    void aWrongMethodIs405AndAnUnknownPath404() throws Exception {
        assertJsonError(send("DELETE /api/v1/stories HTTP/1.1", null), 405, "method_not_allowed");
        assertJsonError(send("PUT /api/v1/articles HTTP/1.1", null), 405, "method_not_allowed");
        assertJsonError(send("POST /api/v1/stories/story-mali HTTP/1.1", null), 405, "method_not_allowed");
        assertJsonError(send("GET /api/v1/nothing-here HTTP/1.1", null), 404, "not_found");
        assertJsonError(send("GET /api/v1/articles/nope HTTP/1.1", null), 404, "not_found");
        assertJsonError(send("GET /api/v1/stories?limit=x HTTP/1.1", null), 400, "bad_request");
    }

    @Test
    void anInternalErrorIsLoggedWithItsStackAndNotShown() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        RawHttp.Answer r;
        try {
            r = send("GET /api/v1/test-failure HTTP/1.1", null);
        } finally {
            System.setErr(err);
        }
        JsonNode e = assertJsonError(r, 500, "internal");
        assertThat(e.get("message").asText()).doesNotContain("secret");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("GET /api/v1/test-failure")
                .contains("IllegalStateException: secret internal detail").contains("\tat ");
    }
}
