package org.stemma.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stemma.analysis.AnalysisConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point of the Spark job: {@code spark-submit stemma-spark.jar INPUT... --out DIR}, or
 * {@code ./stemma spark INPUT... --out DIR} in local mode.
 */
@Command(name = "stemma spark", mixinStandardHelpOptions = true,
        description = "Runs the Stemma pipeline as an Apache Spark job. Each stage is checkpointed "
                + "under --out; rerunning the same command resumes after the last complete stage.")
public final class SparkMain implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Input files or directories (any Hadoop-compatible path: file:, hdfs:, s3a:, ...).")
    List<String> inputs;

    @Option(names = "--out", required = true, description = "Output directory for the Parquet tables, checkpoints and report.")
    String out;

    @Option(names = "--format", defaultValue = "auto",
            description = "Input format: auto (by file extension), jsonl, parquet or warc. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--master", description = "Spark master when not launched by spark-submit, e.g. local[2]. "
            + "Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions of the article table (0 = Spark's choice).")
    int partitions;

    @Option(names = "--max-df", defaultValue = "0",
            description = "Word n-grams in more documents than this seed no pair (0 = the aligner's default).")
    int maxDf;

    @Option(names = "--no-embed",
            description = "Lexical signals only: skip the sentence-embedding model (as stemma analyze --no-embed).")
    boolean noEmbed;

    @Option(names = "--json-limit", defaultValue = "20000",
            description = "Also write the JSON report when there are at most this many articles. Default: ${DEFAULT-VALUE}.")
    int jsonLimit;

    /** The analysis of {@code stemma analyze} (its defaults), with this run's overrides. */
    static AnalysisConfig analysis(int maxDf, boolean noEmbed) {
        AnalysisConfig c = AnalysisConfig.defaults().withEmbed(!noEmbed);
        return maxDf > 0 ? c.withReuse(c.reuse().withMaxDf(maxDf)) : c;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() {
        JobConfig config;
        try {
            config = new JobConfig(inputs, format, out, partitions, analysis(maxDf, noEmbed), jsonLimit);
        } catch (IllegalArgumentException e) {
            System.err.println("stemma spark: " + e.getMessage());
            return 2;
        }
        try (SparkSession spark = SparkSessions.open(master); JobMetrics metrics = JobMetrics.start(spark)) {
            JobCounts counts = new StemmaJob(spark, config).run();
            System.err.println("stemma-spark: " + Summary.line(counts, metrics.snapshot()));
            return 0;
        } catch (JobException e) {
            System.err.println("stemma spark: " + e.getMessage());
            return 1;
        }
    }
}
