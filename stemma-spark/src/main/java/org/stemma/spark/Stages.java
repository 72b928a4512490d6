package org.stemma.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Named, checkpointed stages under one output directory (any Hadoop-compatible path). A stage
 * that completed in an earlier run is read back from its Parquet table instead of recomputed;
 * a stage is complete only once its marker {@code _stages/NAME.done} exists, which is written
 * after its table, so a run killed mid-stage recomputes that stage and nothing before it.
 */
final class Stages {

    private final SparkSession spark;
    private final String out;
    private final FileSystem fs;

    Stages(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out;
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            this.fs = new Path(out).getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + out + ": " + e.getMessage(), e);
        }
    }

    /** Runs (or resumes) stage {@code name}: its table, read back from Parquet. */
    Dataset<Row> run(String name, Supplier<Dataset<Row>> compute) {
        if (!done(name)) {
            long t0 = System.nanoTime();
            long cpu0 = JobMetrics.processCpuNanos();
            long gc0 = JobMetrics.gcMillis();
            // Tasks of this stage's jobs carry its name (JobMetrics sums their CPU per stage).
            spark.sparkContext().setLocalProperty(JobMetrics.STAGE_PROPERTY, name);
            try {
                compute.get().write().mode(SaveMode.Overwrite).parquet(table(name));
            } finally {
                spark.sparkContext().setLocalProperty(JobMetrics.STAGE_PROPERTY, null);
            }
            mark(name);
            System.err.printf(java.util.Locale.ROOT, "stemma-spark: stage %s done in %.1f s (CPU %.1f s, GC %.1f s)%n",
                    name, (System.nanoTime() - t0) / 1e9, (JobMetrics.processCpuNanos() - cpu0) / 1e9,
                    (JobMetrics.gcMillis() - gc0) / 1e3);
        } else {
            System.err.printf("stemma-spark: stage %s complete in an earlier run; reusing it%n", name);
        }
        return spark.read().parquet(table(name));
    }

    /** Runs (or resumes) a stage whose result is a set of keys: they are kept as a table too. */
    long[] runKeys(String name, Supplier<long[]> compute) {
        StructType schema = new StructType().add("k", DataTypes.LongType, false);
        Dataset<Row> table = run(name, () -> {
            List<Row> rows = new ArrayList<>();
            for (long k : compute.get()) {
                rows.add(RowFactory.create(k));
            }
            return spark.createDataFrame(rows, schema).coalesce(1);
        });
        return table.collectAsList().stream().mapToLong(r -> r.getLong(0)).sorted().toArray();
    }

    boolean done(String name) {
        try {
            return fs.exists(marker(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String table(String name) {
        return new Path(out, name).toString();
    }

    FileSystem fs() {
        return fs;
    }

    String out() {
        return out;
    }

    private Path marker(String name) {
        return new Path(new Path(out, "_stages"), name + ".done");
    }

    private void mark(String name) {
        try (var o = fs.create(marker(name), true)) {
            o.write(Long.toString(System.currentTimeMillis()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stage marker for " + name, e);
        }
    }
}
