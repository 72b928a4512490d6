package org.stemma.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;

/**
 * Child process of {@link CrashSafetyTest}: ingests generated articles {@code 0..n-1} into a
 * store in batches, skipping those already stored (as {@code stemma ingest} does on a rerun).
 * Arguments: store dir, n, batch size.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (StemmaStore store = StemmaStore.open(dir)) {
            IncrementalIngest ingest = new IncrementalIngest(store, (article, s) -> List.of(), FingerprintKeys.NONE,
                    list -> new Analysis(list, List.of(), List.of(), List.of(), List.of()));
            List<Article> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!store.contains(Fixtures.id(i))) {
                    pending.add(Fixtures.article(i));
                }
                if (pending.size() == batch || (i == n - 1 && !pending.isEmpty())) {
                    ingest.ingest(pending);
                    pending = new ArrayList<>();
                }
            }
        }
        System.out.println("done in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
