package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.eval.provenance.CopyTreeGenerator.DateMode;
import org.stemma.eval.provenance.CopyTreeGenerator.Shape;
import org.stemma.eval.provenance.ProvenanceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma eval provenance}: direction and parent accuracy on constructed copy families. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Evaluates derivation direction on families of copies built from real article "
                + "bodies (copy, trim, edit, paraphrase by deletion), with and without dates.")
public final class EvalProvenanceCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "ground-truth.json of the article-extraction set "
            + "(default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/eval/article-extraction/ground-truth.json")
    Path gold;

    @Option(names = "--trees", defaultValue = "400", description = "families per setting (default: ${DEFAULT-VALUE})")
    int trees;

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
}
