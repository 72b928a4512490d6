package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the evaluation commands ({@code stemma eval <area>}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against evaluation data nobody here wrote.",
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
