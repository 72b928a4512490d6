package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.eval.provenance.ProvenanceBenchmark;
import org.stemma.eval.reuse.GoldBodies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma bench provenance}: share of analyze time spent in stories and provenance. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Times every analysis stage on a corpus generated from real article bodies and "
                + "reports the share of the graph stages (stories + provenance).")
public final class BenchProvenanceCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Article-extraction ground truth JSON (default ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--articles", description = "Corpus size (default ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--reuse-rate", description = "Share of derived articles (default ${DEFAULT-VALUE}).")
    double reuseRate = 0.2;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 7;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            System.err.println("stemma bench provenance: " + gold + ": no such file (use --gold)");
            return 2;
        }
        try {
            ProvenanceBenchmark.run(GoldBodies.read(gold, 80), articles, reuseRate, seed, System.out);
            return 0;
        } catch (Exception e) {
            System.err.println("stemma bench provenance: " + e.getMessage());
            return 1;
        }
    }
}
