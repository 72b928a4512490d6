package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.eval.reuse.GoldBodies;
import org.stemma.eval.server.StoryGrowthBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma bench growth}: incremental ingest into one growing story, batch by batch (see {@link StoryGrowthBenchmark}). */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = "Ingest N retellings of one event into a new store in batches and print each batch's time against"
                + " the first (does a batch's cost grow with its story?), then a whole-corpus analyze of the same articles.")
public final class BenchGrowthCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "store directory (must not exist)")
    Path store;

    @Option(names = "--gold", description = "article-extraction ground truth whose bodies train the text generator (default ${DEFAULT-VALUE})")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--articles", defaultValue = "3000", description = "articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--batch", defaultValue = "500", description = "articles per batch (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", defaultValue = "7", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(store)) {
            System.err.println("stemma bench growth: " + store + " exists; give a new directory");
            return 2;
        }
        if (articles < 1 || batch < 1) {
            System.err.println("stemma bench growth: --articles and --batch must be at least 1");
            return 2;
        }
        CorpusGenerator generator = new CorpusGenerator(GoldBodies.read(gold, 80));
        StoryGrowthBenchmark.run(StoryGrowthBenchmark.corpus(generator, articles, seed), store, batch, System.out);
        return 0;
    }
}
