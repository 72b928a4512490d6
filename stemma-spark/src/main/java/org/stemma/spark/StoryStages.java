package org.stemma.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
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
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.stemma.story.ArticleTerms;
import org.stemma.story.DocFrequencies;
import org.stemma.story.EventCandidates;
import org.stemma.story.EventSignals;
import org.stemma.story.EventVector;
import org.stemma.story.Lineages;
import org.stemma.story.SameEventModel;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;
import scala.Tuple2;

/**
 * Stories, derivations and quote families at scale. The graph is cut into independent
 * components first: links (each lineage and each provenance group is joined by links) and
 * same-event pairs (candidates sharing index keys, judged by the core's same-event model) are
 * joined by {@link ConnectedComponents}. Each component is
 * then analysed whole, with its same-event pairs, by stemma-core ({@link StoryBuilder}, {@link QuoteFamilies},
 * {@link ProvenanceBuilder}) on one executor, which gives the embedded run's stories and
 * derivations because no story or lineage crosses a component. Quote families are formed
 * within components (the embedded run forms them over the whole corpus).
 */
final class StoryStages {

    static final StructType EDGES = new StructType()
            .add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);

    static final StructType RESULTS = new StructType()
            .add("component", DataTypes.StringType, false)
            .add("stories", DataTypes.createArrayType(ResultRows.STORY))
            .add("derivations", DataTypes.createArrayType(ResultRows.DERIVATION))
            .add("quotes", DataTypes.createArrayType(ResultRows.QUOTE_FAMILY));

    /** Components of at least this many articles extract their quotations in parallel. */
    static final int PARALLEL_QUOTES = 1_000;

    private StoryStages() {
    }

    /** Judged same-event pairs: {@code (a, b, p)}, p the model's probability. */
    static final StructType EVENTS = new StructType()
            .add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false)
            .add("p", DataTypes.DoubleType, false);

    /**
     * The judged pairs of the core's {@link StoryBuilder#eventPairs}, over the whole corpus: each
     * article's {@link ArticleTerms} once; document frequencies counted over the corpus and
     * broadcast; each article's {@link EventVector}; candidate pairs from the postings of the
     * index keys (a pair sharing enough keys judged once, in the posting of the smallest key the
     * two share, within the date window), kept at or above {@link EventCandidates#MIN_PROBABILITY}; and every
     * pair joined by a lineage link, whatever its probability.
     */
    static Dataset<Row> eventEdges(SparkSession spark, Dataset<Row> articles, Dataset<Row> links) {
        return eventEdges(spark, articles, links, AnalysisConfig.lexical());
    }

    /**
     * As {@link #eventEdges(SparkSession, Dataset, Dataset)}, with the configuration's signals:
     * with the model, the heads ({@link ArticleTerms#headText}) are embedded only for the
     * articles the core embeds them for ({@link StoryBuilder#eventPairs}): both of each lineage
     * pair and of each candidate pair that could be kept whatever its cosine
     * ({@link SameEventModel#needsHeads}, read on the vectors before any head is embedded), each
     * once, on its executor, in one batch per partition by the executor's one model session.
     */
    static Dataset<Row> eventEdges(SparkSession spark, Dataset<Row> articles, Dataset<Row> links,
                                   AnalysisConfig config) {
        EventSignals signals = signals(config);
        boolean embed = config.embed();
        long n = articles.count();
        long cap = signals.postingCap(n);
        int window = signals.windowDays();
        SameEventModel model = signals.model();
        JavaPairRDD<String, Tuple2<ArticleTerms, String>> terms = articles.toJavaRDD().mapToPair(r -> {
            Article a = ArticleRows.fromRow(r);
            return new Tuple2<>(a.id(), new Tuple2<>(ArticleTerms.of(a, StoryBuilder.entities(a)),
                    embed ? ArticleTerms.headText(a) : null));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<Tuple2<Long, Integer>> counted = terms.flatMapToPair(t -> {
            List<Tuple2<Long, Integer>> out = new ArrayList<>(t._2()._1().terms().length);
            for (long term : t._2()._1().terms()) {
                out.add(new Tuple2<>(term, 1));
            }
            return out.iterator();
        }).reduceByKey(Integer::sum).collect();
        Broadcast<Frequencies> df = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(Frequencies.of(counted, n));
        JavaPairRDD<String, EventVector> lexical = terms
                .mapValues(t -> EventVector.of(t._1(), df.value(), cap, null)).persist(StorageLevel.MEMORY_AND_DISK());
        // Pairs joined by a lineage link, judged whatever their probability.
        JavaPairRDD<String, String> linked = links.toJavaRDD().flatMapToPair(r -> {
            Link l = LinkRows.fromRow(r);
            if (!Lineages.joins(l) || l.a().equals(l.b())) {
                return java.util.Collections.emptyIterator();
            }
            String a = l.a().compareTo(l.b()) < 0 ? l.a() : l.b();
            String b = a.equals(l.a()) ? l.b() : l.a();
            return List.of(new Tuple2<>(a, b)).iterator();
        }).distinct().persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, EventVector> vectors = lexical;
        if (embed) {
            JavaRDD<String> candidateEnds = postings(lexical).flatMap(posting -> {
                List<String> out = new ArrayList<>();
                forEachCandidate(posting, window, (x, y) -> {
                    if (model.needsHeads(EventVector.features(x._2(), y._2()))) {
                        out.add(x._1());
                        out.add(y._1());
                    }
                });
                return out.iterator();
            });
            JavaPairRDD<String, Boolean> needed = candidateEnds.union(linked.keys()).union(linked.values())
                    .distinct().mapToPair(id -> new Tuple2<>(id, Boolean.TRUE));
            JavaPairRDD<String, float[]> heads = terms.join(needed).mapPartitionsToPair(rows -> {
                List<String> ids = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                rows.forEachRemaining(t -> {
                    ids.add(t._1());
                    texts.add(t._2()._1()._2());
                });
                float[][] e = texts.isEmpty() ? new float[0][] : MiniLmEmbedder.shared().embed(texts);
                List<Tuple2<String, float[]>> out = new ArrayList<>(ids.size());
                for (int i = 0; i < e.length; i++) {
                    out.add(new Tuple2<>(ids.get(i), e[i]));
                }
                return out.iterator();
            });
            vectors = lexical.leftOuterJoin(heads)
                    .mapValues(t -> t._2().isPresent() ? t._1().withEmbedding(t._2().get()) : t._1())
                    .persist(StorageLevel.MEMORY_AND_DISK());
        }
        // Candidates: every article under each of its keys; a posting judges its pairs.
        JavaRDD<Row> candidates = postings(vectors).flatMap(posting -> {
            List<Row> out = new ArrayList<>();
            forEachCandidate(posting, window, (x, y) -> {
                double p = model.probability(EventVector.features(x._2(), y._2()));
                if (p >= EventCandidates.MIN_PROBABILITY) {
                    out.add(RowFactory.create(x._1(), y._1(), p));
                }
            });
            return out.iterator();
        });
        JavaRDD<Row> linkedPairs = linked.join(vectors)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(vectors)
                .map(t -> RowFactory.create(t._2()._1()._1(), t._1(),
                        model.probability(EventVector.features(t._2()._1()._2(), t._2()._2()))));
        Dataset<Row> out = spark.createDataFrame(candidates.union(linkedPairs), EVENTS).distinct();
        return out;
    }

    /** Each article under each of its index keys: the postings, keyed by key. */
    private static JavaPairRDD<Long, Iterable<Tuple2<String, EventVector>>> postings(
            JavaPairRDD<String, EventVector> vectors) {
        return vectors.flatMapToPair(v -> {
            List<Tuple2<Long, Tuple2<String, EventVector>>> out = new ArrayList<>();
            for (long key : v._2().keys()) {
                out.add(new Tuple2<>(key, v));
            }
            return out.iterator();
        }).groupByKey();
    }

    /**
     * The candidate pairs of one posting, by id order: both dated within the window (or one
     * undated), sharing enough keys, and this posting's key the smallest they share (so each pair
     * is seen in one posting only).
     */
    private static void forEachCandidate(Tuple2<Long, Iterable<Tuple2<String, EventVector>>> posting, int window,
            java.util.function.BiConsumer<Tuple2<String, EventVector>, Tuple2<String, EventVector>> pair) {
        long key = posting._1();
        List<Tuple2<String, EventVector>> members = new ArrayList<>();
        posting._2().forEach(members::add);
        members.sort(java.util.Comparator.comparing((Tuple2<String, EventVector> m) -> m._1()));
        for (int x = 0; x < members.size(); x++) {
            EventVector vx = members.get(x)._2();
            for (int y = x + 1; y < members.size(); y++) {
                EventVector vy = members.get(y)._2();
                if (vx.dated() && vy.dated() && Math.abs((long) vx.day() - vy.day()) > window) {
                    continue;
                }
                if (EventVector.common(vx.keys(), vy.keys()) < EventCandidates.MIN_SHARED_KEYS
                        || smallestShared(vx.keys(), vy.keys()) != key) {
                    continue; // too few shared keys, or judged in the posting of a smaller one
                }
                pair.accept(members.get(x), members.get(y));
            }
        }
    }

    /** The smallest value two ascending arrays share (Long.MIN_VALUE never: they share the key). */
    private static long smallestShared(long[] a, long[] b) {
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                return a[x];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return Long.MIN_VALUE;
    }

    /** Document frequencies as sorted arrays, for a broadcast. */
    record Frequencies(long[] terms, int[] counts, long documents) implements DocFrequencies, java.io.Serializable {
        static Frequencies of(List<Tuple2<Long, Integer>> counted, long documents) {
            long[] keyed = new long[counted.size()];
            java.util.Map<Long, Integer> byTerm = new java.util.HashMap<>();
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = counted.get(i)._1();
                byTerm.put(keyed[i], counted.get(i)._2());
            }
            java.util.Arrays.sort(keyed);
            int[] counts = new int[keyed.length];
            for (int i = 0; i < keyed.length; i++) {
                counts[i] = byTerm.get(keyed[i]);
            }
            return new Frequencies(keyed, counts, documents);
        }

        @Override
        public int of(long term) {
            int i = java.util.Arrays.binarySearch(terms, term);
            return i < 0 ? 0 : counts[i];
        }
    }

    /** The configuration's event signals, with a stand-in for the model (heads are embedded by the stage). */
    private static EventSignals signals(AnalysisConfig config) {
        return config.eventSignals(config.embed() ? ModelStages.NO_MODEL : null);
    }

    /**
     * Links as edges: every link, since provenance groups the articles its links join (a
     * derivation may follow a link too weak to join a lineage), and a component must hold whole
     * groups for the core to give the embedded run's derivations. Lineages are unions of these.
     */
    static Dataset<Row> lineageEdges(Dataset<Row> links) {
        return links.select(col("a"), col("b"));
    }

    /**
     * Analyses each component with the core: its stories, derivations and quote families.
     *
     * @param events     same-event pairs {@code (a, b)} found over the whole corpus
     * @param components rows {@code (id, component)} for every article in some component
     */
    static Dataset<Row> analyse(SparkSession spark, Dataset<Row> articles, Dataset<Row> links,
                                Dataset<Row> events, Dataset<Row> components, AnalysisConfig config) {
        // Attributions are recognised against the outlets of the whole corpus, as embedded.
        java.util.HashSet<String> outlets = new java.util.HashSet<>(articles.select(col("outlet"))
                .where(col("outlet").isNotNull()).distinct().as(Encoders.STRING()).collectAsList());
        outlets.removeIf(String::isBlank);
        // Every article is in a component; an article with no edge is its own.
        Dataset<Row> comps = components.select(col("id").as("cid"), col("component"));
        Dataset<Row> withComponent = articles.join(comps, articles.col("id").equalTo(comps.col("cid")), "left")
                .select(org.apache.spark.sql.functions.coalesce(comps.col("component"), articles.col("id")).as("component"),
                        org.apache.spark.sql.functions.struct(ArticleRows.columns()).as("article"),
                        articles.col("ord"));
        JavaPairRDD<String, Tuple2<Integer, Row>> byComponent = withComponent.toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new Tuple2<>(r.getInt(2), r.getStruct(1))));
        Dataset<Row> linkComponents = links.join(comps, links.col("a").equalTo(comps.col("cid")))
                .select(comps.col("component"), org.apache.spark.sql.functions.struct(
                        links.col("a"), links.col("b"), links.col("kind"), links.col("coverage_a"),
                        links.col("coverage_b"), links.col("passages")).as("link"));
        JavaPairRDD<String, Row> linksBy = linkComponents.toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), r.getStruct(1)));
        // The same-event pairs found over the whole corpus: a component alone would see other
        // name frequencies, hence other candidate pairs, than the embedded run.
        Dataset<Row> eventComponents = events.join(comps, events.col("a").equalTo(comps.col("cid")))
                .select(comps.col("component"), events.col("a"), events.col("b"), events.col("p"));
        JavaPairRDD<String, StoryBuilder.EventPair> eventsBy = eventComponents.toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0),
                        new StoryBuilder.EventPair(r.getString(1), r.getString(2), r.getDouble(3))));
        JavaRDD<Row> out = byComponent.cogroup(linksBy, eventsBy).map(t -> {
            List<Tuple2<Integer, Row>> rows = new ArrayList<>();
            t._2()._1().forEach(rows::add);
            rows.sort(Comparator.comparingInt(Tuple2::_1));
            List<Article> arts = new ArrayList<>(rows.size());
            for (Tuple2<Integer, Row> r : rows) {
                arts.add(ArticleRows.fromRow(r._2()));
            }
            List<Link> ls = new ArrayList<>();
            t._2()._2().forEach(r -> ls.add(LinkRows.fromRow(r)));
            List<StoryBuilder.EventPair> ev = new ArrayList<>();
            t._2()._3().forEach(ev::add);
            ev.sort(Comparator.comparing(StoryBuilder.EventPair::a).thenComparing(StoryBuilder.EventPair::b));
            return analyseComponent(t._1(), arts, ls, ev, outlets, config);
        });
        return spark.createDataFrame(out, RESULTS);
    }

    private static Row analyseComponent(String component, List<Article> arts, List<Link> links,
                                        List<StoryBuilder.EventPair> events, java.util.Set<String> outlets,
                                        AnalysisConfig config) {
        List<Story> stories = arts.size() < 2 ? List.of()
                : StoryBuilder.build(arts, links, events, signals(config).model());
        // Each text tokenised once, for quotes and provenance (as in Analyzer; the links and
        // stories stages ran apart from here, on rows). A large component is one long task: its
        // tokens and quotations are made on the executor's idle cores too.
        Tokens[] tokens;
        List<Quote> quotes;
        if (arts.size() >= PARALLEL_QUOTES) {
            tokens = FurnitureFinder.tokens(arts);
            quotes = QuoteExtractor.extractAll(arts, tokens);
        } else {
            tokens = new Tokens[arts.size()];
            quotes = new ArrayList<>();
            QuoteExtractor extractor = new QuoteExtractor();
            for (int i = 0; i < arts.size(); i++) {
                tokens[i] = Tokenizer.tokenize(arts.get(i).text());
                quotes.addAll(extractor.extract(arts.get(i), tokens[i]));
            }
        }
        // Reworded quotes by the executor's one model session, as the embedded run groups them.
        List<QuoteFamily> families = new QuoteFamilies().group(quotes, MiniLmEmbedder.forConfig(config));
        List<Derivation> derivations = arts.size() < 2 ? List.of()
                : ProvenanceBuilder.build(arts, links, families, stories, outlets, tokens);
        return RowFactory.create(component,
                stories.stream().map(ResultRows::story).toArray(),
                derivations.stream().map(ResultRows::derivation).toArray(),
                families.stream().map(ResultRows::family).toArray());
    }
}
