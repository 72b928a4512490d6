package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stemma eval}: parent of the evaluation commands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality against evaluation data.",
        subcommands = {EvalProvenanceCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
