package org.stemma.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.ingest.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemma bench spark}: runs the Spark job on a generated corpus ({@code stemma bench
 * corpus}), prints its throughput, shuffle bytes, peak heap and the recall of the injected reuse
 * found in its {@code links} table; with {@code --embedded}, then runs the embedded
 * {@link Analyzer} with the same configuration on the same articles in the same JVM (after the Spark session is closed) and
 * prints the same figures and the ratio of the two.
 */
@Command(name = "stemma bench spark", mixinStandardHelpOptions = true,
        description = "Benchmark the Spark job on a generated corpus: articles/s, CPU time, shuffle bytes, "
                + "peak heap, recall of injected reuse; --embedded compares with the embedded analyzer.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--corpus", required = true,
            description = "Directory written by `stemma bench corpus` (part-*.jsonl and injected.tsv).")
    Path corpus;

    @Option(names = "--out", required = true, description = "Output directory of the job; must not exist yet.")
    String out;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master. Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(names = "--embedded", description = "Also run the embedded analyzer (same configuration) on the same corpus.")
    boolean embedded;

    @Option(names = "--no-embed", description = "Lexical signals only, in both runs (as stemma analyze --no-embed).")
    boolean noEmbed;

    @Option(names = "--embedded-only", description = "Run only the embedded analyzer (no Spark).")
    boolean embeddedOnly;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() {
        PrintStream o = System.out;
        InjectedReuse truth;
        List<String> parts;
        try {
            truth = InjectedReuse.read(corpus);
            try (Stream<Path> s = Files.list(corpus)) {
                parts = s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.jsonl(\\.gz)?"))
                        .sorted().map(Path::toString).toList();
            }
        } catch (IOException e) {
            System.err.println("stemma bench spark: " + e.getMessage());
            return 2;
        }
        if (parts.isEmpty()) {
            System.err.println("stemma bench spark: no part-*.jsonl files in " + corpus);
            return 2;
        }
        long bytes = 0;
        for (String p : parts) {
            bytes += Path.of(p).toFile().length();
        }
        o.printf(Locale.ROOT, "corpus %s: %d part files, %.1f MB of JSONL, %d injected derivations; "
                        + "%d cores visible, max heap %s, load average %.2f%n", corpus, parts.size(), bytes / 1e6,
                truth.size(), Runtime.getRuntime().availableProcessors(),
                Summary.bytes(Runtime.getRuntime().maxMemory()), JobMetrics.loadAverage());
        double sparkSeconds = 0;
        if (!embeddedOnly) {
            if (Path.of(out).toFile().exists()) {
                System.err.println("stemma bench spark: " + out + " exists; a benchmark needs a fresh --out "
                        + "(the job would resume from its checkpoints)");
                return 2;
            }
            JobConfig config = new JobConfig(parts, "jsonl", out, 0, SparkMain.analysis(0, noEmbed), 0);
            try (SparkSession spark = SparkSessions.open(master); JobMetrics metrics = JobMetrics.start(spark)) {
                o.printf("spark: master %s, shuffle partitions %s%n", master,
                        spark.conf().get("spark.sql.shuffle.partitions"));
                JobCounts counts = new StemmaJob(spark, config).run();
                JobMetrics.Snapshot m = metrics.snapshot();
                sparkSeconds = m.wallSeconds();
                o.println("spark " + Summary.line(counts, m));
                for (String line : metrics.stageLines()) {
                    o.println("spark stage " + line);
                }
                o.printf(Locale.ROOT, "spark: %.1f articles per CPU-second (JVM CPU), %.2f cores busy on average%n",
                        counts.articles() / m.cpuSeconds(), m.cpuSeconds() / m.wallSeconds());
                List<String[]> links = new ArrayList<>();
                for (Row r : spark.read().parquet(new org.apache.hadoop.fs.Path(out, "links").toString())
                        .select("a", "b").collectAsList()) {
                    links.add(new String[] {r.getString(0), r.getString(1)});
                }
                truth.recall(links).print("spark", o);
            } catch (JobException e) {
                System.err.println("stemma bench spark: " + e.getMessage());
                return 1;
            }
        }
        if (embedded || embeddedOnly) {
            embedded(parts, truth, sparkSeconds, SparkMain.analysis(0, noEmbed), o);
        }
        return 0;
    }

    /** The embedded lexical analyzer on the same articles, ordered by id as the job orders them. */
    private static void embedded(List<String> parts, InjectedReuse truth, double sparkSeconds, AnalysisConfig config,
                                 PrintStream o) {
        System.gc();
        long r0 = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        new Ingestor().read(parts.stream().map(Path::of).toList(), articles::add,
                p -> System.err.println("stemma bench spark: " + p.describe()));
        articles.sort(Comparator.comparing(Article::id));
        double readSecs = (System.nanoTime() - r0) / 1e9;
        JobMetrics.HeapSampler heap = new JobMetrics.HeapSampler();
        heap.start();
        long cpu0 = JobMetrics.processCpuNanos();
        long t0 = System.nanoTime();
        StringBuilder stages = new StringBuilder();
        Analysis a = new Analyzer(config, MiniLmEmbedder.forConfig(config)).analyze(articles, (stage, nanos) ->
                stages.append(String.format(Locale.ROOT, " %s %.1f s;", stage, nanos / 1e9)));
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (JobMetrics.processCpuNanos() - cpu0) / 1e9;
        long peak = heap.peak();
        heap.interrupt();
        o.printf(Locale.ROOT, "embedded: %d articles read in %.1f s (not timed below), analysed in %.1f s = %.1f articles/s;"
                        + "%s CPU %.1f s (JVM), load average %.2f; peak heap %s (sampled, includes the articles); "
                        + "%d links, %d stories, %d derivations, %d quote families%n",
                articles.size(), readSecs, secs, articles.size() / secs, stages, cpu, JobMetrics.loadAverage(),
                Summary.bytes(peak), a.links().size(), a.stories().size(), a.provenance().size(),
                a.quotes().size());
        List<String[]> links = new ArrayList<>();
        for (Link l : a.links()) {
            links.add(new String[] {l.a(), l.b()});
        }
        truth.recall(links).print("embedded", o);
        if (sparkSeconds > 0) {
            o.printf(Locale.ROOT, "spark wall time / embedded wall time = %.2f (%.2f counting the embedded "
                    + "run's reading)%n", sparkSeconds / secs, sparkSeconds / (secs + readSecs));
        }
    }
}
