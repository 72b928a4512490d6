package org.stemma.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stemma.fingerprint.CandidatePairs;
import org.stemma.fingerprint.NgramKeys;

/**
 * Candidate pairs from fingerprint keys by distributed joins, with exactly the semantics of
 * {@link CandidatePairs#generate} (so the Spark run and the embedded run align the same pairs):
 * exact-duplicate groups larger than the cluster limit collapse to a star from their first
 * document; LSH band buckets yield all their pairs, or a star when larger than the limit; word
 * n-grams found in 2..maxDf documents seed pairs, kept when a pair shares at least
 * minSharedNgrams of them ({@link NgramPairs}). Keys are compared on their top 40 bits, as in the core.
 *
 * <p>Input: the {@code fingerprints} table {@code (ord, content_hash, tokens, bands, ngrams)}.
 * Output: distinct pairs {@code (i, j, shared)}, {@code i < j}, article ordinals, with the rare
 * n-grams they share (0 for pairs found only as duplicates or near duplicates).
 *
 * <p>{@link #commonPhrases} finds the corpus's common phrases as the core's
 * {@code CandidatePairs.generate} does: n-grams whose documents fall in more than
 * {@code commonDf} groups of documents joined by strong pairs.
 */
final class CandidateJoin {

    /** The key bits the core compares (it packs a 24-bit document number below them). */
    private static final long KEY_MASK = NgramKeys.KEY_MASK;

    private CandidateJoin() {
    }

    /** Stars of exact-duplicate groups over the limit: {@code (i, j)}, i the group's first. */
    private static Dataset<Row> stars(Dataset<Row> fps, int clusterLimit) {
        Dataset<Row> nonEmpty = fps.filter(col("tokens").gt(0))
                .withColumn("k", col("content_hash").bitwiseAND(lit(KEY_MASK)));
        Dataset<Row> bigGroups = nonEmpty.groupBy("k")
                .agg(count(lit(1)).as("n"), min("ord").as("first"))
                .filter(col("n").gt(clusterLimit));
        return nonEmpty.join(bigGroups, "k")
                .filter(col("ord").notEqual(col("first")))
                .select(col("first").as("i"), col("ord").as("j"));
    }

    /** The fingerprints that take part in the other steps (collapsed duplicates left out). */
    private static Dataset<Row> active(Dataset<Row> fps, Dataset<Row> stars) {
        // Few documents leave (only groups over the cluster limit): broadcast them rather than
        // shuffle every fingerprint with its n-gram array.
        return fps.join(broadcast(stars.select(col("j").as("gone"))),
                fps.col("ord").equalTo(col("gone")), "left_anti");
    }

    private static int shares(SparkSession spark, Dataset<Row> fps) {
        return NgramPairs.shares(fps.count(),
                Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200")));
    }

    static Dataset<Row> pairs(SparkSession spark, Dataset<Row> fps, int maxDf, int minSharedNgrams, int clusterLimit) {
        // 1. Exact duplicates in groups over the limit: star from the group's first document.
        Dataset<Row> stars = stars(fps, clusterLimit);
        Dataset<Row> active = active(fps, stars);

        // 2. LSH buckets.
        Dataset<Row> bandKeys = active.select(col("ord"), explode(col("bands")).as("key"))
                .select(col("ord"), col("key").bitwiseAND(lit(KEY_MASK)).as("k"));
        Dataset<Row> buckets = bandKeys.groupBy("k")
                .agg(count(lit(1)).as("n"), min("ord").as("first"))
                .filter(col("n").gt(1));
        Dataset<Row> smallBuckets = bandKeys.join(buckets.filter(col("n").leq(clusterLimit)), "k")
                .select("k", "ord");
        Dataset<Row> lshAll = pairsWithin(smallBuckets);
        Dataset<Row> lshStars = bandKeys.join(buckets.filter(col("n").gt(clusterLimit)), "k")
                .filter(col("ord").notEqual(col("first")))
                .select(least(col("first"), col("ord")).as("i"), greatest(col("first"), col("ord")).as("j"));

        // 3. Rare n-grams: keys in 2..maxDf documents; pairs sharing enough of them. The bulk of
        // the job's rows (every n-gram of every article) travels as primitive arrays.
        Dataset<Row> ngramPairs = NgramPairs.pairs(spark, active.select("ord", "ngrams"), maxDf,
                minSharedNgrams, shares(spark, fps));

        return lshAll.union(lshStars).union(stars.select(
                        least(col("i"), col("j")).as("i"), greatest(col("i"), col("j")).as("j")))
                .withColumn("shared", lit(0))
                .union(ngramPairs)
                .groupBy("i", "j").agg(max("shared").as("shared"));
    }

    /**
     * The common phrases' 40-bit keys, sorted: n-grams of the active documents found in more
     * than {@code commonDf} groups, a group being the documents joined by {@code pairs} that
     * share at least {@link CandidatePairs#STRONG_SHARED} rare n-grams.
     */
    static long[] commonPhrases(SparkSession spark, Dataset<Row> fps, Dataset<Row> pairs, int clusterLimit, int commonDf) {
        Dataset<Row> active = active(fps, stars(fps, clusterLimit));
        Dataset<Row> frequent = NgramPairs.frequent(spark, active.select("ord", "ngrams"), commonDf, shares(spark, fps));
        Dataset<Row> strong = pairs.filter(col("shared").geq(CandidatePairs.STRONG_SHARED))
                .select(col("i").as("a"), col("j").as("b"));
        Dataset<Row> groups = ConnectedComponents.of(strong, 10_000);
        // A document without a strong pair is a group of its own (its own ordinal).
        Dataset<Row> docs = frequent.select(col("k"), explode(col("docs")).as("d"));
        return docs.join(groups, docs.col("d").equalTo(groups.col("id")), "left")
                .select(col("k"), coalesce(col("component"), col("d")).as("g"))
                .groupBy("k").agg(countDistinct("g").as("groups"))
                .filter(col("groups").gt(commonDf))
                .select("k").collectAsList().stream().mapToLong(r -> r.getLong(0)).sorted().toArray();
    }

    /** All pairs of distinct documents sharing a key, {@code i < j}, one row per shared key. */
    private static Dataset<Row> pairsWithin(Dataset<Row> keyed) {
        Dataset<Row> left = keyed.select(col("k"), col("ord").as("i"));
        Dataset<Row> right = keyed.select(col("k").as("k2"), col("ord").as("j"));
        return left.join(right, left.col("k").equalTo(right.col("k2")).and(left.col("i").lt(right.col("j"))))
                .select("i", "j");
    }
}
