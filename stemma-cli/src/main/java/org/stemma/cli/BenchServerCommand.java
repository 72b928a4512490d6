package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.eval.reuse.GoldBodies;
import org.stemma.eval.server.ServerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemma bench server}: ingest rate into a fresh store and API latency under loopback
 * load (see {@link ServerBenchmark}).
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Ingest a generated corpus into a new store (articles/s), then measure GET /stories/{id} and "
                + "GET /articles/{id}/links latency with N concurrent loopback clients.")
public final class BenchServerCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "store directory; built if missing (must then not exist), reused if it is a store")
    Path store;

    @Option(names = "--gold", description = "article-extraction ground truth whose bodies train the generator (default ${DEFAULT-VALUE})")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--articles", defaultValue = "100000", description = "corpus size (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--reuse-rate", defaultValue = "0.2", description = "share of derived articles (default ${DEFAULT-VALUE})")
    double reuseRate;

    @Option(names = "--batch", defaultValue = "1000", description = "articles per commit (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "measured load duration; 0 measures ingest only (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--analysis", defaultValue = "incremental", description = "per-batch analysis: incremental (new "
            + "pairs aligned, touched stories rebuilt), full (the whole Analyzer re-run over the batch, its candidates and "
            + "their stories) or links-stories (that, reuse links and stories only) (default ${DEFAULT-VALUE})")
    String analysis;

    @Option(names = "--analysed", defaultValue = "2147483647", paramLabel = "N", description = "only the first N articles go "
            + "through incremental ingest with analysis; the rest are stored with their fingerprints only (default: all)")
    int analysed;

    @Option(names = "--seed", defaultValue = "7", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        try {
            if (!Files.exists(store.resolve(org.stemma.store.StoreFormat.FILE))) {
                ServerBenchmark.ingest(() -> {
                    try {
                        return new CorpusGenerator(GoldBodies.read(gold, 80)).generate(articles, reuseRate, seed).articles();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, store, batch, analysis, analysed, System.out);
                System.gc();
            } else {
                System.out.println("reusing the store in " + store + " (delete it to measure ingest)");
            }
            if (seconds > 0) {
                ServerBenchmark.load(store, clients, seconds, seed, System.out);
            }
            return 0;
        } catch (Exception e) {
            System.err.println("stemma bench server: " + e);
            if (System.getenv("STEMMA_DEBUG") != null) {
                e.printStackTrace();
            }
            return 1;
        }
    }

}
