package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.align.paraphrase.ParaphraseJudge;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;

/**
 * The {@code paraphrase-keys} stage gives the paraphrase finder's own candidate pairs (key test
 * only, the default: no lead test) on random corpora where many articles share names and
 * numbers, so scores tie and the twenty-partner limit binds.
 */
class KeyPairsTest {

    @Test
    void theStageGivesTheFindersPairs() {
        AnalysisConfig config = AnalysisConfig.defaults();
        assertThat(config.paraphrase().leadTest()).isFalse();
        SparkSession spark = LocalSpark.session("local[2]");
        try {
            for (long seed = 1; seed <= 2; seed++) {
                assertSamePairs(spark, config, seed);
            }
        } finally {
            spark.stop();
        }
    }

    private static void assertSamePairs(SparkSession spark, AnalysisConfig config, long seed) {
        List<Article> articles = corpus(new Random(seed), 300);
        Set<String> embedded = new TreeSet<>();
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(ModelStages.NO_MODEL,
                ParaphraseJudge.DEFAULT, config.paraphrase());
        for (long c : finder.candidatePairs(articles)) {
            embedded.add(articles.get((int) (c >>> 32)).id() + " " + articles.get((int) c).id());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Row r = ArticleRows.toRow(articles.get(i));
            Object[] v = new Object[r.size() + 1];
            for (int f = 0; f < r.size(); f++) {
                v[f] = r.get(f);
            }
            v[r.size()] = i;
            rows.add(RowFactory.create(v));
        }
        Dataset<Row> table = spark.createDataFrame(rows, StemmaJob.ORDERED_ARTICLES).repartition(5);
        Set<String> onSpark = new TreeSet<>();
        for (Row r : ModelStages.keyPairs(table, config, articles.size()).collectAsList()) {
            onSpark.add(articles.get(r.getInt(r.fieldIndex("i"))).id() + " "
                    + articles.get(r.getInt(r.fieldIndex("j"))).id());
        }
        assertThat(embedded).hasSizeGreaterThan(200);
        assertThat(onSpark).as("seed %d", seed).isEqualTo(embedded);
    }

    /** Articles ordered by id (the job's ordinals), each naming a few of a small cast with a few numbers. */
    private static List<Article> corpus(Random rnd, int n) {
        String[] cast = {"Amara", "Bello", "Chidi", "Dauda", "Ebere", "Fatou", "Garba", "Hawa"};
        String[] places = {"Niamey", "Bamako", "Dakar"};
        List<Article> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                text.append("On the day, ").append(cast[rnd.nextInt(cast.length)]).append(" and ")
                        .append(cast[rnd.nextInt(cast.length)]).append(" met officials in ")
                        .append(places[rnd.nextInt(places.length)]).append(" about ")
                        .append(10 + rnd.nextInt(3)).append(" new wells. ");
            }
            out.add(Article.builder(Integer.toString(rnd.nextInt(1_000_000), 36) + "-" + a, text.toString()).build());
        }
        out.sort(Comparator.comparing(Article::id));
        return out;
    }
}
