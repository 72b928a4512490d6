package org.stemma.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.story.ArticleTerms;
import org.stemma.text.SentenceEmbedder;

/**
 * The sentence-embedding model's part of the job, with the core's rules: the paraphrase
 * finder's candidate pairs ({@link EmbeddingParaphraseFinder#candidatePairs}: rare name and
 * number keys shared, each article's best partners, their keys close, then the leads' cosine) and the articles'
 * lead vectors ({@link ArticleTerms#headText}), embedded once per article that a rule needs, on the
 * executors, by the executor's one model session ({@link MiniLmEmbedder#shared()}).
 */
final class ModelStages {

    static final StructType KEYS = new StructType()
            .add("ord", DataTypes.IntegerType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

    /** A rare key and the weight it adds to the score of each pair sharing it. */
    private static final StructType KEY_WEIGHTS = new StructType()
            .add("k", DataTypes.LongType, false)
            .add("w", DataTypes.LongType, false);

    static final StructType LEADS = new StructType()
            .add("ord", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("lead", DataTypes.createArrayType(DataTypes.FloatType, false), true);

    /** The key bits the finder compares (it packs a 24-bit article number below them). */
    private static final long KEY_MASK = NgramKeys.KEY_MASK;

    private ModelStages() {
    }

    /**
     * Pairs {@code (i, j)}, {@code i < j}, that share at least {@code minSharedKeys} keys found
     * in 2..maxKeyDf articles, each article keeping its {@code neighbours} best partners by the
     * sum of the shared keys' weights ({@link EmbeddingParaphraseFinder#keyWeight}; ties: the
     * smaller id, i.e. the smaller ordinal, since ordinals follow id order): the finder's
     * candidates before the leads' test.
     *
     * <p>The self-join on keys makes a row per key and ordered pair of its articles (the sum of
     * df squared), so those rows are kept narrow: two ints and the key's weight, computed once
     * per key, aggregated by Spark's generated code without a Java object per row.
     */
    static Dataset<Row> keyPairs(Dataset<Row> articles, AnalysisConfig config, long n) {
        EmbeddingParaphraseFinder.Params p = config.paraphrase();
        int ordIndex = articles.schema().fieldIndex("ord");
        Dataset<Row> keys = articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            // keys only: no model call
            EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(NO_MODEL,
                    org.stemma.align.paraphrase.ParaphraseJudge.DEFAULT, p);
            return RowIterators.mapNonNull(rows, r -> {
                long[] k = finder.keys(ArticleRows.fromRow(r));
                return k.length == 0 ? null : RowFactory.create(r.getInt(ordIndex), k);
            });
        }, Encoders.row(KEYS)).cache();
        // One posting per article and masked key (masked keys may coincide within an article).
        Dataset<Row> postings = keys.select(col("ord"), explode(col("keys")).as("key"))
                .select(col("ord"), col("key").bitwiseAND(lit(KEY_MASK)).as("k")).distinct();
        Dataset<Row> rare = postings.groupBy("k").agg(count(lit(1)).as("df"))
                .filter(col("df").geq(2).and(col("df").leq(p.maxKeyDf())))
                .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> RowFactory.create(
                        r.getLong(0), EmbeddingParaphraseFinder.keyWeight(n, r.getLong(1))), Encoders.row(KEY_WEIGHTS));
        Dataset<Row> weighted = postings.join(rare, "k");
        Dataset<Row> left = weighted.select(col("k"), col("ord").as("i"), col("w"));
        Dataset<Row> right = weighted.select(col("k").as("k2"), col("ord").as("j"));
        Dataset<Row> scored = left.join(right, left.col("k").equalTo(right.col("k2"))
                        .and(left.col("i").notEqual(right.col("j"))))
                .groupBy("i", "j")
                .agg(count(lit(1)).as("shared"), sum("w").as("score"))
                .filter(col("shared").geq(p.minSharedKeys()));
        Dataset<Row> best = scored.withColumn("rank", row_number().over(
                        Window.partitionBy("i").orderBy(col("score").desc(), col("j").asc())))
                .filter(col("rank").leq(p.neighbours()));
        Dataset<Row> pairs = best.select(least(col("i"), col("j")).as("i"), greatest(col("i"), col("j")).as("j"))
                .distinct();
        // The key half of the finder's pair test, on the two articles' whole key sets.
        Dataset<Row> ka = keys.select(col("ord").as("i"), col("keys").as("keys_i"));
        Dataset<Row> kb = keys.select(col("ord").as("j"), col("keys").as("keys_j"));
        return pairs.join(ka, "i").join(kb, "j")
                .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> EmbeddingParaphraseFinder.keysClose(
                        longs(r.getList(r.fieldIndex("keys_i"))), longs(r.getList(r.fieldIndex("keys_j"))), p))
                .select("i", "j");
    }

    static long[] longs(List<Long> v) {
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    /**
     * The lead vectors ({@link ArticleTerms#headText}) of the articles whose ordinal is in
     * {@code ords} (a one-column table {@code ord}), embedded by the executors' model.
     */
    static Dataset<Row> leads(Dataset<Row> articles, Dataset<Row> ords) {
        Dataset<Row> wanted = articles.join(ords.distinct(), "ord");
        Dataset<Row> rows = wanted.select(col("ord"), org.apache.spark.sql.functions.struct(
                ArticleRows.columns()).as("article"));
        return rows.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            SentenceEmbedder model = MiniLmEmbedder.shared();
            List<Integer> ordsHere = new ArrayList<>();
            List<String> idsHere = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                Article a = ArticleRows.fromRow(r.getStruct(1));
                ordsHere.add(r.getInt(0));
                idsHere.add(a.id());
                texts.add(ArticleTerms.headText(a));
            }
            List<Row> out = new ArrayList<>(texts.size());
            for (int from = 0; from < texts.size(); from += LEAD_BATCH) {
                int to = Math.min(texts.size(), from + LEAD_BATCH);
                float[][] v = model.embed(texts.subList(from, to));
                for (int k = from; k < to; k++) {
                    out.add(RowFactory.create(ordsHere.get(k), idsHere.get(k),
                            texts.get(k).isBlank() ? null : boxed(v[k - from])));
                }
            }
            return out.iterator();
        }, Encoders.row(LEADS));
    }

    /** Leads embedded per call to the model (the model runs each text alone; this bounds memory). */
    private static final int LEAD_BATCH = 256;

    /** The key pairs whose leads' cosine is at least the finder's {@code minLeadCosine}. */
    static Dataset<Row> paraphrasePairs(Dataset<Row> keyPairs, Dataset<Row> leads, AnalysisConfig config) {
        double min = config.paraphrase().minLeadCosine();
        Dataset<Row> la = leads.select(col("ord").as("i"), col("lead").as("lead_i"));
        Dataset<Row> lb = leads.select(col("ord").as("j"), col("lead").as("lead_j"));
        return keyPairs.join(la, "i").join(lb, "j").filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
                        closeEnough(r.getList(r.fieldIndex("lead_i")), r.getList(r.fieldIndex("lead_j")), min))
                .select("i", "j");
    }

    /** True if both leads exist and their cosine is at least {@code min} (as the finder decides). */
    static boolean closeEnough(List<Float> a, List<Float> b, double min) {
        return a != null && b != null && SentenceEmbedder.cosine(unboxed(a), unboxed(b)) >= min;
    }

    static Float[] boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    static float[] unboxed(List<Float> v) {
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    /** An embedder for finders used only for their keys: it is never called. */
    static final SentenceEmbedder NO_MODEL = new SentenceEmbedder() {
        @Override
        public float[][] embed(List<String> sentences) {
            throw new IllegalStateException("no model here");
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public String modelName() {
            return "none";
        }
    };
}
