package org.stemma.eval.server;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.analysis.Analysis;
import org.stemma.story.EventSignals;
import org.stemma.story.StoryBuilder;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.server.ServerOptions;
import org.stemma.server.StemmaServer;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.Page;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;

/**
 * Store and server benchmark: (1) ingest rate of a generated corpus into a fresh store through
 * incremental ingest (fingerprints, stored candidates, then either the incremental analysis or the
 * Analyzer re-run over each batch and its matches; one commit per batch); (2) latency of {@code GET /stories/{id}} and
 * {@code GET /articles/{id}/links} under a closed-loop load of N concurrent loopback clients
 * for a fixed time, with the heap sampled throughout. Loopback only; every loop is bounded by
 * the deadline.
 */
public final class ServerBenchmark {
    private ServerBenchmark() {
    }

    /** Ingests {@code corpus} (in batches) into a new store at {@code dir}; prints the rate. */
    public static void ingest(Supplier<List<Article>> corpus, Path dir, int batch, String mode, int analysedCount,
                              PrintStream out) {
        boolean full = "full".equals(mode);
        boolean incremental = "incremental".equals(mode);
        ReuseOptions reuse = ReuseOptions.defaults();
        Map<String, Long> stageNanos = new ConcurrentHashMap<>();
        BiConsumer<String, Long> timing = (stage, nanos) -> stageNanos.merge(stage, nanos, Long::sum);
        Analyzer analyzer = new Analyzer(reuse, null);
        ReuseFinder finder = new ReuseFinder(reuse, null);
        // "links+stories": the pipeline's reuse and story stages only (no quotes, no provenance)
        Function<List<Article>, Analysis> analyse = full ? list -> analyzer.analyze(list, timing) : list -> {
            long t = System.nanoTime();
            List<Link> links = finder.find(list);
            timing.accept("links", System.nanoTime() - t);
            t = System.nanoTime();
            List<Story> stories = StoryBuilder.build(list, links, EventSignals.lexical());
            timing.accept("stories", System.nanoTime() - t);
            return new Analysis(list, links, stories, List.of(), List.of());
        };
        out.println("analysis per batch: " + (incremental ? "incremental (new pairs aligned; touched stories, quote families, provenance rebuilt; lexical)"
                : full ? "full Analyzer re-run over the batch, its candidates and their stories (lexical)" : "links and stories only"));
        try (StemmaStore store = StemmaStore.open(dir)) {
            IncrementalIngest ingest = incremental
                    ? new IncrementalIngest(store, CandidateSource.reuse(reuse, 50), FingerprintKeys.reuse(reuse), reuse, null, timing)
                    : new IncrementalIngest(store, CandidateSource.reuse(reuse, 50), FingerprintKeys.reuse(reuse), analyse);
            List<Article> articles = corpus.get();
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            out.printf("corpus: %d articles, %.1f MB of text%n", articles.size(), chars * 2 / 1e6);
            int pipelined = Math.min(articles.size(), Math.max(0, analysedCount));
            long t0 = System.nanoTime();
            long analysed = 0;
            for (int i = 0; i < pipelined; i += batch) {
                IncrementalIngest.Result r = ingest.ingest(articles.subList(i, Math.min(pipelined, i + batch)));
                analysed += r.analysed();
                int done = Math.min(pipelined, i + batch);
                if ((i / batch) % 5 == 4 || done == pipelined) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    out.printf("  %d articles stored in %.0f s (%.1f articles/s; %.2f articles analysed per new one; stage s: %s)%n",
                            done, s, done / s, analysed / (double) done, stages(stageNanos));
                }
            }
            if (pipelined > 0) {
                double s = (System.nanoTime() - t0) / 1e9;
                long c = articles.subList(0, pipelined).stream().mapToLong(a -> a.text().length()).sum();
                out.printf("ingest with analysis: %d articles in %.1f s = %.1f articles/s, %.2f MB/s; %d stories%n",
                        pipelined, s, pipelined / s, c * 2 / 1e6 / s, store.storyCount());
            }
            if (pipelined < articles.size()) {
                // the rest stored without analysis: articles and fingerprints only, one commit per batch
                FingerprintKeys keys = FingerprintKeys.reuse(reuse);
                long t1 = System.nanoTime();
                for (int i = pipelined; i < articles.size(); i += batch) {
                    List<Article> chunk = articles.subList(i, Math.min(articles.size(), i + batch));
                    Map<String, Fingerprint> fps = new java.util.HashMap<>();
                    chunk.forEach(a -> fps.put(a.id(), keys.of(a)));
                    store.putArticles(chunk, fps);
                    store.commit();
                }
                double s = (System.nanoTime() - t1) / 1e9;
                int n = articles.size() - pipelined;
                long c = articles.subList(pipelined, articles.size()).stream().mapToLong(a -> a.text().length()).sum();
                out.printf("ingest without analysis (articles + fingerprints): %d articles in %.1f s = %.1f articles/s, %.2f MB/s%n",
                        n, s, n / s, c * 2 / 1e6 / s);
            }
            out.printf("store holds %d articles, %d stories%n", store.articleCount(), store.storyCount());
        }
    }

    private static String stages(Map<String, Long> nanos) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(nanos).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
                .append(Math.round(v / 1e9)));
        return sb.toString();
    }

    /** Per-endpoint latencies of one load run. */
    private static final class Latencies {
        final long[] nanos;
        int n;

        Latencies(int capacity) {
            nanos = new long[capacity];
        }

        void add(long v) {
            if (n < nanos.length) {
                nanos[n++] = v;
            }
        }
    }

    /**
     * Serves the store at {@code dir} read-only on a loopback port and drives it with
     * {@code clients} closed-loop clients for {@code seconds}, half of the requests to
     * {@code /stories/{id}} and half to {@code /articles/{id}/links}, on random ids.
     */
    public static void load(Path dir, int clients, int seconds, long seed, PrintStream out) throws Exception {
        try (StemmaStore store = StemmaStore.openReadOnly(dir)) {
            List<String> storyIds = new ArrayList<>();
            for (int off = 0; off < store.storyCount() && storyIds.size() < 20_000; off += 1000) {
                Page<Story> p = store.stories(null, off, 1000);
                p.items().forEach(st -> storyIds.add(st.id()));
            }
            // articles of stories, so that links are asked of articles that have some, plus as many
            // random stored articles (most of which may have none)
            List<String> articleIds = new ArrayList<>();
            Random pick = new Random(seed);
            for (String sid : storyIds) {
                store.story(sid).ifPresent(st -> articleIds.add(st.articles().get(pick.nextInt(st.articles().size()))));
            }
            long total = store.articleCount();
            int linked = articleIds.size();
            for (int i = 0; i < linked && total > 0; i++) {
                store.articles((int) (pick.nextDouble() * total), 1).items().forEach(a -> articleIds.add(a.id()));
            }
            if (storyIds.isEmpty() || articleIds.isEmpty()) {
                throw new IllegalStateException("store " + dir + " has no stories or no articles to query");
            }
            try (StemmaServer server = new StemmaServer(store, null, ServerOptions.DEFAULTS).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                // warm-up: a few seconds, not measured
                run(http, base, storyIds, articleIds, clients, 5, seed + 1, null, null);
                System.gc();
                HeapSampler heap = new HeapSampler();
                heap.start();
                Latencies stories = new Latencies(4_000_000);
                Latencies links = new Latencies(4_000_000);
                long[] errors = run(http, base, storyIds, articleIds, clients, seconds, seed, stories, links);
                heap.stopSampling();
                out.printf("load: %d clients, %d s, loopback, %d stories / %d articles sampled; %d errors, %d non-200%n",
                        clients, seconds, storyIds.size(), articleIds.size(), errors[0], errors[1]);
                report(out, "GET /stories/{id}", stories, seconds);
                report(out, "GET /articles/{id}/links", links, seconds);
                out.printf("heap: max used %.0f MB during the run, %.0f MB old generation after the last GC, max heap %.0f MB%n",
                        heap.maxUsed / 1e6, heap.oldAfterGc() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
                System.gc();
                out.printf("heap used after a full GC at the end of the run (store open, server up): %.0f MB%n",
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
                out.printf("load average (1 min) at the end of the run: %.2f%n",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            peer(store, storyIds, articleIds, clients, seconds, seed, out);
        }
    }

    /**
     * The peer: the same clients and request mix against a trivial Javalin endpoint that returns
     * a document held in memory (the stored JSON of the story or article asked for, serialised
     * once beforehand), in the same JVM and run: what the framework and loopback cost alone.
     */
    private static void peer(StemmaStore store, List<String> storyIds, List<String> articleIds, int clients,
                             int seconds, long seed, PrintStream out) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, byte[]> docs = new java.util.HashMap<>();
        for (String id : storyIds) {
            Story s = store.story(id).orElseThrow();
            // a story summary-sized document: the first members of the story
            docs.put("s:" + id, json.writeValueAsBytes(Map.of("id", s.id(), "title", String.valueOf(s.title()),
                    "articles", s.articles().subList(0, Math.min(50, s.articles().size())))));
        }
        for (Article a : store.articles(articleIds)) {
            docs.put("a:" + a.id(), json.writeValueAsBytes(a));
        }
        io.javalin.Javalin app = io.javalin.Javalin.create(c -> c.showJavalinBanner = false);
        app.get("/api/v1/stories/{id}", ctx -> reply(ctx, docs.get("s:" + ctx.pathParam("id"))));
        app.get("/api/v1/articles/{id}/links", ctx -> reply(ctx, docs.get("a:" + ctx.pathParam("id"))));
        app.start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port() + "/api/v1";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            run(http, base, storyIds, articleIds, clients, 5, seed + 1, null, null);
            Latencies stories = new Latencies(4_000_000);
            Latencies links = new Latencies(4_000_000);
            long[] errors = run(http, base, storyIds, articleIds, clients, seconds, seed, stories, links);
            out.printf("peer (trivial Javalin endpoint, document from memory): %d clients, %d s; %d errors, %d non-200%n",
                    clients, seconds, errors[0], errors[1]);
            report(out, "peer /stories/{id}", stories, seconds);
            report(out, "peer /articles/{id}/links", links, seconds);
        } finally {
            app.stop();
        }
    }

    private static void reply(io.javalin.http.Context ctx, byte[] doc) {
        if (doc == null) {
            ctx.status(404);
        } else {
            ctx.contentType("application/json").result(doc);
        }
    }

    private static long[] run(HttpClient http, String base, List<String> storyIds, List<String> articleIds,
                              int clients, int seconds, long seed, Latencies stories, Latencies links)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong non200 = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Latencies[]> perThread = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(seed * 1000 + c);
            Latencies[] mine = {new Latencies(200_000), new Latencies(200_000)};
            perThread.add(mine);
            Thread t = new Thread(() -> {
                boolean story = r.nextBoolean();
                while (System.nanoTime() < deadline) {
                    story = !story;
                    String path = story
                            ? "/stories/" + enc(storyIds.get(r.nextInt(storyIds.size())))
                            : "/articles/" + enc(articleIds.get(r.nextInt(articleIds.size()))) + "/links";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        long dt = System.nanoTime() - t0;
                        if (resp.statusCode() != 200) {
                            non200.incrementAndGet();
                        } else {
                            mine[story ? 0 : 1].add(dt);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (stories != null) {
            for (Latencies[] l : perThread) {
                for (int i = 0; i < l[0].n; i++) {
                    stories.add(l[0].nanos[i]);
                }
                for (int i = 0; i < l[1].n; i++) {
                    links.add(l[1].nanos[i]);
                }
            }
        }
        return new long[] {errors.get(), non200.get()};
    }

    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void report(PrintStream out, String name, Latencies l, int seconds) {
        long[] v = Arrays.copyOf(l.nanos, l.n);
        Arrays.sort(v);
        if (v.length == 0) {
            out.printf("%-26s no successful request%n", name);
            return;
        }
        out.printf("%-26s %8d requests (%6.0f/s)  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.1f ms%n", name,
                v.length, v.length / (double) seconds, pct(v, 0.50), pct(v, 0.90), pct(v, 0.99), v[v.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }

    /** Samples heap use every 200 ms on a daemon thread. */
    private static final class HeapSampler extends Thread {
        volatile boolean running = true;
        volatile long maxUsed;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                maxUsed = Math.max(maxUsed, used);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long oldAfterGc() {
            long max = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
                        && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                    max = Math.max(max, pool.getCollectionUsage().getUsed());
                }
            }
            return max;
        }
    }
}
