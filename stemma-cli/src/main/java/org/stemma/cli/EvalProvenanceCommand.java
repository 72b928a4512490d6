package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.eval.provenance.CopyTreeGenerator.DateMode;
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

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            System.err.println("stemma eval provenance: " + gold + ": no such file (use --gold)");
            return 2;
        }
        List<String> bodies = ProvenanceEvaluation.readBodies(gold, minBodyChars);
        System.out.printf("bodies=%d (>= %d chars) from %s; links from the construction%n",
                bodies.size(), minBodyChars, gold);
        for (double leak : new double[] {0.0, 0.5}) {
            for (DateMode dates : DateMode.values()) {
                var cfg = new ProvenanceEvaluation.Config(trees, seed, minSize, maxSize, leak, ownText, minBodyChars);
                var score = ProvenanceEvaluation.run(bodies, cfg, dates, null);
                System.out.println(ProvenanceEvaluation.format(
                        "dates=" + dates.name().toLowerCase() + " leaks=" + leak, score));
            }
        }
        return 0;
    }
}
