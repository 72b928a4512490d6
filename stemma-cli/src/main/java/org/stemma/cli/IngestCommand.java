package org.stemma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.article.Article;
import org.stemma.ingest.IngestStats;
import org.stemma.ingest.Ingestor;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma ingest FILES… --store DIR}: adds articles to the store and matches them against
 * everything stored, batch by batch; each batch is committed atomically, so an interrupted
 * ingest keeps every finished batch and a rerun (which skips stored ids) completes the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:at least one article was read (problems with other inputs are warnings)",
                "1:no article could be read", "2:bad options, or the store cannot be opened"},
        description = "Add articles (text, HTML, JSONL, WARC files or folders) to a store, matching them "
                + "against the stored corpus.")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "input files or folders")
    List<Path> inputs;

    @Mixin
    StoreOptions options;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--replace", description = "re-ingest articles whose id is already stored (default: skip them)")
    boolean replace;

    @Override
    public Integer call() {
        if (batch < 1) {
            System.err.println("stemma ingest: --batch must be at least 1");
            return 2;
        }
        if (options.candidates < 1) {
            System.err.println("stemma ingest: --candidates must be at least 1");
            return 2;
        }
        long t0 = System.nanoTime();
        try (StemmaStore store = StemmaStore.open(options.store)) {
            IncrementalIngest ingest = options.ingest(store);
            List<Article> pending = new ArrayList<>();
            long[] counts = new long[3]; // added, skipped as stored, batches
            IngestStats stats = new Ingestor().read(inputs, a -> {
                if (!replace && store.contains(a.id())) {
                    counts[1]++;
                    return;
                }
                pending.add(a);
                if (pending.size() >= batch) {
                    counts[0] += flush(ingest, pending, counts, t0);
                }
            }, System.err::println);
            counts[0] += flush(ingest, pending, counts, t0);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("read %d articles from %d files; stored %d (%.1f articles/s), skipped %d already stored,"
                    + " %d unreadable; the store holds %d articles in %d stories%n", stats.articles(), stats.files(),
                    counts[0], counts[0] / Math.max(s, 1e-9), counts[1], stats.skipped(), store.articleCount(),
                    store.storyCount());
            // as analyze: a problem with some inputs is a warning when articles were read
            if (stats.articles() == 0) {
                System.err.println("stemma ingest: no articles read from " + String.join(", ",
                        inputs.stream().map(Path::toString).toList()));
                return 1;
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("stemma ingest: " + e.getMessage());
            return 2;
        }
    }

    private static long flush(IncrementalIngest ingest, List<Article> pending, long[] counts, long t0) {
        if (pending.isEmpty()) {
            return 0;
        }
        IncrementalIngest.Result r = ingest.ingest(List.copyOf(pending));
        int n = pending.size();
        pending.clear();
        counts[2]++;
        System.err.printf("stemma ingest: batch %d committed: %d articles (%d re-analysed with their matches), "
                + "%.0f s%n", counts[2], n, r.analysed(), (System.nanoTime() - t0) / 1e9);
        return n;
    }
}
