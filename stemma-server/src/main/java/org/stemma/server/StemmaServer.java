package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.quote.QuoteFamily;
import org.stemma.report.html.ViewBuilder;
import org.stemma.report.html.Views.ArticleLink;
import org.stemma.report.html.Views.ArticleSummary;
import org.stemma.report.html.Views.ArticleView;
import org.stemma.report.html.Views.PageView;
import org.stemma.report.html.Views.PairView;
import org.stemma.report.html.Views.QuoteFamilyView;
import org.stemma.report.html.WebAssets;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.Page;
import org.stemma.store.QueryTooLongException;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the web UI at {@code /}, over one
 * store. Safe by default: read-only unless built with a writer and its token; every request must
 * name this server in its {@code Host} and, if it carries an {@code Origin}, come from the
 * server's own pages ({@link AccessPolicy}); a write also needs {@code application/json} and the
 * bearer token. Every refusal, Jetty's own included ({@link JsonErrorHandler}), is a JSON
 * {@link ApiError}; internal errors are logged with their stack and shown to no client. Every
 * response carries a Content-Security-Policy that allows only the server's own script and style,
 * so nothing from an ingested page can run or load.
 *
 * <p>Usage: {@code new StemmaServer(store, null, ServerOptions.DEFAULTS).start("127.0.0.1", 7070)}.
 */
public final class StemmaServer implements AutoCloseable {
    /** Sent with every response. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String API = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(StemmaServer.class);

    private final StemmaStore store;
    private final IncrementalIngest ingest;
    private final String token;
    private final ServerOptions options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ArticleRecords records;
    private final StoryEndpoints stories;
    private final Javalin app;
    private final String page;
    private final String openApi;
    private volatile AccessPolicy access;

    /** A read-only server: {@code ingest} must be null (writes need a token: see the 4-argument constructor). */
    public StemmaServer(StemmaStore store, IncrementalIngest ingest, ServerOptions options) {
        this(store, ingest, null, options);
        if (ingest != null) {
            throw new IllegalArgumentException("a server that accepts writes needs a write token");
        }
    }

