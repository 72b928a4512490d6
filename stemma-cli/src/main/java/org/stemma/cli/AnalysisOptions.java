package org.stemma.cli;

import org.stemma.analysis.AnalysisConfig;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.text.SentenceEmbedder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags that decide what an analysis finds, shared by {@code analyze}, {@code ingest} and
 * {@code serve}: the reuse parameters and {@code --no-embed}. They build one
 * {@link AnalysisConfig}, whose defaults are every runner's.
 */
public final class AnalysisOptions {

    @Mixin
    ReuseOptionsMixin reuse = new ReuseOptionsMixin();

    @Option(names = "--no-embed",
            description = "Lexical signals only: skip the sentence-embedding model (no paraphrase links, no "
                    + "embedding-based events or reworded-quote matching).")
    boolean noEmbed;

    /** Accepted for old scripts: the model is on by default. */
    @Option(names = "--embed", hidden = true)
    boolean embed;

    /** The configuration these flags describe. */
    public AnalysisConfig config() {
        return AnalysisConfig.defaults().withReuse(reuse.options()).withEmbed(!noEmbed);
    }

    /** The model the configuration asks for (the JVM's shared session), or null with --no-embed. */
    public static SentenceEmbedder embedder(AnalysisConfig config) {
        return MiniLmEmbedder.forConfig(config);
    }
}
