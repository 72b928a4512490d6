package org.stemma.eval.server;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;

/**
 * Incremental ingest into one growing story: {@code n} articles that all retell one event's text
 * (each a copy, a cut or an edit of a uniformly chosen earlier one, from one of 200 outlets, a
 * minute apart), ingested in batches; every batch lands in the same story, so a batch whose cost
 * followed the story's size would show here. Prints each batch's wall time and its ratio to the
 * first, the stage times, the heap after the batch, and the store's stories; then the peer: one
 * whole-corpus {@link Analyzer} run over the same articles, in the same JVM.
 *
 * <p>The text is constructed by our generator: the first article is an original of the
 * {@link CorpusGenerator} (a word chain trained on real article bodies); the rest derive from it.
 */
public final class StoryGrowthBenchmark {
    private StoryGrowthBenchmark() {
    }

    /** The corpus: {@code n} retellings of one original, in publication order. */
    public static List<Article> corpus(CorpusGenerator generator, int n, long seed) {
        Random random = new Random(seed);
        List<Article> originals = generator.generate(8, 0.0, seed).articles();
        String root = originals.stream().map(Article::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        List<String> texts = new ArrayList<>(n);
        List<Article> out = new ArrayList<>(n);
        Instant start = Instant.parse("2024-09-01T06:00:00Z");
        for (int k = 0; k < n; k++) {
            String text;
            if (k == 0) {
                text = root;
            } else {
                String source = texts.get(random.nextInt(k));
                String[] words = source.split(" ");
                text = switch (random.nextInt(3)) {
                    case 0 -> source; // a verbatim copy
                    case 1 -> String.join(" ", java.util.Arrays.copyOf(words,
                            Math.max(30, (int) (words.length * (0.6 + 0.35 * random.nextDouble())))));
                    default -> {
                        // an edit: one word in twenty-five dropped, one in forty replaced by another of the text
                        StringBuilder sb = new StringBuilder(source.length());
                        for (String w : words) {
                            double p = random.nextDouble();
                            if (p < 0.04) {
                                continue;
                            }
                            sb.append(sb.length() == 0 ? "" : " ").append(p < 0.065 ? words[random.nextInt(words.length)] : w);
                        }
                        yield sb.toString();
                    }
                };
            }
            texts.add(text);
            out.add(Article.builder(String.format("g%05d", k), text)
                    .outlet(String.format("outlet-%03d.example", random.nextInt(200)))
                    .published(start.plusSeconds(60L * k).toString()).build());
        }
        return out;
    }

    /** Ingests {@code articles} into a new store at {@code dir} in batches of {@code batch}, then runs the peer. */
    public static void run(List<Article> articles, Path dir, int batch, PrintStream out) {
        ReuseOptions reuse = ReuseOptions.defaults();
        Map<String, Long> stageNanos = new ConcurrentHashMap<>();
        BiConsumer<String, Long> timing = (stage, nanos) -> stageNanos.merge(stage, nanos, Long::sum);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        out.printf("corpus: %d articles retelling one event (constructed by our generator), %.1f MB of text; batches of %d%n",
                articles.size(), chars * 2 / 1e6, batch);
        double first = 0;
        double firstCpu = 0;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (StemmaStore store = StemmaStore.open(dir)) {
            IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.reuse(reuse, 50),
                    FingerprintKeys.reuse(reuse), reuse, null, timing);
            for (int i = 0; i < articles.size(); i += batch) {
                stageNanos.clear();
                long t = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                IncrementalIngest.Result r = ingest.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
                double s = (System.nanoTime() - t) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (i == 0) {
                    first = s;
                    firstCpu = cpu;
                }
                Story largest = store.stories(null, 0, 1).items().stream().findFirst().orElse(null);
                System.gc();
                out.printf("batch %d: %d articles in %.1f s wall (%.2fx the first), %.1f s CPU (%.2fx the first); %d analysed,"
                                + " %d new links; stories %d, largest %d articles; heap after GC %.0f MB; load %.1f; stage s: %s%n",
                        i / batch + 1, r.added() + r.replaced(), s, s / first, cpu, cpu / firstCpu, r.analysed(), r.links(),
                        store.storyCount(),
                        largest == null ? 0 : largest.articles().size(),
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6, os.getSystemLoadAverage(),
                        stages(stageNanos));
            }
        }
        long t = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        Analysis whole = new Analyzer(reuse, null).analyze(articles);
        double s = (System.nanoTime() - t) / 1e9;
        out.printf("peer: whole-corpus Analyzer over the same %d articles: %.1f s wall, %.1f s CPU; %d links, %d stories,"
                        + " largest %d articles, %d derivations%n", articles.size(), s, (os.getProcessCpuTime() - cpu0) / 1e9,
                whole.links().size(), whole.stories().size(),
                whole.stories().isEmpty() ? 0 : whole.stories().get(0).articles().size(), whole.provenance().size());
        out.printf("load average (1 min) at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String stages(Map<String, Long> nanos) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(nanos).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
                .append(String.format("%.1f", v / 1e9)));
        return sb.toString();
    }
}
