package org.stemma.eval.provenance;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.eval.reuse.CorpusGenerator;

/**
 * Cost of the graph stages (stories and provenance) against the whole lexical analysis
 * ({@link Analyzer}: links, stories, quotes, provenance) on a corpus generated from real article
 * bodies with injected reuse ({@link CorpusGenerator}).
 */
public final class ProvenanceBenchmark {

    private ProvenanceBenchmark() {
    }

    /** Runs the analysis once and prints each stage's time and the graph stages' share. */
    public static void run(List<String> bodies, int size, double reuseRate, long seed, PrintStream out) {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(bodies).generate(size, reuseRate, seed);
        Map<String, Long> nanos = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Analysis a = new Analyzer().analyze(corpus.articles(), nanos::put);
        long total = System.nanoTime() - t0;
        long graph = nanos.getOrDefault("stories", 0L) + nanos.getOrDefault("provenance", 0L);
        out.printf("articles=%d reuse-rate=%.2f: links=%d stories=%d derivations=%d%n", size, reuseRate,
                a.links().size(), a.stories().size(), a.provenance().size());
        nanos.forEach((stage, ns) -> out.printf("  %-10s %8.2f s%n", stage, ns / 1e9));
        out.printf("analyze %.2f s (%.0f docs/s); graph stages (stories + provenance) %.2f s = %.1f%% of analyze;"
                        + " peak heap %d MB%n",
                total / 1e9, size / (total / 1e9), graph / 1e9, 100.0 * graph / total,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        out.printf("provenance alone %.2f s = %.1f%% of analyze; stories alone %.2f s = %.1f%%%n",
                nanos.getOrDefault("provenance", 0L) / 1e9, 100.0 * nanos.getOrDefault("provenance", 0L) / total,
                nanos.getOrDefault("stories", 0L) / 1e9, 100.0 * nanos.getOrDefault("stories", 0L) / total);
    }
}
