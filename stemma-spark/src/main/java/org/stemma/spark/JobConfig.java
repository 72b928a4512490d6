package org.stemma.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stemma.align.ReuseOptions;

/**
 * Everything that determines a Spark run's output. Saved as {@code config.properties} beside
 * the outputs; a rerun resumes only with an equal configuration.
 *
 * @param inputs     input paths (files or directories, any Hadoop-compatible URI)
 * @param format     {@code jsonl}, {@code parquet}, {@code warc} or {@code auto} (by extension)
 * @param out        output directory
 * @param partitions number of partitions for the article table (0 = Spark's choice)
 * @param maxDf      word n-grams found in more documents than this seed no pair (0 = the
 *                   aligner's default, {@link ReuseOptions#defaults()})
 * @param jsonLimit  write the JSON report only when there are at most this many articles
 */
public record JobConfig(List<String> inputs, String format, String out, int partitions,
                        int maxDf, int jsonLimit) {

    public JobConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        if (!List.of("auto", "jsonl", "parquet", "warc").contains(format)) {
            throw new IllegalArgumentException("unknown input format '" + format
                    + "' (expected auto, jsonl, parquet or warc)");
        }
    }

    /** The reuse parameters: the core defaults with this run's overrides. */
    public ReuseOptions reuseOptions() {
        ReuseOptions o = ReuseOptions.defaults();
        return maxDf > 0 ? o.withMaxDf(maxDf) : o;
    }

    /** The configuration as ordered key/value pairs, the form saved beside the outputs. */
    public Map<String, String> asProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("inputs", String.join("\n", inputs));
        m.put("format", format);
        m.put("partitions", Integer.toString(partitions));
        m.put("maxDf", Integer.toString(maxDf));
        m.put("jsonLimit", Integer.toString(jsonLimit));
        return m;
    }
}
