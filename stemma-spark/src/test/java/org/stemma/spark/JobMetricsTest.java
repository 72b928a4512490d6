package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobMetricsTest {

    @Test
    void sumsTaskFiguresPerNamedStage(@TempDir Path dir) throws Exception {
        SparkSession spark = LocalSpark.session("local[2]");
        try (JobMetrics metrics = JobMetrics.start(spark)) {
            Stages stages = new Stages(spark, dir.resolve("out").toString());
            Dataset<Row> t = stages.run("numbers", () -> spark.range(0, 1000).toDF("n").repartition(4));
            assertThat(t.count()).isEqualTo(1000);
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
            List<String> lines = metrics.stageLines();
            // The stage's write (four shuffle partitions) is named; the count after it is not.
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("numbers ").contains("shuffle read"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("other "));
            assertThat(metrics.snapshot().tasks()).isGreaterThanOrEqualTo(4);
        } finally {
            spark.stop();
        }
    }
}
