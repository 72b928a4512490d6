package org.stemma.eval.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores and times main-text extractors on the same benchmark pages. Each extractor first runs
 * once over all pages untimed (its outputs are the predictions that get scored; this pass also
 * warms the JIT), then {@code timedRounds} more passes are timed on one thread. Decoding the
 * pages happens before, outside the timing, and is the same for every extractor.
 */
public final class ExtractionBenchmark {

    private final int timedRounds;

    public ExtractionBenchmark(int timedRounds) {
        this.timedRounds = Math.max(1, timedRounds);
    }

    public List<ExtractorRun> run(List<BenchmarkPage> pages, List<MainTextExtractor> extractors) {
        List<ExtractorRun> runs = new ArrayList<>();
        for (MainTextExtractor x : extractors) {
            runs.add(run(pages, x));
        }
        return runs;
    }

    public ExtractorRun run(List<BenchmarkPage> pages, MainTextExtractor x) {
        Map<String, String> predictions = new LinkedHashMap<>();
        Map<String, ShingleMatch> matches = new LinkedHashMap<>();
        int failures = 0;
        long bytes = 0;
        for (BenchmarkPage p : pages) {
            String out;
            try {
                out = x.extract(p.html(), p.url());
            } catch (Exception | StackOverflowError | LinkageError e) {
                out = "";
                failures++;
            }
            predictions.put(p.id(), out == null ? "" : out);
            matches.put(p.id(), ShingleMatch.of(p.truthBody(), out));
            bytes += p.bytes();
        }
        long sink = 0;
        long start = System.nanoTime();
        for (int r = 0; r < timedRounds; r++) {
            for (BenchmarkPage p : pages) {
                try {
                    String out = x.extract(p.html(), p.url());
                    sink += out == null ? 0 : out.length();
                } catch (Exception | StackOverflowError | LinkageError e) {
                    sink--;
                }
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        double pagesPerSecond = pages.size() * (double) timedRounds / seconds;
        double mbPerSecond = bytes * (double) timedRounds / 1e6 / seconds;
        return new ExtractorRun(x.name(), ExtractionScore.of(new ArrayList<>(matches.values())),
                pagesPerSecond, mbPerSecond, failures, predictions, matches);
    }

    /** The comparison table: extractor, precision, recall, F1, pages/s, MB/s. */
    public static String table(List<ExtractorRun> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-14s %9s %7s %6s %8s %6s %s%n", "extractor", "precision",
                "recall", "F1", "pages/s", "MB/s", "failures"));
        for (ExtractorRun r : runs) {
            sb.append(String.format("%-14s %9.3f %7.3f %6.3f %8.1f %6.2f %d%n", r.name(),
                    r.score().precision(), r.score().recall(), r.score().f1(), r.pagesPerSecond(),
                    r.mbPerSecond(), r.failures()));
        }
        return sb.toString();
    }
}
