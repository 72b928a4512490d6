package org.stemma.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.report.html.ViewBuilder;
import org.stemma.report.html.Views.ArticleLink;
import org.stemma.report.html.Views.ArticleSummary;
import org.stemma.report.html.Views.StoryView;
import org.stemma.report.html.Views.PageView;
import org.stemma.report.html.Views.PairView;
import org.stemma.report.html.Views.QuoteFamilyView;
import org.stemma.report.html.WebAssets;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.Page;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the web UI at {@code /}, over one
 * store. Every response carries a Content-Security-Policy that allows only the server's own
 * script and style, so nothing from an ingested page can run or load.
 *
 * <p>Usage: {@code new StemmaServer(store, ingest, options).start("127.0.0.1", 7070)}.
 */
public final class StemmaServer implements AutoCloseable {
    /** Sent with every response. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String API = "/api/v1";

    private final StemmaStore store;
    private final IncrementalIngest ingest;
    private final ServerOptions options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ArticleRecords records;
    private final Javalin app;
    private final String page;
    private final String openApi;

    /**
     * @param store   the store to serve
     * @param ingest  the writer for {@code POST /articles}, or null for a read-only server
     * @param options request limits
     */
    public StemmaServer(StemmaStore store, IncrementalIngest ingest, ServerOptions options) {
        this.store = store;
        this.ingest = ingest;
        this.options = options;
        this.records = new ArticleRecords(mapper, options.maxBatch());
        this.page = WebAssets.page("<link rel=\"stylesheet\" href=\"assets/app.css\">",
                store.dir().getFileName() + (ingest == null ? " (read-only)" : ""),
                "<script src=\"assets/app.js\"></script>");
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // the API enforces its own (configurable) limit with a JSON error; this is a backstop
            config.http.maxRequestSize = options.maxBodyBytes() + 1;
        });
        routes();
    }

    /** The Javalin app, to add routes before {@link #start} (tests). */
    public Javalin app() {
        return app;
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public StemmaServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
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
        });
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e));
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

        app.get(API + "/stats", ctx -> ctx.json(Map.of("articles", store.articleCount(), "stories", store.storyCount(),
                "readOnly", ingest == null)));
        app.post(API + "/articles", this::postArticles);
        app.get(API + "/articles", ctx -> {
            Page<Article> p = store.articles(offset(ctx), limit(ctx));
            ctx.json(new PageView<>(p.items().stream().map(ViewBuilder::summary).toList(), p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/articles/{id}", ctx -> ctx.json(articleView(ctx.pathParam("id"))));
        app.get(API + "/articles/{id}/links", ctx -> {
            String id = ctx.pathParam("id");
            if (!store.contains(id)) {
                throw ApiException.notFound("no article with id '" + id + "'");
            }
            List<Link> links = store.links(id);
            Map<String, ArticleSummary> others = summaries(links.stream().map(l -> l.other(id)).toList());
            List<ArticleLink> out = new ArrayList<>();
            for (Link l : links) {
                out.add(new ArticleLink(others.get(l.other(id)), ViewBuilder.link(l, null, null)));
            }
            ctx.json(out);
        });
        app.get(API + "/pairs/{a}/{b}", ctx -> {
            Article a = requireArticle(ctx.pathParam("a"));
            Article b = requireArticle(ctx.pathParam("b"));
            Link link = store.links(a.id()).stream().filter(l -> l.touches(b.id()) && !a.id().equals(b.id())).findFirst().orElse(null);
            ctx.json(new PairView(articleView(a.id()), articleView(b.id()),
                    link == null ? null : ViewBuilder.link(link, link.a().equals(a.id()) ? a : b, link.a().equals(a.id()) ? b : a)));
        });
        app.get(API + "/stories", ctx -> {
            Page<Story> p = store.stories(ctx.queryParam("q"), offset(ctx), limit(ctx));
            ctx.json(new PageView<>(p.items().stream().map(ViewBuilder::storySummary).toList(), p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/stories/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Story whole = store.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
            // A story's members come a page at a time (STORY_PAGE at most), so that a story of
            // thousands of articles cannot make one answer of gigabytes; X-Story-Size is the total.
            int from = Math.min(offset(ctx), whole.articles().size());
            int size = intParam(ctx, "limit", STORY_PAGE, 1, STORY_PAGE);
            Story s = page(whole, from, size);
            ctx.header("X-Story-Size", Integer.toString(whole.articles().size()));
            Set<String> members = new LinkedHashSet<>(s.articles());
            List<Derivation> derivations = store.derivations(members).stream().filter(d -> members.contains(d.copy())).toList();
            // members as heads (no whole texts): the summaries take the whole text's length
            List<StemmaStore.Head> heads = store.headsInStoreOrder(members);
            Map<String, ArticleSummary> summaries = summaries(heads);
            StoryView v = ViewBuilder.story(s, heads.stream().map(StemmaStore.Head::article).toList(), derivations,
                    store.linksOf(members));
            ctx.json(new StoryView(v.id(), v.title(), v.start(), v.end(), v.outlets(),
                    v.articles().stream().map(a -> summaries.getOrDefault(a.id(), a)).toList(), v.lineages(), v.graph(),
                    v.links()));
        });
        app.get(API + "/quotes", ctx -> {
            Page<QuoteFamily> p = store.quotes(ctx.queryParam("speaker"), offset(ctx), limit(ctx));
            Set<String> ids = new LinkedHashSet<>();
            p.items().forEach(f -> f.variants().forEach(v -> ids.add(v.quote().article())));
            Map<String, Article> articles = byId(store.articles(ids));
            List<QuoteFamilyView> views = p.items().stream().map(f -> ViewBuilder.quoteFamily(f, articles)).toList();
            ctx.json(new PageView<>(views, p.offset(), p.limit(), p.total()));
        });
        app.get(API + "/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw ApiException.badRequest("missing query parameter 'q'");
            }
            Page<Article> p = store.search(q, offset(ctx), limit(ctx));
            ctx.json(new PageView<>(p.items().stream().map(ViewBuilder::summary).toList(), p.offset(), p.limit(), p.total()));
        });
    }

    private void postArticles(Context ctx) {
        if (ingest == null) {
            throw new ApiException(405, "read_only", "this server's store is read-only (another process holds"
                    + " the writer); POST articles there or restart without it");
        }
        List<Article> articles = records.parse(body(ctx));
        IncrementalIngest.Result r = ingest.ingest(articles);
        ctx.status(201).json(Map.of("added", r.added(), "replaced", r.replaced(),
                "ids", articles.stream().map(Article::id).toList()));
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
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private org.stemma.report.html.Views.ArticleView articleView(String id) {
        Article a = requireArticle(id);
        return ViewBuilder.article(a, store.storyOf(id).map(Story::id).orElse(null), store.quotesOf(List.of(id)));
    }

    private Article requireArticle(String id) {
        return store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    }

    private static Map<String, Article> byId(List<Article> articles) {
        Map<String, Article> m = new HashMap<>();
        articles.forEach(a -> m.put(a.id(), a));
        return m;
    }

    /** Summaries of the stored articles among {@code ids}, by id, read from their heads. */
    private Map<String, ArticleSummary> summaries(Collection<String> ids) {
        return summaries(store.headsInStoreOrder(ids));
    }

    private static Map<String, ArticleSummary> summaries(List<StemmaStore.Head> heads) {
        Map<String, ArticleSummary> out = new HashMap<>();
        for (StemmaStore.Head h : heads) {
            Article a = h.article();
            out.put(a.id(), new ArticleSummary(a.id(), a.outlet(), a.title(), a.published(), a.url(), h.textLength()));
        }
        return out;
    }

    /** Most members of a story returned by one {@code GET /stories/{id}}. */
    static final int STORY_PAGE = 1000;

    /** The story with only members {@code [from, from + size)} and their parts of its lineages. */
    private static Story page(Story s, int from, int size) {
        if (from == 0 && s.articles().size() <= size) {
            return s;
        }
        List<String> slice = s.articles().subList(from, Math.min(s.articles().size(), from + size));
        Set<String> in = new HashSet<>(slice);
        List<List<String>> lineages = new ArrayList<>();
        for (List<String> l : s.lineages()) {
            List<String> kept = l.stream().filter(in::contains).toList();
            if (!kept.isEmpty()) {
                lineages.add(kept);
            }
        }
        return new Story(s.id(), s.title(), slice, lineages, s.start(), s.end(), s.outlets());
    }

    private int offset(Context ctx) {
        return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    private int limit(Context ctx) {
        return intParam(ctx, "limit", Math.min(20, options.maxPageSize()), 1, options.maxPageSize());
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("query parameter '" + name + "' must be an integer in [" + min + ", " + max
                + "], found '" + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "'");
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.attribute("api-error", Boolean.TRUE);
        ctx.status(status).json(new ApiError(status, code, message));
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
