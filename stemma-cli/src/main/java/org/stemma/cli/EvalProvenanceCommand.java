package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.eval.provenance.MeterData;
import org.stemma.eval.provenance.MeterRun;
import org.stemma.eval.provenance.CopyTreeGenerator.DateMode;
import org.stemma.eval.provenance.CopyTreeGenerator.Shape;
import org.stemma.eval.provenance.ProvenanceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemma eval provenance}: who derives from whom on real copying (METER: wire copy and the
 * newspaper stories written from it), cross-validated, beside a naive peer; or, with
 * {@code --trees}, direction and parent accuracy on constructed copy families.
 */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = {"Evaluates provenance on real copying: a METER-style folder (corpus.jsonl, gold.json) of wire "
                + "copy and newspaper stories labelled wholly/partially/non derived by journalists; the copy model is "
                + "fitted and scored by cross-validation over catchlines, beside a naive peer (parent = the longer "
                + "text holding the largest share of the article's word trigrams).",
                "With --trees N: families of copies constructed by our generator from real article bodies (copy, "
                        + "trim, edit, paraphrase by deletion), with and without dates."})
public final class EvalProvenanceCommand implements Callable<Integer> {

    @Option(names = "--meter", paramLabel = "DIR", description = "METER-style folder (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/eval/meter-showbiz")
    Path meter;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds over catchlines (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--cv-seeds", split = ",", defaultValue = "1",
            description = "seeds of the catchline shuffles; one cross-validation per seed (default: ${DEFAULT-VALUE})")
    List<Long> cvSeeds;

    @Option(names = "--no-embed", description = "lexical links only (no sentence-embedding model)")
    boolean noEmbed;

    @Option(names = "--fit", description = "also fit the copy model on the whole folder and print it "
            + "(resubstitution figures; the shipped constants come from this)")
    boolean fitAll;

    @Option(names = "--fit-constructed", paramLabel = "N", defaultValue = "0",
            description = "METER mode: fit the copy model on N constructed families per shape (undated, from --gold "
                    + "bodies, seed --fit-constructed-seed) beside METER in every fold (default: ${DEFAULT-VALUE})")
    int fitConstructed;

    @Option(names = "--fit-constructed-seed", defaultValue = "1001",
            description = "generator seed of the constructed training families; keep it apart from the seeds "
                    + "the constructed evaluation reports (default: ${DEFAULT-VALUE})")
    long fitConstructedSeed;

    @Option(names = "--gold", description = "ground-truth.json of the article-extraction set "
            + "(default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/eval/article-extraction/ground-truth.json")
    Path gold;

    @Option(names = "--trees", paramLabel = "N",
            description = "evaluate on N constructed families per setting instead of METER")
    Integer trees;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--min-size", defaultValue = "3") int minSize;
    @Option(names = "--max-size", defaultValue = "6") int maxSize;

    @Option(names = "--own-text", defaultValue = "0.3",
            description = "share of copies that add a paragraph of their own (default: ${DEFAULT-VALUE})")
    double ownText;

    @Option(names = "--min-body-chars", defaultValue = "1200",
            description = "skip bodies shorter than this (default: ${DEFAULT-VALUE})")
    int minBodyChars;

    @Option(names = "--shapes", split = ",", defaultValue = "CHAIN,STAR,TREE",
            description = "family shapes (default: ${DEFAULT-VALUE})")
    List<Shape> shapes;

    @Option(names = "--dates", split = ",", defaultValue = "NONE,ALL",
            description = "date modes NONE, ALL, HALF (default: ${DEFAULT-VALUE})")
    List<DateMode> dates;

    @Option(names = "--leaks", split = ",", defaultValue = "0,0.5",
            description = "rates at which a copy leaks its parent's related headline (default: ${DEFAULT-VALUE})")
    List<Double> leaks;

    /** Where each family's links come from. */
    enum LinkSource { CONSTRUCTION, ALIGNER }

    @Option(names = "--links", split = ",", defaultValue = "CONSTRUCTION,ALIGNER",
            description = "CONSTRUCTION (passages = sentences of common descent) and/or ALIGNER (the "
                    + "lexical ReuseFinder run on the articles) (default: ${DEFAULT-VALUE})")
    List<LinkSource> linkSources;

    @Override
    public Integer call() throws Exception {
        if (trees == null) {
            return meter();
        }
        if (!Files.isRegularFile(gold)) {
            System.err.println("stemma eval provenance: " + gold + ": no such file (use --gold)");
            return 2;
        }
        List<String> bodies = ProvenanceEvaluation.readBodies(gold, minBodyChars);
        System.out.printf("bodies=%d (>= %d chars) from %s; families of %d-%d articles, %d per setting, "
                        + "seed %d, own text %.2f%n",
                bodies.size(), minBodyChars, gold, minSize, maxSize, trees, seed, ownText);
        ReuseFinder finder = new ReuseFinder(ReuseOptions.defaults(), null);
        for (LinkSource source : linkSources) {
            Function<List<Article>, List<Link>> relink = source == LinkSource.ALIGNER ? finder::find : null;
            for (Shape shape : shapes) {
                for (double leak : leaks) {
                    for (DateMode d : dates) {
                        var cfg = new ProvenanceEvaluation.Config(trees, seed, minSize, maxSize, shape, leak, ownText);
                        var score = ProvenanceEvaluation.run(bodies, cfg, d, relink);
                        System.out.println(ProvenanceEvaluation.format(String.format(java.util.Locale.ROOT,
                                "links=%s shape=%s dates=%s leaks=%.1f", source.name().toLowerCase(),
                                shape.name().toLowerCase(), d.name().toLowerCase(), leak), score));
                    }
                }
            }
        }
        return 0;
    }

    private int meter() throws java.io.IOException {
        if (!Files.isDirectory(meter)) {
            System.err.println("stemma eval provenance: " + meter + ": no such folder (use --meter)");
            return 2;
        }
        MeterData data = MeterData.read(meter, p -> System.err.println(p));
        System.out.printf("%s: %d texts, %d newspaper stories, %d wire texts, %d catchlines%n", meter,
                data.articles().size(), data.stories().size(), data.wire().size(),
                new java.util.HashSet<>(data.catchline().values()).size());
        long t0 = System.nanoTime();
        Analysis analysis = new Analyzer(ReuseOptions.defaults(), noEmbed ? null : new MiniLmEmbedder())
                .analyze(data.articles());
        System.out.printf("analysis (%s): %d links, %.1f s%n", noEmbed ? "lexical" : "with the embedding model",
                analysis.links().size(), (System.nanoTime() - t0) / 1e9);
        List<org.stemma.eval.provenance.CopyModelFit.Labelled> extra = List.of();
        if (fitConstructed > 0) {
            if (!Files.isRegularFile(gold)) {
                System.err.println("stemma eval provenance: " + gold + ": no such file (use --gold)");
                return 2;
            }
            extra = org.stemma.eval.provenance.ConstructedTraining.graphs(
                    ProvenanceEvaluation.readBodies(gold, minBodyChars), fitConstructedSeed, fitConstructed);
            System.out.printf("fitted beside METER: %d constructed families per shape (seed %d), %d graphs%n",
                    fitConstructed, fitConstructedSeed, extra.size());
        }
        MeterRun.run(data, analysis, folds, cvSeeds, fitAll, extra, System.out);
        return 0;
    }
}
