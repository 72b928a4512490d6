package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the evaluation commands ({@code stemma eval <area>}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure quality on evaluation data made in one of three ways:",
                "- published: extraction (Zyte benchmark), paraphrase (MSRP), quotes (PolNeAR),",
                "  provenance (METER), stories (Gun Violence Archive, ECB+, SemEval-2022 Task 8)",
                "- our annotation: quotes on data/quotes-gold, annotated in this project",
                "- our generators: reuse, provenance --trees (built from the benchmark's bodies)"},
        subcommands = {
                EvalReuseCommand.class,
                EvalParaphraseCommand.class,
                EvalProvenanceCommand.class,
                EvalExtractionCommand.class,
                EvalQuotesCommand.class,
                EvalStoriesCommand.class,
        })
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
