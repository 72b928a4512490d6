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
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.EventSignals;
import org.stemma.story.Lineages;
import org.stemma.story.NamedEntities;
import org.stemma.story.PublishedTime;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import scala.Tuple2;

/**
 * Stories, derivations and quote families at scale. The graph is cut into independent
 * components first: lineage links ({@link Lineages#joins}) and same-event pairs (articles that
 * share a person, proposed by a posting join with the core's posting cap and confirmed by the
 * core's own event rule on the pair) are joined by {@link ConnectedComponents}. Each component is
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

    static final StructType EVENT_CANDIDATES = new StructType()
            .add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false)
            .add("same", DataTypes.BooleanType, true);

    /** Pairs of articles that report the same event by the core's lexical event rule. */
    static Dataset<Row> eventEdges(SparkSession spark, Dataset<Row> articles) {
        return eventCandidates(spark, articles, AnalysisConfig.lexical()).select("a", "b");
    }

    /**
     * Candidate pairs of the core's event rule ({@link StoryBuilder#eventPairs}) that the rule
     * does not reject on their signals alone: {@code same} is true for a same-event pair, null
     * when (with the model) the cosine of the two leads decides. Candidates share a name carried
     * by two to the posting cap's articles that is a person somewhere in the corpus (any name
     * with the model), as in the core.
     */
    static Dataset<Row> eventCandidates(SparkSession spark, Dataset<Row> articles, AnalysisConfig config) {
        boolean embed = config.embed();
        EventSignals signals = signals(config);
        long n = articles.count();
        long cap = signals.postingCap(n);
        // As in StoryBuilder: postings are over every name, the posting cap counts every article
        // carrying the name, and only names that are a person somewhere in the corpus propose
        // pairs (any name with the model).
        StructType namesType = new StructType().add("id", DataTypes.StringType)
                .add("names", DataTypes.createArrayType(DataTypes.StringType))
                .add("persons", DataTypes.createArrayType(DataTypes.StringType))
                .add("day", DataTypes.LongType)
                .add("lead_words", DataTypes.createArrayType(DataTypes.LongType, false));
        // Each article's event signals (names, persons, publication day; with the model, its
        // lead's words) once; candidate pairs then carry these, not the articles' text.
        Dataset<Row> names = articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
                RowIterators.mapNonNull(rows, r -> {
                    Article a = ArticleRows.fromRow(r);
                    NamedEntities e = StoryBuilder.entities(a);
                    PublishedTime t = PublishedTime.parse(a.published());
                    return RowFactory.create(a.id(), e.names().toArray(new String[0]),
                            e.persons().toArray(new String[0]), t == null ? null : t.epochDay(),
                            embed ? StoryBuilder.leadWords(a) : new long[0]);
                }), Encoders.row(namesType)).cache();
        Dataset<Row> postings = names.select(col("id"), explode(col("names")).as("p"));
        Dataset<Row> usable = postings.groupBy("p").agg(count(lit(1)).as("df"))
                .filter(col("df").geq(2).and(col("df").leq(cap)));
        if (!embed) {
            usable = usable.join(names.select(explode(col("persons")).as("p")).distinct(), "p");
        }
        Dataset<Row> keyed = postings.join(usable, "p").select("p", "id");
        Dataset<Row> left = keyed.select(col("p"), col("id").as("a"));
        Dataset<Row> right = keyed.select(col("p").as("p2"), col("id").as("b"));
        Dataset<Row> pairs = left.join(right, left.col("p").equalTo(right.col("p2"))
                .and(left.col("a").lt(right.col("b")))).select("a", "b").distinct();
        Dataset<Row> signalsA = names.select(col("id").as("a"), col("names").as("names_a"),
                col("persons").as("persons_a"), col("day").as("day_a"), col("lead_words").as("words_a"));
        Dataset<Row> signalsB = names.select(col("id").as("b"), col("names").as("names_b"),
                col("persons").as("persons_b"), col("day").as("day_b"), col("lead_words").as("words_b"));
        Dataset<Row> withBoth = pairs.join(signalsA, "a").join(signalsB, "b")
                .select("a", "b", "names_a", "persons_a", "day_a", "names_b", "persons_b", "day_b", "words_a", "words_b");
        return withBoth.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            EventSignals rule = pairSignals(config, cap); // built on the executor: not serializable
            return RowIterators.mapNonNull(rows, r -> {
                    // The core's rule on the pair alone (StoryBuilder.sameEventBySignals), then,
                    // for the pairs the leads decide, their words (StoryBuilder.leadWordsClose).
                    Boolean same = StoryBuilder.sameEventBySignals(
                            entities(r, 2, 3), day(r, 4), entities(r, 5, 6), day(r, 7), rule);
                    if (same == null && !StoryBuilder.leadWordsClose(ModelStages.longs(r.getList(8)), ModelStages.longs(r.getList(9)))) {
                        same = false;
                    }
                    return Boolean.FALSE.equals(same) ? null : RowFactory.create(r.getString(0), r.getString(1), same);
            });
        }, Encoders.row(EVENT_CANDIDATES));
    }

    /**
     * The same-event pairs among {@code candidates} ({@link #eventCandidates}): those the signals
     * decide, and the undecided ones whose leads ({@code leads}: {@code id, lead}) have a cosine
     * of at least the rule's {@code minCosine}.
     */
    static Dataset<Row> eventEdges(Dataset<Row> candidates, Dataset<Row> leads, AnalysisConfig config) {
        double min = signals(config).minCosine();
        Dataset<Row> decided = candidates.filter(col("same").equalTo(true)).select("a", "b");
        Dataset<Row> la = leads.select(col("id").as("a"), col("lead").as("lead_a"));
        Dataset<Row> lb = leads.select(col("id").as("b"), col("lead").as("lead_b"));
        Dataset<Row> byLeads = candidates.filter(col("same").isNull()).join(la, "a").join(lb, "b")
                .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> ModelStages.closeEnough(
                        r.getList(r.fieldIndex("lead_a")), r.getList(r.fieldIndex("lead_b")), min))
                .select("a", "b");
        return decided.union(byLeads);
    }

    private static NamedEntities entities(Row r, int names, int persons) {
        return new NamedEntities(java.util.Set.copyOf(r.<String>getList(persons)),
                java.util.Set.copyOf(r.<String>getList(names)));
    }

    /** A time on the article's publication day: the rule compares days only. */
    private static PublishedTime day(Row r, int i) {
        return r.isNullAt(i) ? null : new PublishedTime(r.getLong(i) * 86_400L, false);
    }

    /** Lineage links as edges. */
    static Dataset<Row> lineageEdges(Dataset<Row> links) {
        return links.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
                RowIterators.mapNonNull(rows, r -> {
                    Link l = LinkRows.fromRow(r);
                    return Lineages.joins(l) ? RowFactory.create(l.a(), l.b()) : null;
                }), Encoders.row(EDGES));
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
                .select(comps.col("component"), events.col("a"), events.col("b"));
        JavaPairRDD<String, Tuple2<String, String>> eventsBy = eventComponents.toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new Tuple2<>(r.getString(1), r.getString(2))));
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
            t._2()._3().forEach(p -> ev.add(new StoryBuilder.EventPair(p._1(), p._2())));
            ev.sort(Comparator.comparing(StoryBuilder.EventPair::a).thenComparing(StoryBuilder.EventPair::b));
            return analyseComponent(t._1(), arts, ls, ev, outlets, config);
        });
        return spark.createDataFrame(out, RESULTS);
    }

    private static Row analyseComponent(String component, List<Article> arts, List<Link> links,
                                        List<StoryBuilder.EventPair> events, java.util.Set<String> outlets,
                                        AnalysisConfig config) {
        List<Story> stories = arts.size() < 2 ? List.of() : StoryBuilder.build(arts, links, events);
        // A large component is one long task: find its quotations on the executor's idle cores too.
        List<Quote> quotes;
        if (arts.size() >= PARALLEL_QUOTES) {
            quotes = QuoteExtractor.extractAll(arts);
        } else {
            quotes = new ArrayList<>();
            QuoteExtractor extractor = new QuoteExtractor();
            for (Article a : arts) {
                quotes.addAll(extractor.extract(a));
            }
        }
        // Reworded quotes by the executor's one model session, as the embedded run groups them.
        List<QuoteFamily> families = new QuoteFamilies().group(quotes, MiniLmEmbedder.forConfig(config));
        List<Derivation> derivations = stories.isEmpty() ? List.of()
                : ProvenanceBuilder.build(arts, links, families, stories, outlets);
        return RowFactory.create(component,
                stories.stream().map(ResultRows::story).toArray(),
                derivations.stream().map(ResultRows::derivation).toArray(),
                families.stream().map(ResultRows::family).toArray());
    }

    /**
     * Event signals whose posting cap on a pair equals the corpus-wide {@code cap}; with the model,
     * a stand-in embedder that marks the rule as the model's (the leads are embedded elsewhere).
     */
    private static EventSignals pairSignals(AnalysisConfig config, long cap) {
        EventSignals s = signals(config);
        return new EventSignals(s.embedder(), s.windowDays(), s.minOverlap(), s.minCosine(), (cap + 0.5) / 2);
    }

    /** The configuration's event signals, with a stand-in for the model (leads are embedded elsewhere). */
    private static EventSignals signals(AnalysisConfig config) {
        return config.eventSignals(config.embed() ? ModelStages.NO_MODEL : null);
    }
}
