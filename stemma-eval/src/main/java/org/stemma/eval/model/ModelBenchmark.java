package org.stemma.eval.model;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;

/**
 * What the sentence-embedding model costs in {@code analyze}: the {@link Analyzer} with the
 * model (the default) against the lexical peer ({@code --no-embed}) on the same articles in the
 * same JVM, alternating, each round with a fresh model cache. Prints process CPU and wall time
 * of each run, each stage's wall time, and per stage the texts the analysis asked the model for,
 * how many ran through it and how many came from its cache, and the time spent waiting for it.
 */
public final class ModelBenchmark {

    private ModelBenchmark() {
    }

    /** One run's figures. */
    record Run(double cpu, double wall, Map<String, Double> stages, Map<String, long[]> texts, Analysis analysis) {
    }

    /**
     * Runs {@code rounds} lexical/model pairs (after a lexical JIT warm-up) and prints them; with
     * {@code storeDirOrNull}, then ingests the articles into a new store there, lexically and with
     * the model, in batches of {@code batch}, and prints both ingest rates.
     */
    public static void run(List<Article> articles, AnalysisConfig config, int rounds, java.nio.file.Path storeDirOrNull,
                           int batch, PrintStream out) {
        run(articles, config, rounds, out);
        if (storeDirOrNull == null) {
            return;
        }
        for (int r = 1; r <= rounds; r++) {
            double lex = ingest(articles, config.withEmbed(false), null, storeDirOrNull.resolve("lexical-" + r), batch,
                    "round " + r + " store ingest, lexical (--no-embed)", out);
            MiniLmEmbedder model = new MiniLmEmbedder();
            double emb = ingest(articles, config.withEmbed(true), model, storeDirOrNull.resolve("model-" + r), batch,
                    "round " + r + " store ingest, with the model", out);
            out.printf(Locale.ROOT, "round %d: store ingest rate with the model / lexical = %.2f; load average %.2f%n",
                    r, emb / lex, load());
        }
    }

    /** Ingests into a new store in {@code dir}; prints and returns the rate in articles per second. */
    private static double ingest(List<Article> articles, AnalysisConfig config, MiniLmEmbedder model,
                                 java.nio.file.Path dir, int batch, String title, PrintStream out) {
        System.gc();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        try (org.stemma.store.StemmaStore store = org.stemma.store.StemmaStore.open(dir)) {
            org.stemma.store.IncrementalIngest ingest = org.stemma.store.IncrementalIngest.of(store, config, model,
                    org.stemma.store.IncrementalIngest.DEFAULT_CANDIDATES);
            for (int from = 0; from < articles.size(); from += batch) {
                ingest.ingest(articles.subList(from, Math.min(articles.size(), from + batch)));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "%s: %d articles in %.1f s = %.1f articles/s (%.1f per CPU-second); CPU %.1f s; "
                            + "%d stories%s%n", title, articles.size(), wall, articles.size() / wall,
                    articles.size() / cpu, cpu, store.storyCount(),
                    model == null ? "" : String.format(Locale.ROOT, "; %d texts through the model, %d from its cache",
                            model.modelCalls(), model.cacheHits()));
            return articles.size() / wall;
        }
    }

    /** Runs {@code rounds} lexical/model pairs (after a lexical JIT warm-up) and prints them. */
    public static void run(List<Article> articles, AnalysisConfig config, int rounds, PrintStream out) {
        out.printf(Locale.ROOT, "model benchmark: %d articles, %d cores visible, max heap %d MB, load average %.2f%n",
                articles.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, load());
        new Analyzer(config.withEmbed(false), null).analyze(articles.subList(0, Math.min(300, articles.size())));
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Run lex = run(articles, config.withEmbed(false), null);
            print(out, "round " + r + " lexical (--no-embed)", lex, null);
            MiniLmEmbedder model = new MiniLmEmbedder();
            Run emb = run(articles, config.withEmbed(true), model);
            print(out, "round " + r + " with the model", emb, model);
            double ratio = emb.cpu() / lex.cpu();
            ratios.add(ratio);
            out.printf(Locale.ROOT, "round %d: model/lexical CPU time = %.2fx (wall %.2fx); load average %.2f%n",
                    r, ratio, emb.wall() / lex.wall(), load());
        }
        out.printf(Locale.ROOT, "CPU ratio per round: %s%n", ratios.stream()
                .map(x -> String.format(Locale.ROOT, "%.2fx", x)).toList());
    }

    private static Run run(List<Article> articles, AnalysisConfig config, MiniLmEmbedder model) {
        System.gc();
        CountingEmbedder counting = model == null ? null : new CountingEmbedder(model);
        Stages perStage = model == null ? null : new Stages(counting, model);
        Map<String, Double> stages = new LinkedHashMap<>();
        Map<String, long[]> texts = new LinkedHashMap<>();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        Analysis a = new Analyzer(config, counting).analyze(articles, (stage, nanos) -> {
            stages.put(stage, nanos / 1e9);
            if (counting != null) {
                texts.put(stage, perStage.close());
            }
        });
        return new Run((cpuNanos() - cpu0) / 1e9, (System.nanoTime() - t0) / 1e9, stages, texts, a);
    }

    private static void print(PrintStream out, String title, Run r, MiniLmEmbedder model) {
        StringBuilder s = new StringBuilder();
        r.stages().forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.1f s;", k, v)));
        Analysis a = r.analysis();
        out.printf(Locale.ROOT, "%s: CPU %.1f s, wall %.1f s;%s %d links, %d stories, %d derivations, "
                        + "%d quote families%n", title, r.cpu(), r.wall(), s, a.links().size(), a.stories().size(),
                a.provenance().size(), a.quotes().size());
        if (model == null) {
            return;
        }
        long asked = 0;
        long ran = 0;
        for (Map.Entry<String, long[]> e : r.texts().entrySet()) {
            long[] c = e.getValue();
            asked += c[0];
            ran += c[1];
            out.printf(Locale.ROOT, "  %-10s texts asked %d, run through the model %d, from its cache %d; "
                    + "waiting for the model %.1f s%n", e.getKey(), c[0], c[1], c[2], c[3] / 1e9);
        }
        int n = a.articles().size();
        out.printf(Locale.ROOT, "  per article: %.2f texts asked, %.2f embedded; vectors cached at the end %d%n",
                asked / (double) n, ran / (double) n, model.cachedVectors());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Per stage: texts asked, run through the model, from its cache, and the time waiting for it. */
    private static final class Stages {
        private final CountingEmbedder counting;
        private final MiniLmEmbedder model;
        private long asked0;
        private long nanos0;
        private long calls0;
        private long hits0;

        Stages(CountingEmbedder counting, MiniLmEmbedder model) {
            this.counting = counting;
            this.model = model;
        }

        /** {asked, model calls, cache hits, nanos} since the last close. */
        long[] close() {
            long[] c = {counting.texts() - asked0, model.modelCalls() - calls0, model.cacheHits() - hits0,
                counting.nanos() - nanos0};
            asked0 = counting.texts();
            nanos0 = counting.nanos();
            calls0 = model.modelCalls();
            hits0 = model.cacheHits();
            return c;
        }
    }
}
