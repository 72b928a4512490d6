package org.stemma.eval.extraction;

import java.util.List;
import org.stemma.eval.Measures;

/**
 * Benchmark totals over pages, as Zyte's {@code metrics_from_tp_fp_fns}: precision is the mean of
 * per-page precision over pages where something was predicted or wrongly predicted
 * ({@code tp + fp > 0}), recall the mean of per-page recall over pages with text to find
 * ({@code tp + fn > 0}), and F1 the harmonic mean of those two means.
 */
public record ExtractionScore(double precision, double recall, double f1, int pages) {

    public static ExtractionScore of(List<ShingleMatch> matches) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        for (ShingleMatch m : matches) {
            if (m.tp() + m.fp() > 0) {
                p += m.precision();
                pn++;
            }
            if (m.tp() + m.fn() > 0) {
                r += m.recall();
                rn++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = Measures.f1(precision, recall);
        return new ExtractionScore(precision, recall, f1, matches.size());
    }
}
