package org.stemma.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stemma.analysis.AnalysisConfig;

/**
 * Everything that determines a Spark run's output. Saved as {@code config.properties} beside
 * the outputs; a rerun resumes only with an equal configuration.
 *
 * @param inputs     input paths (files or directories, any Hadoop-compatible URI)
 * @param format     {@code jsonl}, {@code parquet}, {@code warc} or {@code auto} (by extension)
 * @param out        output directory
 * @param partitions number of partitions for the article table (0 = Spark's choice)
 * @param analysis   what the analysis uses: the same {@link AnalysisConfig} as {@code stemma
 *                   analyze} and the store (its defaults are theirs)
 * @param jsonLimit  write the JSON report only when there are at most this many articles
 */
public record JobConfig(List<String> inputs, String format, String out, int partitions,
                        AnalysisConfig analysis, int jsonLimit) {

    public JobConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(analysis, "analysis");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        if (!List.of("auto", "jsonl", "parquet", "warc").contains(format)) {
            throw new IllegalArgumentException("unknown input format '" + format
                    + "' (expected auto, jsonl, parquet or warc)");
        }
    }

    /** The configuration as ordered key/value pairs, the form saved beside the outputs. */
    public Map<String, String> asProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("inputs", String.join("\n", inputs));
        m.put("format", format);
        m.put("partitions", Integer.toString(partitions));
        m.put("jsonLimit", Integer.toString(jsonLimit));
        analysis.asProperties().forEach((k, v) -> m.put("analysis." + k, v));
        return m;
    }
}
