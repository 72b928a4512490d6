package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code stemma} command. */
@Command(name = "stemma", mixinStandardHelpOptions = true, version = "stemma 0.1.0",
        description = "News provenance engine: which articles share text, who derived from whom, "
                + "and how quotations changed between outlets.",
        subcommands = {
                CommandLine.HelpCommand.class,
                AnalyzeCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                SparkCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
