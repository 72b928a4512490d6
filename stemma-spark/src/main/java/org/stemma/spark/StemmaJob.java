package org.stemma.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.align.Link;
import org.stemma.align.CommonPhrases;
import org.stemma.align.ReuseFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.text.Tokenizer;

/**
 * The Stemma pipeline on Spark: read and extract articles, fingerprint, join keys to candidate
 * pairs, align pairs, then lineages, derivations and quotations per story. Every stage is a
 * named checkpoint under the output directory (see {@link Stages}); the algorithms are
 * stemma-core's, called inside {@code mapPartitions}.
 */
public final class StemmaJob {

    static final StructType ORDERED_ARTICLES = ArticleRows.SCHEMA.add("ord", DataTypes.IntegerType, false);

    static final StructType FINGERPRINTS = new StructType()
            .add("ord", DataTypes.IntegerType, false)
            .add("content_hash", DataTypes.LongType, false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("ngrams", DataTypes.createArrayType(DataTypes.LongType, false), false);

    private final SparkSession spark;
    private final JobConfig config;
    private final Stages stages;

    public StemmaJob(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
        this.stages = new Stages(spark, config.out());
    }

    /**
     * Runs every stage not completed by an earlier run with the same configuration.
     *
     * @return the row counts of the result tables
     */
    public JobCounts run() {
        AnalysisConfig analysis = config.analysis();
        System.err.println("stemma-spark: " + analysis.describe()
                + "; quote families are formed within components (docs/spark.md)");
        saveOrCheckConfig();
        Dataset<Row> read = stages.run("read", this::readArticles);
        ReuseOptions options = analysis.reuse();
        // Corpus furniture before every other stage: they all read the text without it.
        Dataset<Row> articles = stages.run("articles", () -> FurnitureStage.clean(spark, read,
                FurnitureParams.of(options)));
        long n = articles.count();
        Dataset<Row> fingerprints = stages.run("fingerprints", () -> fingerprints(articles));
        Dataset<Row> lexicalPairs = stages.run("pairs", () -> CandidateJoin.pairs(spark, fingerprints,
                options.maxDf(), options.minSharedNgrams(), options.clusterLimit()));
        long[] common = options.minEvidence() <= 0 ? new long[0]
                : stages.runKeys("common", () -> CandidateJoin.commonPhrases(spark, fingerprints, lexicalPairs,
                        options.clusterLimit(), options.evidenceMaxDf()));
        Dataset<Row> pairs = lexicalPairs;
        if (analysis.embed()) {
            // The paraphrase finder's pairs beyond the lexical ones: rare name and number keys
            // shared, keys close; with a lead test (off by default), the leads' cosine too.
            Dataset<Row> keyPairs = stages.run("paraphrase-keys", () -> ModelStages.keyPairs(articles, analysis, n));
            Dataset<Row> paraphrasePairs = keyPairs;
            if (analysis.paraphrase().leadTest()) {
                Dataset<Row> leads = stages.run("leads", () -> ModelStages.leads(articles,
                        keyPairs.select(col("i").as("ord")).union(keyPairs.select(col("j").as("ord")))));
                paraphrasePairs = stages.run("paraphrase-pairs", () ->
                        ModelStages.paraphrasePairs(keyPairs, leads, analysis));
            }
            // The links stage reads only (i, j); the lexical pairs' "shared" count served the common phrases.
            pairs = lexicalPairs.select("i", "j").union(paraphrasePairs.select("i", "j")).distinct();
        }
        Dataset<Row> allPairs = pairs;
        Dataset<Row> links = stages.run("links", () -> links(articles, allPairs, common));
        stages.run("passages", () -> links.select(col("a"), col("b"),
                explode(col("passages")).as("p")).select(col("a"), col("b"), col("p.*")));
        Dataset<Row> events = stages.run("events", () -> StoryStages.eventEdges(spark, articles, links, analysis));
        Dataset<Row> edges = stages.run("edges", () -> StoryStages.lineageEdges(links)
                .union(events.select("a", "b")).distinct());
        Dataset<Row> components = stages.run("components", () -> ConnectedComponents.of(edges, 10_000));
        Dataset<Row> results = stages.run("analysis", () ->
                StoryStages.analyse(spark, articles, links, events, components, analysis));
        Dataset<Row> stories = stages.run("stories", () -> flatten(results, "stories"));
        Dataset<Row> derivations = stages.run("derivations", () -> flatten(results, "derivations"));
        Dataset<Row> quotes = stages.run("quotes", () -> QuoteIds.unique(flatten(results, "quotes")));
        if (n <= config.jsonLimit()) {
            Report.write(config.out(), stages.fs(), articles, links, stories, derivations, quotes);
        } else {
            System.err.printf("stemma-spark: %d articles is over --json-limit %d; Parquet tables only%n",
                    n, config.jsonLimit());
        }
        return new JobCounts(n, links.count(), stories.count(), derivations.count(), quotes.count());
    }

    private static Dataset<Row> flatten(Dataset<Row> results, String column) {
        return results.select(explode(col(column)).as("x")).select(col("x.*"));
    }

    /**
     * Saves the configuration beside the outputs, or, when an earlier run left one, checks it is
     * the same: resuming with other parameters would mix two runs' tables.
     */
    private void saveOrCheckConfig() {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(config.out(), "config.properties");
        java.util.Properties now = new java.util.Properties();
        now.putAll(config.asProperties());
        try {
            if (stages.fs().exists(p)) {
                java.util.Properties before = new java.util.Properties();
                try (var in = stages.fs().open(p)) {
                    before.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                if (!before.equals(now)) {
                    throw new JobException(config.out() + " holds a run with another configuration ("
                            + p + "); use another --out or delete it");
                }
                return;
            }
            stages.fs().mkdirs(new org.apache.hadoop.fs.Path(config.out()));
            try (var o = stages.fs().create(p, false);
                 var w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8)) {
                now.store(w, "stemma spark run configuration");
            }
        } catch (java.io.IOException e) {
            throw new JobException("cannot save the configuration in " + config.out() + ": " + e.getMessage());
        }
    }

    /** Input records to articles, ordered by id: the ordinal is the position in that order. */
    private Dataset<Row> readArticles() {
        Dataset<Row> raw = InputReaders.read(spark, config);
        JavaRDD<Row> ordered = raw.dropDuplicates("id").javaRDD()
                .sortBy(r -> r.getString(0), true, Math.max(1, raw.rdd().getNumPartitions()))
                .zipWithIndex()
                .map(t -> {
                    Row r = t._1();
                    Object[] v = new Object[r.size() + 1];
                    for (int i = 0; i < r.size(); i++) {
                        v[i] = r.get(i);
                    }
                    v[r.size()] = Math.toIntExact(t._2());
                    return RowFactory.create(v);
                });
        Dataset<Row> df = spark.createDataFrame(ordered, ORDERED_ARTICLES);
        return config.partitions() > 0 ? df.repartition(config.partitions()) : df;
    }

    private Dataset<Row> fingerprints(Dataset<Row> articles) {
        ReuseOptions options = config.analysis().reuse();
        int ordIndex = ORDERED_ARTICLES.fieldIndex("ord");
        int textIndex = ORDERED_ARTICLES.fieldIndex("text");
        return articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            Fingerprinter fp = options.fingerprinter();
            return RowIterators.mapNonNull(rows, r -> {
                Fingerprint f = fp.of(Tokenizer.tokenize(r.getString(textIndex)));
                return RowFactory.create(r.getInt(ordIndex), f.contentHash(), f.tokenCount(),
                        f.bandKeys(), f.ngrams());
            });
        }, Encoders.row(FINGERPRINTS));
    }

    private Dataset<Row> links(Dataset<Row> articles, Dataset<Row> pairs, long[] common) {
        Dataset<Row> a = articles.select(col("ord").as("i"), org.apache.spark.sql.functions.struct(
                ArticleRows.columns()).as("art_a"));
        Dataset<Row> b = articles.select(col("ord").as("j"), org.apache.spark.sql.functions.struct(
                ArticleRows.columns()).as("art_b"));
        Dataset<Row> joined = pairs.join(a, "i").join(b, "j").select("art_a", "art_b");
        AnalysisConfig analysis = config.analysis();
        org.apache.spark.broadcast.Broadcast<long[]> phrases = spark.sparkContext().broadcast(common,
                scala.reflect.ClassTag$.MODULE$.apply(long[].class));
        return joined.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            // With the model: the executor's one session; paraphrase passages for the pairs the
            // finder's pair test lets through, as in the embedded run. Common phrases as analyze.
            ReuseFinder finder = analysis.reuseFinder(MiniLmEmbedder.forConfig(analysis))
                    .withCommonPhrases(CommonPhrases.ofSortedKeys(phrases.value()));
            return RowIterators.mapNonNull(rows, r -> {
                Link l = finder.link(ArticleRows.fromRow(r.getStruct(0)),
                        ArticleRows.fromRow(r.getStruct(1)));
                return l == null ? null : LinkRows.toRow(l);
            });
        }, Encoders.row(LinkRows.SCHEMA));
    }
}
