package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;

/**
 * The attacks of issue 20 through real HTTP on loopback: a page on another origin posting a form
 * ({@code text/plain}) or JSON, a DNS-rebinding {@code Host}, a write without the token, a write
 * to a read-only server. Each is refused with a JSON error and changes nothing; the server's own
 * page, a loopback name and an allowed host still work.
 */
class SafeServingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = ApiTest.TOKEN;
    private static final String TAMPER = "{\"id\":\"orig\",\"text\":\"TAMPERED\",\"outlet\":\"TAMPERED\"}";

    @TempDir
    Path tmp;
    private StemmaStore store;
    private StemmaServer server;

    private void start(boolean writable) {
        store = StemmaStore.open(tmp.resolve("store"));
        Analysis a = SampleCorpus.analysis();
        store.putArticles(a.articles(), Map.of());
        store.replaceResults(a.articles().stream().map(Article::id).toList(), a);
        store.commit();
        IncrementalIngest ingest = writable ? new IncrementalIngest(store, CandidateSource.lexical(5), FingerprintKeys.NONE,
                new Analyzer()::analyze) : null;
        server = new StemmaServer(store, ingest, writable ? TOKEN : null,
                ServerOptions.DEFAULTS.withAllowedHosts(List.of("stemma.lan"))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private RawHttp.Answer post(String host, String origin, String type, String auth, String body) throws Exception {
        String head = "POST /api/v1/articles HTTP/1.1\r\nHost: " + host
                + (origin == null ? "" : "\r\nOrigin: " + origin)
                + (type == null ? "" : "\r\nContent-Type: " + type)
                + (auth == null ? "" : "\r\nAuthorization: " + auth);
        return RawHttp.send(server.port(), head, body);
    }

    private RawHttp.Answer get(String host, String origin, String path) throws Exception {
        return RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\nHost: " + host
                + (origin == null ? "" : "\r\nOrigin: " + origin), null);
    }

    private String self() {
        return "127.0.0.1:" + server.port();
    }

    private static void assertRefused(RawHttp.Answer r, int status, String code) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).isEqualTo(code);
        assertThat(e.get("message").asText()).isNotBlank();
    }

    private void assertUnchanged() {
        assertThat(store.articleCount()).isEqualTo(3);
        assertThat(store.article("orig").orElseThrow().outlet()).isEqualTo("rt.example");
    }

    @Test
    void aForeignPageCannotWriteEvenWithTheRightContentOrToken() throws Exception {
        start(true);
        String evil = "http://127.0.0.1:" + (server.port() == 8081 ? 8082 : 8081);
        // a plain HTML form: text/plain, no token
        assertRefused(post(self(), evil, "text/plain", null, TAMPER), 403, "forbidden");
        // a script on another local port sending JSON, even one that somehow knew the token
        assertRefused(post(self(), evil, "application/json", "Bearer " + TOKEN, TAMPER), 403, "forbidden");
        assertRefused(post(self(), "http://evil.example", "application/json", "Bearer " + TOKEN, TAMPER), 403, "forbidden");
        assertRefused(post(self(), "null", "application/json", "Bearer " + TOKEN, TAMPER), 403, "forbidden");
        // DNS rebinding: the foreign name in Host, for writes and reads
        assertRefused(post("evil.example:" + server.port(), null, "application/json", "Bearer " + TOKEN, TAMPER), 403,
                "forbidden");
        assertRefused(get("evil.example", null, "/api/v1/articles/orig"), 403, "forbidden");
        assertRefused(get("evil.example:" + server.port(), null, "/"), 403, "forbidden");
        // reads from a foreign origin are refused too
        assertRefused(get(self(), evil, "/api/v1/articles/orig"), 403, "forbidden");
        // no token, a wrong token, a form content type with the token
        assertRefused(post(self(), null, "application/json", null, TAMPER), 401, "unauthorized");
        assertRefused(post(self(), null, "application/json", "Bearer wrong", TAMPER), 401, "unauthorized");
        assertRefused(post(self(), null, "text/plain", "Bearer " + TOKEN, TAMPER), 415, "unsupported_media_type");
        assertRefused(post(self(), null, "application/x-www-form-urlencoded", "Bearer " + TOKEN, TAMPER), 415,
                "unsupported_media_type");
        assertRefused(post(self(), null, "application/json; charset=iso-8859-1", "Bearer " + TOKEN, TAMPER), 415,
                "unsupported_media_type");
        assertUnchanged();
    }

    @Test
    void theServersOwnPagesLoopbackNamesAndAllowedHostsWork() throws Exception {
        start(true);
        for (String host : List.of(self(), "localhost:" + server.port(), "LOCALHOST", "[::1]:" + server.port(),
                "127.0.0.2", "stemma.lan:" + server.port())) {
            assertThat(get(host, null, "/api/v1/articles/orig").status()).as(host).isEqualTo(200);
        }
        assertThat(get(self(), "http://" + self(), "/api/v1/stats").status()).isEqualTo(200);
        assertThat(get(self(), "http://localhost:" + server.port(), "/api/v1/stats").status()).isEqualTo(200);
        RawHttp.Answer ok = post(self(), "http://" + self(), "application/json; charset=UTF-8", "Bearer " + TOKEN,
                "{\"id\":\"n1\",\"text\":\"Niger closes its border.\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(store.contains("n1")).isTrue();
    }

    @Test
    void aReadOnlyServerRefusesEveryWrite() throws Exception {
        start(false);
        assertRefused(post(self(), null, "application/json", "Bearer " + TOKEN, TAMPER), 403, "read_only");
        assertRefused(post(self(), null, "application/json", null, TAMPER), 403, "read_only");
        assertThat(JSON.readTree(get(self(), null, "/api/v1/stats").body()).get("readOnly").asBoolean()).isTrue();
        assertUnchanged();
    }

    @Test
    void theTokenIsMadeOnceAndKeptPrivate() throws Exception {
        Path dir = tmp.resolve("tokens");
        java.nio.file.Files.createDirectories(dir);
        WriteToken first = WriteToken.of(dir);
        WriteToken again = WriteToken.of(dir);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(first.value()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(java.nio.file.Files.getPosixFilePermissions(first.file()))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        Path other = java.nio.file.Files.createDirectories(tmp.resolve("other"));
        assertThat(WriteToken.of(other).value()).isNotEqualTo(first.value());
    }
}
