package org.stemma.eval.provenance;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.eval.reuse.CorpusGenerator;

/**
 * Cost of the graph stages (stories and provenance) against the whole lexical analysis
 * ({@link Analyzer}: links, stories, quotes, provenance) on a corpus generated from real article
 * bodies with injected reuse ({@link CorpusGenerator}). Each stage's wall time and process CPU
 * time are printed, with the load average.
 */
public final class ProvenanceBenchmark {

    private ProvenanceBenchmark() {
    }

    /** Runs the analysis once and prints each stage's time and the graph stages' share. */
    public static void run(List<String> bodies, int size, double reuseRate, long seed, PrintStream out) {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(bodies).generate(size, reuseRate, seed);
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> cpu = new LinkedHashMap<>();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long[] lastCpu = {processCpuNanos(os)};
        long cpu0 = lastCpu[0];
        long t0 = System.nanoTime();
        // The stages run one after another: the process CPU time between two reports is the
        // stage's (all its threads, plus the JVM's own, such as GC), a figure a loaded machine
        // inflates far less than wall time.
        Analysis a = new Analyzer().analyze(corpus.articles(), (stage, ns) -> {
            long now = processCpuNanos(os);
            nanos.put(stage, ns);
            cpu.put(stage, now - lastCpu[0]);
            lastCpu[0] = now;
        });
        long total = System.nanoTime() - t0;
        long totalCpu = processCpuNanos(os) - cpu0;
        long graph = nanos.getOrDefault("stories", 0L) + nanos.getOrDefault("provenance", 0L);
        out.printf("articles=%d reuse-rate=%.2f: links=%d stories=%d derivations=%d%n", size, reuseRate,
                a.links().size(), a.stories().size(), a.provenance().size());
        nanos.forEach((stage, ns) -> out.printf("  %-10s %8.2f s wall %8.2f s CPU%n", stage, ns / 1e9,
                cpu.getOrDefault(stage, 0L) / 1e9));
        out.printf("analyze %.2f s (%.0f docs/s); graph stages (stories + provenance) %.2f s = %.1f%% of analyze;"
                        + " peak heap %d MB%n",
                total / 1e9, size / (total / 1e9), graph / 1e9, 100.0 * graph / total,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        out.printf("provenance alone %.2f s = %.1f%% of analyze; stories alone %.2f s = %.1f%%%n",
                nanos.getOrDefault("provenance", 0L) / 1e9, 100.0 * nanos.getOrDefault("provenance", 0L) / total,
                nanos.getOrDefault("stories", 0L) / 1e9, 100.0 * nanos.getOrDefault("stories", 0L) / total);
        if (totalCpu > 0) {
            out.printf("CPU time: analyze %.2f s; stories %.2f s = %.1f%% of analyze; provenance %.2f s = %.1f%%;"
                            + " load average %.1f before, %.1f after%n", totalCpu / 1e9,
                    cpu.getOrDefault("stories", 0L) / 1e9, 100.0 * cpu.getOrDefault("stories", 0L) / totalCpu,
                    cpu.getOrDefault("provenance", 0L) / 1e9, 100.0 * cpu.getOrDefault("provenance", 0L) / totalCpu,
                    loadBefore, os.getSystemLoadAverage());
        }
    }

    /** CPU time of the whole process in nanoseconds, or -1 where the JVM cannot tell. */
    private static long processCpuNanos(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
