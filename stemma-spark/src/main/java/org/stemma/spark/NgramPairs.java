package org.stemma.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.fingerprint.CandidatePairs;
import scala.Tuple2;

/**
 * The rare n-gram step of candidate generation ({@link CandidatePairs#ngramSeeds}) as two
 * shuffles of primitive arrays: the (n-gram, document) rows go to the share of their key, one
 * {@code long[]}/{@code int[]} block per input partition and share, where the core finds the
 * seeded pairs; the counted pairs then go to the share of the pair and are summed. A row
 * costs 12 bytes in the shuffle, where a (key, ord) table row costs about 28 and the
 * group-then-join plan shuffles every row twice: at a million articles (800 million n-gram rows)
 * that plan wrote more than 30 GB to local disk.
 */
final class NgramPairs {

    static final StructType PAIRS = new StructType()
            .add("i", DataTypes.IntegerType, false).add("j", DataTypes.IntegerType, false)
            .add("shared", DataTypes.IntegerType, false);
    static final StructType FREQUENT = new StructType()
            .add("k", DataTypes.LongType, false)
            .add("docs", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

    /** Documents per share of the keys: about 800 n-grams each, so a share sorts a few million rows. */
    static final int DOCUMENTS_PER_SHARE = 5_000;

    private NgramPairs() {
    }

    /** Shares for {@code documents} documents: at least {@code minShares}. */
    static int shares(long documents, int minShares) {
        return (int) Math.max(Math.max(1, minShares), (documents + DOCUMENTS_PER_SHARE - 1) / DOCUMENTS_PER_SHARE);
    }

    /**
     * Pairs {@code (i, j, shared)}, {@code i < j}, sharing {@code shared >= minShared} n-grams
     * found in 2..maxDf documents.
     *
     * @param grams rows {@code (ord int, ngrams array<bigint>)}
     */
    static Dataset<Row> pairs(SparkSession spark, Dataset<Row> grams, int maxDf, int minShared, int shares) {
        JavaPairRDD<Integer, Tuple2<long[], int[]>> byKey = byShare(grams, shares);
        HashPartitioner partitioner = new HashPartitioner(shares);
        JavaPairRDD<Integer, Tuple2<long[], int[]>> seeds = byKey.groupByKey(partitioner).flatMapToPair(t -> {
            Block all = Block.concat(t._2());
            CandidatePairs.Seeds s = CandidatePairs.ngramSeeds(all.keys, all.values, all.size, maxDf);
            // Pairs go on to the share of the pair, still sorted within each block.
            Block[] out = new Block[shares];
            for (int x = 0; x < s.pairs().length; x++) {
                int to = share(s.pairs()[x], shares);
                if (out[to] == null) {
                    out[to] = new Block();
                }
                out[to].add(s.pairs()[x], s.counts()[x]);
            }
            return emit(out);
        });
        JavaRDD<Row> pairs = seeds.groupByKey(partitioner).flatMap(t -> {
            List<CandidatePairs.Seeds> runs = new ArrayList<>();
            for (Tuple2<long[], int[]> b : t._2()) {
                runs.add(new CandidatePairs.Seeds(b._1(), b._2()));
            }
            CandidatePairs.Seeds merged = CandidatePairs.merge(runs);
            List<Row> kept = new ArrayList<>();
            for (int x = 0; x < merged.pairs().length; x++) {
                if (merged.counts()[x] >= minShared) {
                    long p = merged.pairs()[x];
                    kept.add(RowFactory.create((int) (p >>> 32), (int) p, merged.counts()[x]));
                }
            }
            return kept.iterator();
        });
        return spark.createDataFrame(pairs, PAIRS);
    }

    /**
     * The n-grams found in more than {@code commonDf} documents, each with its documents
     * ({@link CandidatePairs#frequentNgrams}): rows {@code (k, docs)}.
     */
    static Dataset<Row> frequent(SparkSession spark, Dataset<Row> grams, int commonDf, int shares) {
        JavaRDD<Row> rows = byShare(grams, shares).groupByKey(new HashPartitioner(shares)).flatMap(t -> {
            Block all = Block.concat(t._2());
            List<Row> out = new ArrayList<>();
            CandidatePairs.frequentNgrams(all.keys, all.values, all.size, commonDf,
                    (k, docs) -> out.add(RowFactory.create(k, docs)));
            return out.iterator();
        });
        return spark.createDataFrame(rows, FREQUENT);
    }

    /** The (n-gram, document) rows as blocks, keyed by the share of their key. */
    private static JavaPairRDD<Integer, Tuple2<long[], int[]>> byShare(Dataset<Row> grams, int shares) {
        return grams.javaRDD().mapPartitionsToPair(it -> {
            Block[] blocks = new Block[shares];
            while (it.hasNext()) {
                Row r = it.next();
                int ord = r.getInt(0);
                List<Long> ks = r.getList(1);
                for (Long k : ks) {
                    int s = share(k >>> 24, shares);
                    if (blocks[s] == null) {
                        blocks[s] = new Block();
                    }
                    blocks[s].add(k, ord);
                }
            }
            return emit(blocks);
        });
    }

    /** The share of a value: a mix of its bits, so that clustered keys and pairs spread evenly. */
    static int share(long v, int shares) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(h ^ (h >>> 29), (long) shares);
    }

    private static Iterator<Tuple2<Integer, Tuple2<long[], int[]>>> emit(Block[] blocks) {
        List<Tuple2<Integer, Tuple2<long[], int[]>>> out = new ArrayList<>();
        for (int s = 0; s < blocks.length; s++) {
            if (blocks[s] != null) {
                out.add(new Tuple2<>(s, new Tuple2<>(Arrays.copyOf(blocks[s].keys, blocks[s].size),
                        Arrays.copyOf(blocks[s].values, blocks[s].size))));
                blocks[s] = null;
            }
        }
        return out.iterator();
    }

    /** A growable pair of parallel arrays. */
    private static final class Block {
        long[] keys = new long[64];
        int[] values = new int[64];
        int size;

        void add(long k, int v) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = k;
            values[size++] = v;
        }

        static Block concat(Iterable<Tuple2<long[], int[]>> parts) {
            int total = 0;
            for (Tuple2<long[], int[]> p : parts) {
                total += p._1().length;
            }
            Block b = new Block();
            b.keys = new long[Math.max(1, total)];
            b.values = new int[Math.max(1, total)];
            for (Tuple2<long[], int[]> p : parts) {
                System.arraycopy(p._1(), 0, b.keys, b.size, p._1().length);
                System.arraycopy(p._2(), 0, b.values, b.size, p._2().length);
                b.size += p._1().length;
            }
            return b;
        }
    }
}
