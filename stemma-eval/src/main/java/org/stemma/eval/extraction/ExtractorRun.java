package org.stemma.eval.extraction;

import java.util.List;
import java.util.Map;
import org.stemma.eval.Measures;

/**
 * One extractor's outcome on a benchmark.
 *
 * @param name           extractor name
 * @param score          benchmark precision, recall, F1
 * @param pagesPerSecond pages extracted per second in the timed passes (one thread)
 * @param mbPerSecond    megabytes (10^6 bytes of undecoded page) extracted per second
 * @param cpuPagesPerSecond pages per second of the timing thread's CPU time (less sensitive to
 *                       other load on the machine than wall-clock time)
 * @param failures       pages on which the extractor threw (scored as empty output)
 * @param predictions    page id → predicted article body
 * @param matches        page id → the page's shingle match
 */
public record ExtractorRun(String name, ExtractionScore score, double pagesPerSecond,
                           double mbPerSecond, double cpuPagesPerSecond, int failures, Map<String, String> predictions,
                           Map<String, ShingleMatch> matches) {

    /** Page ids ordered from the worst F1 to the best, for inspection. */
    public List<String> worstPages() {
        return matches.entrySet().stream()
                .sorted((a, b) -> Double.compare(f1(a.getValue()), f1(b.getValue())))
                .map(Map.Entry::getKey)
                .toList();
    }

    static double f1(ShingleMatch m) {
        return Measures.f1(m.precision(), m.recall());
    }
}
