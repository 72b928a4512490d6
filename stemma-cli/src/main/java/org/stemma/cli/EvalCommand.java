package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the evaluation commands ({@code stemma eval <area>}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure quality on evaluation data, each set made in one of three ways:",
                "  published gold data: extraction (Zyte's article-extraction benchmark), "
                        + "paraphrase (MSRP), quotes (PolNeAR);",
                "  our annotation: quotes on data/quotes-gold (annotated in this project);",
                "  our generators: reuse and provenance (pairs and copy families constructed "
                        + "from the benchmark's article bodies, the answer known by construction)."},
        subcommands = {
                EvalReuseCommand.class,
                EvalParaphraseCommand.class,
                EvalProvenanceCommand.class,
                EvalExtractionCommand.class,
                EvalQuotesCommand.class,
        })
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
