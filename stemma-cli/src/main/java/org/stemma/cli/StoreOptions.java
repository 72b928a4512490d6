package org.stemma.cli;

import java.nio.file.Path;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code ingest} and {@code serve}: the store and how new articles are analysed. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "stemma-data",
            description = "store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "" + IncrementalIngest.DEFAULT_CANDIDATES,
            description = "stored articles at most considered per new article (default: ${DEFAULT-VALUE})")
    int candidates;

    /**
     * Incremental ingest into {@code store} with the analysis the flags describe (the same
     * configuration as {@code analyze}): the reuse finder's fingerprints find the candidates, only
     * new pairs are aligned and the touched stories are rebuilt.
     */
    IncrementalIngest ingest(StemmaStore s) {
        AnalysisConfig config = analysis.config();
        return IncrementalIngest.of(s, config, AnalysisOptions.embedder(config), candidates);
    }
}
