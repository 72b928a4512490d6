package org.stemma.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.eval.corpus.CorpusFiles;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.eval.reuse.GoldBodies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma bench corpus}: writes a generated corpus with known injected reuse. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write a corpus generated from real article bodies with copies, edits, "
                + "truncations and splices injected at a known rate: JSONL part files plus "
                + "injected.tsv, the truth for recall at any size.")
public final class BenchCorpusCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, description = "Number of articles.")
    int articles;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--gold", description = "Article bodies to learn from (default ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--reuse-rate", description = "Share of articles derived from an earlier one (default ${DEFAULT-VALUE}).")
    double reuseRate = 0.2;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--per-part", description = "Articles per JSONL part file (default ${DEFAULT-VALUE}).")
    int perPart = 10_000;

    @Override
    public Integer call() {
        try {
            // Streamed: a million articles would not fit in the default heap as Article objects.
            CorpusFiles.Written w = CorpusFiles.generate(new CorpusGenerator(GoldBodies.read(gold, 80)),
                    articles, reuseRate, seed, out, perPart);
            System.out.printf("wrote %d articles in %d part files and %d injected derivations to %s%n",
                    w.articles(), w.parts().size(), w.injected(), out);
            return 0;
        } catch (Exception e) {
            System.err.println("stemma bench corpus: " + e.getMessage());
            return 1;
        }
    }
}
