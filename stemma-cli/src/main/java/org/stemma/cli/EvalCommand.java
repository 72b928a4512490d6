package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stemma eval ...}: measurements against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Stemma against gold data.",
        subcommands = {EvalQuotesCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
