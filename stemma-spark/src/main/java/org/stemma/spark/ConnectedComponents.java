package org.stemma.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as an edge table, by min-label
 * propagation: every vertex starts labelled with its own id and repeatedly takes the smallest
 * label among itself and its neighbours until nothing changes. Each round is one join and one
 * aggregation, so the number of rounds is the largest component's diameter, which for
 * lineages of copies is small. Lineage is truncated every round so long runs do not build an
 * ever-growing query plan.
 */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * @param edges    rows with string columns {@code a} and {@code b}
     * @param maxRounds a bound on the rounds; reaching it is an error, not a silent cut
     * @return rows {@code (id, component)} for every vertex that has an edge; the component is
     *         the smallest id in it
     */
    public static Dataset<Row> of(Dataset<Row> edges, int maxRounds) {
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")))
                .distinct()
                .localCheckpoint();
        Dataset<Row> labels = both.groupBy(col("src").as("id"))
                .agg(least(col("src"), min(col("dst"))).as("component"))
                .groupBy("id").agg(min("component").as("component"))
                .localCheckpoint();
        for (int round = 0; round < maxRounds; round++) {
            Dataset<Row> proposed = both.join(labels, both.col("dst").equalTo(labels.col("id")))
                    .groupBy(both.col("src").as("id"))
                    .agg(min(labels.col("component")).as("offer"));
            Dataset<Row> next = labels.join(proposed, "id")
                    .select(col("id"), least(col("component"), col("offer")).as("component"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("component", "old"), "id")
                    .filter(col("component").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                return labels;
            }
        }
        throw new IllegalStateException("connected components did not converge in " + maxRounds
                + " rounds");
    }
}
