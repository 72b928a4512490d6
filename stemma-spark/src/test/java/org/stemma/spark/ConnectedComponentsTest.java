package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final StructType EDGES = new StructType()
            .add("a", DataTypes.StringType).add("b", DataTypes.StringType);

    @Test
    void chainsAndStarsCollapseToTheirSmallestId() {
        List<Row> rows = List.of(RowFactory.create("d", "c"), RowFactory.create("c", "b"),
                RowFactory.create("b", "a"), RowFactory.create("x", "y"), RowFactory.create("z", "y"));
        Map<String, String> cc = collect(ConnectedComponents.of(spark.createDataFrame(rows, EDGES), 50));
        assertThat(cc).containsEntry("a", "a").containsEntry("d", "a").containsEntry("c", "a")
                .containsEntry("z", "x").containsEntry("y", "x").hasSize(7);
    }

    @Test
    void agreesWithUnionFindOnARandomGraph() {
        Random r = new Random(7);
        List<Row> rows = new ArrayList<>();
        int[] parent = new int[300];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int e = 0; e < 260; e++) {
            int u = r.nextInt(300), v = r.nextInt(300);
            rows.add(RowFactory.create(String.format("v%03d", u), String.format("v%03d", v)));
            parent[find(parent, u)] = find(parent, v);
        }
        Map<String, String> cc = collect(ConnectedComponents.of(spark.createDataFrame(rows, EDGES), 300));
        Map<Integer, String> minOfRoot = new HashMap<>();
        for (String id : cc.keySet()) {
            int root = find(parent, Integer.parseInt(id.substring(1)));
            minOfRoot.merge(root, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        for (Map.Entry<String, String> e : cc.entrySet()) {
            assertThat(e.getValue()).isEqualTo(minOfRoot.get(find(parent, Integer.parseInt(e.getKey().substring(1)))));
        }
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) x = p[x] = p[p[x]];
        return x;
    }

    private static Map<String, String> collect(Dataset<Row> labels) {
        Map<String, String> m = new HashMap<>();
        for (Row row : labels.collectAsList()) m.put(row.getString(0), row.getString(1));
        return m;
    }
}
