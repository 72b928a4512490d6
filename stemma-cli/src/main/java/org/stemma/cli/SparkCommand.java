package org.stemma.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Points to the Spark job. Spark is not on this jar's class path (it would triple its size), so
 * the {@code ./stemma} launcher runs {@code ./stemma spark ...} with Spark's jars itself, and
 * clusters run the {@code stemma-spark.jar} with spark-submit.
 */
@Command(name = "spark", description = "Run the pipeline as an Apache Spark job (see docs/spark.md).")
public final class SparkCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("stemma spark runs through the launcher with Spark's own jars:");
        System.err.println("  ./stemma spark INPUT... --out DIR [--master local[2]]");
        System.err.println("or on a cluster:");
        System.err.println("  spark-submit --class org.stemma.spark.SparkMain stemma-spark/target/stemma-spark.jar INPUT... --out DIR");
        System.err.println("See docs/spark.md.");
        return 2;
    }
}
