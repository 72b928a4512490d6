package org.stemma.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.report.ReportJson;
import org.stemma.story.Story;

/**
 * The same JSON report as {@code stemma analyze --json}, written as {@code report.json} beside
 * the tables when the result is small enough to collect on the driver. Lists are put in the
 * embedded run's order (articles by ordinal, links by pair, stories largest first).
 */
final class Report {

    private Report() {
    }

    static void write(String out, FileSystem fs, Dataset<Row> articles, Dataset<Row> links,
                      Dataset<Row> stories, Dataset<Row> derivations, Dataset<Row> quotes) {
        Analysis analysis = collect(articles, links, stories, derivations, quotes);
        Path p = new Path(out, "report.json");
        try (OutputStream o = fs.create(p, true)) {
            ReportJson.write(analysis, o, true);
        } catch (IOException e) {
            throw new JobException("cannot write " + p + ": " + e.getMessage());
        }
        System.err.println("stemma-spark: wrote " + p);
    }

    static Analysis collect(Dataset<Row> articles, Dataset<Row> links, Dataset<Row> stories,
                            Dataset<Row> derivations, Dataset<Row> quotes) {
        List<Article> as = new ArrayList<>();
        for (Row r : articles.orderBy("ord").drop("ord").collectAsList()) {
            as.add(ArticleRows.fromRow(r));
        }
        java.util.Map<String, Integer> ord = new java.util.HashMap<>();
        for (int i = 0; i < as.size(); i++) {
            ord.put(as.get(i).id(), i);
        }
        List<Link> ls = new ArrayList<>();
        for (Row r : links.collectAsList()) {
            ls.add(LinkRows.fromRow(r));
        }
        ls.sort(Comparator.comparingInt((Link l) -> ord.get(l.a())).thenComparingInt(l -> ord.get(l.b())));
        List<Story> ss = new ArrayList<>();
        for (Row r : stories.collectAsList()) {
            ss.add(ResultRows.story(r));
        }
        ss.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        List<Derivation> ds = new ArrayList<>();
        for (Row r : derivations.collectAsList()) {
            ds.add(ResultRows.derivation(r));
        }
        ds.sort(Comparator.comparing(Derivation::copy).thenComparing(Derivation::source));
        List<QuoteFamily> qs = new ArrayList<>();
        for (Row r : quotes.collectAsList()) {
            qs.add(ResultRows.family(r));
        }
        qs.sort(Comparator.comparing(QuoteFamily::id));
        return new Analysis(as, ls, ss, ds, qs);
    }
}
