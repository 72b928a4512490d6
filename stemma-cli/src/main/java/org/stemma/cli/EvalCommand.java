package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code stemma eval ...} commands: quality measured against outside data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against data nobody on the project wrote.",
        subcommands = {EvalExtractionCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
