package org.stemma.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.article.Article;
import org.stemma.furniture.Furniture;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.furniture.Sites;
import org.stemma.furniture.VoteTally;

/**
 * Corpus furniture on Spark, the same as {@link FurnitureFinder#learn} on the whole corpus:
 * each article's sentence n-grams are counted per key and per (key, site) to find the frequent
 * ones; each article then votes on them (the frequent keys, and those on few pages of one site, broadcast); the keys voted furniture
 * are broadcast and every article is cleaned with them. Input and output: the ordered
 * {@code articles} table.
 */
final class FurnitureStage {

    private static final StructType KEYS = new StructType()
            .add("k", DataTypes.LongType, false).add("site", DataTypes.StringType, false);
    private static final StructType VOTES = new StructType()
            .add("k", DataTypes.LongType, false).add("votes", DataTypes.IntegerType, false)
            .add("yes", DataTypes.IntegerType, false).add("outside", DataTypes.IntegerType, false)
            .add("min_start", DataTypes.IntegerType, false).add("max_start", DataTypes.IntegerType, false)
            .add("min_end", DataTypes.IntegerType, false).add("max_end", DataTypes.IntegerType, false);

    private FurnitureStage() {
    }

    static Dataset<Row> clean(SparkSession spark, Dataset<Row> articles, FurnitureParams p) {
        if (!p.enabled()) {
            return articles;
        }
        StructType schema = articles.schema();
        int ord = schema.fieldIndex("ord");
        Dataset<Row> keys = articles.flatMap((FlatMapFunction<Row, Row>) r -> {
            Article a = ArticleRows.fromRow(r);
            String site = Sites.of(a);
            String s = site == null ? "#" + r.getInt(ord) : site; // no site: a site of its own
            List<Row> out = new ArrayList<>();
            for (long k : FurnitureFinder.keys(a, p)) {
                out.add(RowFactory.create(k, s));
            }
            return out.iterator();
        }, Encoders.row(KEYS));
        Dataset<Row> perSite = keys.groupBy("k", "site").agg(count(lit(1)).as("n"));
        // Only the frequent keys reach the driver (the same rule as FurnitureFinder.isFrequent).
        List<Row> frequentRows = perSite.groupBy("k").agg(sum("n").as("df"), max("n").as("site_max"))
                .filter(col("df").geq(p.minDocs()).or(lit(p.minSiteDocs() > 0).and(col("site_max").geq(p.minSiteDocs()))))
                .collectAsList();
        long[] frequent = frequentRows.stream()
                .filter(r -> FurnitureFinder.isFrequent((int) r.getLong(1), (int) r.getLong(2), p))
                .mapToLong(r -> r.getLong(0)).sorted().toArray();
        if (frequent.length == 0) {
            return articles;
        }
        long[] fewPages = frequentRows.stream()
                .filter(r -> FurnitureFinder.isFrequent((int) r.getLong(1), (int) r.getLong(2), p)
                        && FurnitureFinder.isFewPages((int) r.getLong(1), (int) r.getLong(2), p))
                .mapToLong(r -> r.getLong(0)).sorted().toArray();
        Broadcast<long[]> freq = spark.sparkContext().broadcast(frequent,
                scala.reflect.ClassTag$.MODULE$.apply(long[].class));
        Broadcast<long[]> few = spark.sparkContext().broadcast(fewPages,
                scala.reflect.ClassTag$.MODULE$.apply(long[].class));
        Dataset<Row> votes = articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            long[] f = freq.value();
            long[] fp = few.value();
            Map<Long, VoteTally> tally = new HashMap<>();
            while (rows.hasNext()) {
                FurnitureFinder.votes(ArticleRows.fromRow(rows.next()), p, k -> Arrays.binarySearch(f, k) >= 0,
                        k -> Arrays.binarySearch(fp, k) >= 0, (k, yes, fromStart, fromEnd) ->
                                tally.computeIfAbsent(k, x -> new VoteTally()).add(yes, fromStart, fromEnd));
            }
            List<Row> out = new ArrayList<>(tally.size());
            tally.forEach((k, t) -> out.add(RowFactory.create(k, t.votes(), t.yes(), t.outside(), t.minStart(),
                    t.maxStart(), t.minEnd(), t.maxEnd())));
            return out.iterator();
        }, Encoders.row(VOTES));
        // Sums and bounds per key: the same tally as one pass over every article.
        long[] furniture = votes.groupBy("k").agg(sum("votes"), sum("yes"), sum("outside"), min("min_start"),
                max("max_start"), min("min_end"), max("max_end")).collectAsList().stream()
                .filter(r -> new VoteTally((int) r.getLong(1), (int) r.getLong(2), (int) r.getLong(3), r.getInt(4),
                        r.getInt(5), r.getInt(6), r.getInt(7)).isFurniture(Arrays.binarySearch(fewPages, r.getLong(0)) >= 0))
                .mapToLong(r -> r.getLong(0)).toArray();
        if (furniture.length == 0) {
            return articles;
        }
        Broadcast<long[]> furn = spark.sparkContext().broadcast(furniture,
                scala.reflect.ClassTag$.MODULE$.apply(long[].class));
        return articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            Furniture f = Furniture.of(p, furn.value());
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                Row cleaned = ArticleRows.toRow(f.clean(ArticleRows.fromRow(r)));
                Object[] v = new Object[r.size()];
                for (int i = 0; i < cleaned.size(); i++) {
                    v[i] = cleaned.get(i);
                }
                v[ord] = r.getInt(ord);
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        }, Encoders.row(schema));
    }
}
