package org.stemma.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.eval.paraphrase.ParaphraseBenchmark;
import org.stemma.eval.reuse.GoldBodies;
import org.stemma.eval.reuse.ReuseBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemma bench reuse}: speed of reuse detection on a generated corpus, with a peer. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Benchmark fingerprinting, candidate generation and alignment on a corpus "
                + "generated from real article bodies with injected reuse; compares with a "
                + "brute-force all-pairs peer up to --peer-limit articles.")
public final class BenchReuseCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Article-extraction ground truth JSON (default ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--articles", description = "Corpus size (default ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--reuse-rate", description = "Share of articles derived from an earlier one (default ${DEFAULT-VALUE}).")
    double reuseRate = 0.2;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--peer-limit", description = "Run the all-pairs peer up to this corpus size (default ${DEFAULT-VALUE}).")
    int peerLimit = 10_000;

    @Option(names = "--paraphrase", description = "Instead: run lexical-only and then with the "
            + "paraphrase path (real model) on the same corpus; prints their costs, ratio and recall.")
    boolean paraphrase;

    @Mixin
    ReuseOptionsMixin reuse = new ReuseOptionsMixin();

    @Override
    public Integer call() {
        try {
            if (paraphrase) {
                ParaphraseBenchmark.run(GoldBodies.read(gold, 80), articles, reuseRate, seed,
                        reuse.options(), System.out);
                return 0;
            }
            ReuseBenchmark.run(GoldBodies.read(gold, 80), articles, reuseRate, seed, peerLimit,
                    reuse.options(), System.out);
            return 0;
        } catch (Exception e) {
            System.err.println("stemma bench reuse: " + e.getMessage());
            return 1;
        }
    }
}
