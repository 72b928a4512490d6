package org.stemma.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores and times main-text extractors on the same benchmark pages. Each extractor first runs
 * once over all pages untimed (its outputs are the predictions that get scored; this pass also
 * warms the JIT). Then {@code timedRounds} passes are timed on one thread, interleaved page by
 * page (page 1 by every extractor, in rotating order, then page 2...), so that load from other
 * processes on a shared machine falls on all extractors alike. Both wall-clock time and the
 * thread's CPU time are summed per extractor. Decoding happens before, outside the timing, and
 * is the same for every extractor.
 */
public final class ExtractionBenchmark {

    private final int timedRounds;

    public ExtractionBenchmark(int timedRounds) {
        this.timedRounds = Math.max(1, timedRounds);
    }

    public List<ExtractorRun> run(List<BenchmarkPage> pages, List<MainTextExtractor> extractors) {
        int k = extractors.size();
        List<Map<String, String>> predictions = new ArrayList<>();
        List<Map<String, ShingleMatch>> matches = new ArrayList<>();
        int[] failures = new int[k];
        for (int x = 0; x < k; x++) {
            Map<String, String> pred = new LinkedHashMap<>();
            Map<String, ShingleMatch> match = new LinkedHashMap<>();
            for (BenchmarkPage p : pages) {
                String out = extractOrNull(extractors.get(x), p);
                if (out == null) {
                    failures[x]++;
                    out = "";
                }
                pred.put(p.id(), out);
                match.put(p.id(), ShingleMatch.of(p.truthBody(), out));
            }
            predictions.add(pred);
            matches.add(match);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long[] wall = new long[k];
        long[] cpuTime = new long[k];
        long sink = 0;
        for (int r = 0; r < timedRounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                BenchmarkPage p = pages.get(i);
                for (int j = 0; j < k; j++) {
                    int x = (i + j + r) % k;
                    long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
                    long t0 = System.nanoTime();
                    String out = extractOrNull(extractors.get(x), p);
                    wall[x] += System.nanoTime() - t0;
                    cpuTime[x] += cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
                    sink += out == null ? -1 : out.length();
                }
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        long bytes = pages.stream().mapToLong(BenchmarkPage::bytes).sum();
        List<ExtractorRun> runs = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            double seconds = Math.max(1e-9, wall[x] / 1e9);
            double cpuSeconds = cpu ? Math.max(1e-9, cpuTime[x] / 1e9) : Double.NaN;
            double n = pages.size() * (double) timedRounds;
            runs.add(new ExtractorRun(extractors.get(x).name(),
                    ExtractionScore.of(new ArrayList<>(matches.get(x).values())), n / seconds,
                    bytes * (double) timedRounds / 1e6 / seconds, n / cpuSeconds, failures[x],
                    predictions.get(x), matches.get(x)));
        }
        return runs;
    }

    /** One extractor alone (for tests and quick checks). */
    public ExtractorRun run(List<BenchmarkPage> pages, MainTextExtractor x) {
        return run(pages, List.of(x)).get(0);
    }

    private static String extractOrNull(MainTextExtractor x, BenchmarkPage p) {
        try {
            String out = x.extract(p.html(), p.url());
            return out == null ? "" : out;
        } catch (Exception | StackOverflowError | LinkageError e) {
            return null;
        }
    }

    /** The comparison table: extractor, precision, recall, F1, pages/s (wall and CPU), MB/s. */
    public static String table(List<ExtractorRun> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-14s %9s %7s %6s %8s %6s %12s %s%n", "extractor", "precision",
                "recall", "F1", "pages/s", "MB/s", "cpu pages/s", "failures"));
        for (ExtractorRun r : runs) {
            sb.append(String.format("%-14s %9.3f %7.3f %6.3f %8.1f %6.2f %12.1f %d%n", r.name(),
                    r.score().precision(), r.score().recall(), r.score().f1(), r.pagesPerSecond(),
                    r.mbPerSecond(), r.cpuPagesPerSecond(), r.failures()));
        }
        return sb.toString();
    }
}