    /**
     * @param store   the store to serve
     * @param ingest  the writer for {@code POST /articles}, or null for a read-only server
     * @param token   the bearer token writes need (required with {@code ingest}); see {@link WriteToken}
     * @param options limits and allowed host names
     */
    public StemmaServer(StemmaStore store, IncrementalIngest ingest, String token, ServerOptions options) {
        if (ingest != null && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("a server that accepts writes needs a write token");
        }
        this.store = store;
        this.ingest = ingest;
        this.token = ingest == null ? null : token;
        this.options = options;
        this.records = new ArticleRecords(mapper, options.maxBatch());
        this.stories = new StoryEndpoints(store, options.maxPageSize());
        this.page = WebAssets.page("<link rel=\"stylesheet\" href=\"assets/app.css\">",
                store.dir().getFileName() + (ingest == null ? " (read-only)" : ""),
                "<script src=\"assets/app.js\"></script>");
        this.openApi = resource("openapi.json");
        this.access = new AccessPolicy("127.0.0.1", options.allowedHosts(), this.token);
        JsonErrorHandler jettyErrors = new JsonErrorHandler(mapper);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            // the API enforces its own (configurable) limit with a JSON error; this is a backstop
            config.http.maxRequestSize = options.maxBodyBytes() + 1;
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
        });
        routes();
    }

    /** The Javalin app, to add routes before {@link #start} (tests). */
    public Javalin app() {
        return app;
    }

    /** Starts listening on {@code host}; port 0 picks a free port (see {@link #port()}). */
    public StemmaServer start(String host, int port) {
        access = new AccessPolicy(host, options.allowedHosts(), token);
        app.start(host, port);
        return this;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** True if {@code host} is a loopback address or name: a server listening there is reachable from this machine only. */
    public static boolean isLoopback(String host) {
        return AccessPolicy.isLoopback(host);
    }

    /** True if this server accepts {@code POST /articles} (with the token). */
    public boolean writable() {
        return ingest != null;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
            String refused = access.refuseHost(ctx.header("Host"));
            if (refused == null) {
                refused = access.refuseOrigin(ctx.header("Origin"), port());
            }
            if (refused != null) {
                throw new ApiException(403, "forbidden", refused);
            }
        });
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
        app.exception(QueryTooLongException.class, (e, ctx) -> error(ctx, 400, "query_too_long", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ApiError err = JsonErrorHandler.errorFor(e.getStatus());
            String message = switch (e.getStatus()) {
                case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
                case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path();
                default -> err.message();
            };
            error(ctx, err.status(), err.error(), message);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.attribute("api-error") == null) {
                error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("api-error") == null) {
                error(ctx, 405, "method_not_allowed", "method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });

        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        app.get("/assets/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(WebAssets.script()));
        app.get("/assets/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(WebAssets.style()));
        app.get(API + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

        app.get(API + "/stats", ctx -> reply(ctx, Map.of("articles", store.articleCount(), "stories", store.storyCount(),
                "readOnly", ingest == null)));
        app.post(API + "/articles", this::postArticles);
        app.get(API + "/articles", ctx -> {
            Page<Article> p = store.articles(offset(ctx), limit(ctx));
            reply(ctx, new PageView<>(p.items().stream().map(ViewBuilder::summary).toList(), p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/articles/{id}", ctx -> reply(ctx, articleView(ctx.pathParam("id"))));
        app.get(API + "/articles/{id}/links", this::articleLinks);
        app.get(API + "/pairs/{a}/{b}", this::pair);
        app.get(API + "/stories", ctx -> {
            Page<Story> p = store.stories(ctx.queryParam("q"), offset(ctx), limit(ctx));
            reply(ctx, new PageView<>(p.items().stream().map(ViewBuilder::storySummary).toList(), p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/stories/{id}", ctx -> reply(ctx, stories.story(ctx)));
        app.get(API + "/stories/{id}/links", ctx -> reply(ctx, stories.links(ctx)));
        app.get(API + "/quotes", ctx -> {
            Page<QuoteFamily> p = store.quotes(ctx.queryParam("speaker"), offset(ctx), limit(ctx));
            Set<String> ids = new LinkedHashSet<>();
            p.items().forEach(f -> f.variants().forEach(v -> ids.add(v.quote().article())));
            // outlet and date of each variant's article: from the heads, not the whole texts
            Map<String, Article> articles = new HashMap<>();
            store.headsInStoreOrder(ids).forEach(h -> articles.put(h.article().id(), h.article()));
            List<QuoteFamilyView> views = p.items().stream().map(f -> ViewBuilder.quoteFamily(f, articles)).toList();
            reply(ctx, new PageView<>(views, p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw ApiException.badRequest("missing query parameter 'q'");
            }
            Page<Article> p = store.search(q, offset(ctx), limit(ctx));
            reply(ctx, new PageView<>(p.items().stream().map(ViewBuilder::summary).toList(), p.offset(), p.limit(), p.total()));
        });
    }

    private void articleLinks(Context ctx) {
        String id = ctx.pathParam("id");
        if (!store.contains(id)) {
            throw ApiException.notFound("no article with id '" + id + "'");
        }
        Page<Link> p = store.links(id, offset(ctx), Params.intParam(ctx, "limit", Math.min(100, options.maxPageSize()), 1,
                options.maxPageSize()));
        Map<String, ArticleSummary> others = StoryEndpoints.summaries(
                store.headsInStoreOrder(p.items().stream().map(l -> l.other(id)).toList()));
        List<ArticleLink> out = new ArrayList<>();
        for (Link l : p.items()) {
            out.add(new ArticleLink(others.get(l.other(id)), ViewBuilder.link(l, null, null)));
        }
        ctx.header("X-Total-Count", Long.toString(p.total()));
        reply(ctx, out);
    }

    private void pair(Context ctx) {
        Article a = requireArticle(ctx.pathParam("a"));
        Article b = requireArticle(ctx.pathParam("b"));
        Link link = a.id().equals(b.id()) ? null : store.link(a.id(), b.id()).orElse(null);
        if (link != null) {
            // passages a page at a time (all of them by default, up to the cap)
            int total = link.passages().size();
            int from = Math.min(offset(ctx), total);
            int n = Params.intParam(ctx, "limit", MAX_PASSAGES, 1, MAX_PASSAGES);
            ctx.header("X-Passage-Count", Integer.toString(total));
            link = new Link(link.a(), link.b(), link.kind(), link.coverageA(), link.coverageB(),
                    link.passages().subList(from, Math.min(total, from + n)));
        }
        boolean forward = link == null || link.a().equals(a.id());
        reply(ctx, new PairView(articleView(a), articleView(b),
                link == null ? null : ViewBuilder.link(link, forward ? a : b, forward ? b : a)));
    }

    /** Most passages of one link returned by {@code GET /pairs/{a}/{b}}. */
    static final int MAX_PASSAGES = 2000;

    private void postArticles(Context ctx) {
        if (ingest == null) {
            throw new ApiException(403, "read_only", "this server is read-only: start it with 'stemma serve"
                    + " --allow-writes' (and no other process writing the store) to add articles");
        }
        if (!access.authorised(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"stemma\"");
            throw new ApiException(401, "unauthorized", "writes need the header 'Authorization: Bearer TOKEN' with the"
                    + " token in the store directory's " + WriteToken.FILE + " file");
        }
        String type = ctx.header("Content-Type");
        if (!jsonContentType(type)) {
            throw new ApiException(415, "unsupported_media_type", "the body must be sent as"
                    + " 'Content-Type: application/json' (UTF-8)");
        }
        List<Article> articles = records.parse(body(ctx));
        IncrementalIngest.Result r = ingest.ingest(articles);
        ctx.status(201);
        reply(ctx, Map.of("added", r.added(), "replaced", r.replaced(), "ids", articles.stream().map(Article::id).toList()));
    }

    /** True for {@code application/json}, with no charset or UTF-8. */
    static boolean jsonContentType(String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().replace("\"", "");
            if (p.startsWith("charset=") && !p.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The body as UTF-8, refusing (413) more than the configured limit. */
    private String body(Context ctx) {
        long limit = options.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new ApiException(413, "payload_too_large", "request body of " + declared
                    + " bytes exceeds the limit of " + limit + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new ApiException(413, "payload_too_large", "request body exceeds the limit of " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read to its end");
        }
    }

    /** Sends {@code value} as JSON unless it is larger than the answer cap (then a 4xx asking for less). */
    private void reply(Context ctx, Object value) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (json.length > options.maxResponseBytes()) {
            throw new ApiException(400, "response_too_large", "the answer would be " + mb(json.length) + ", over this"
                    + " server's limit of " + mb(options.maxResponseBytes()) + ": ask for a smaller page ('limit')");
        }
        ctx.contentType("application/json").result(json);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private ArticleView articleView(String id) {
        return articleView(requireArticle(id));
    }

    private ArticleView articleView(Article a) {
        return ViewBuilder.article(a, store.storyOf(a.id()).map(Story::id).orElse(null), store.quotesOf(List.of(a.id())));
    }

    private Article requireArticle(String id) {
        return store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    }

    private int offset(Context ctx) {
        return Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    private int limit(Context ctx) {
        return Params.intParam(ctx, "limit", Math.min(20, options.maxPageSize()), 1, options.maxPageSize());
    }

    private void error(Context ctx, int status, String code, String message) {
        ctx.attribute("api-error", Boolean.TRUE);
        try {
            ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(new ApiError(status, code, message)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StemmaServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
