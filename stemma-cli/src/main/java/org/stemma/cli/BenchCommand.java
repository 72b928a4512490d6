package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmark commands ({@code stemma bench <area>}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory, against a peer in the same run.",
        subcommands = {
                BenchReuseCommand.class,
                BenchProvenanceCommand.class,
                BenchServerCommand.class,
                BenchCorpusCommand.class,
                BenchModelCommand.class,
                BenchGrowthCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
