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
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // One line, no stack trace: the user can only give the JVM more heap or less input.
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            code = 3;
        }
        System.exit(code);
    }

    /** The one-line message for a run that exhausted its heap of {@code maxHeapBytes}. */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        return "Error: out of memory (Java heap of " + mb + " MB); run again with a larger heap, "
                + "e.g. STEMMA_JAVA_OPTS=-Xmx8g ./stemma ..., or give it fewer articles per run";
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
