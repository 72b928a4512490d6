package org.stemma.cli;

import java.nio.file.Path;
import org.stemma.align.ReuseOptions;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.store.CandidateSource;
import org.stemma.store.FingerprintKeys;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import picocli.CommandLine.Option;

/** Options shared by {@code ingest} and {@code serve}: the store and how new articles are analysed. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "stemma-data",
            description = "store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--embed", description = "use the sentence-embedding model for paraphrase, events and "
            + "reworded quotes (slower; lexical signals only without it)")
    boolean embed;

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "50",
            description = "stored articles at most considered per new article (default: ${DEFAULT-VALUE})")
    int candidates;

    /**
     * Incremental ingest into {@code store}: the reuse finder's fingerprints find the candidates,
     * only new pairs are aligned and the touched stories are rebuilt.
     */
    IncrementalIngest ingest(StemmaStore s) {
        ReuseOptions reuse = ReuseOptions.defaults();
        return new IncrementalIngest(s, CandidateSource.reuse(reuse, candidates), FingerprintKeys.reuse(reuse), reuse,
                embed ? new MiniLmEmbedder() : null, (stage, nanos) -> { });
    }
}
