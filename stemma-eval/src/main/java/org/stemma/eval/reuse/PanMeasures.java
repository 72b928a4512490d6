package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.List;
import org.stemma.eval.Measures;
import org.stemma.text.Span;

/**
 * The PAN text-alignment measures (Potthast, Stein, Barrón-Cedeño and Rosso, "An Evaluation
 * Framework for Plagiarism Detection", COLING 2010). A case or detection is a pair of char spans
 * (source, suspicious); its size is the chars of both spans. A detection r <em>detects</em> a case
 * s if they overlap in both documents, and then {@code s ⊓ r} is their overlap in each document.
 * <ul>
 *   <li>macro precision: mean over detections of {@code |∪_s (s ⊓ r)| / |r|};</li>
 *   <li>macro recall: mean over cases of {@code |∪_r (s ⊓ r)| / |s|};</li>
 *   <li>micro precision/recall: the same chars summed over the whole set, divided by the chars
 *       of all detections / all cases;</li>
 *   <li>granularity: mean number of detections detecting a case, over cases detected at least
 *       once (1 is ideal);</li>
 *   <li>plagdet: {@code F1 / log2(1 + granularity)}.</li>
 * </ul>
 * Each document pair is scored on its own chars (pairs never share characters).
 */
public final class PanMeasures {

    /** Gold cases and detections of one document pair. */
    public record Scored(List<ReuseCase> cases, List<ReuseCase> detections) {
    }

    /** The measures over a set of document pairs. */
    public record Result(int cases, int detections, double macroPrecision, double macroRecall,
                         double microPrecision, double microRecall, double granularity) {

        public double macroF1() {
            return Measures.f1(macroPrecision, macroRecall);
        }

        public double microF1() {
            return Measures.f1(microPrecision, microRecall);
        }

        public double plagdet() {
            return plagdet(macroF1(), granularity);
        }

        public double microPlagdet() {
            return plagdet(microF1(), granularity);
        }


        private static double plagdet(double f1, double g) {
            return f1 / (Math.log(1 + g) / Math.log(2));
        }
    }

    private PanMeasures() {
    }

    public static Result compute(List<Scored> pairs) {
        int nCases = 0;
        int nDet = 0;
        double precSum = 0;
        double recSum = 0;
        long microHit = 0;
        long microDet = 0;
        long microCase = 0;
        long detectedCases = 0;
        long detectionsPerDetected = 0;
        for (Scored p : pairs) {
            for (ReuseCase r : p.detections()) {
                nDet++;
                List<Span> src = new ArrayList<>();
                List<Span> susp = new ArrayList<>();
                for (ReuseCase s : p.cases()) {
                    if (detects(r, s)) {
                        src.add(intersect(s.source(), r.source()));
                        susp.add(intersect(s.suspicious(), r.suspicious()));
                    }
                }
                long size = r.source().length() + r.suspicious().length();
                precSum += size == 0 ? 0 : (double) (union(src) + union(susp)) / size;
            }
            for (ReuseCase s : p.cases()) {
                nCases++;
                List<Span> src = new ArrayList<>();
                List<Span> susp = new ArrayList<>();
                int detecting = 0;
                for (ReuseCase r : p.detections()) {
                    if (detects(r, s)) {
                        detecting++;
                        src.add(intersect(s.source(), r.source()));
                        susp.add(intersect(s.suspicious(), r.suspicious()));
                    }
                }
                long size = s.source().length() + s.suspicious().length();
                recSum += size == 0 ? 0 : (double) (union(src) + union(susp)) / size;
                if (detecting > 0) {
                    detectedCases++;
                    detectionsPerDetected += detecting;
                }
            }
            // Micro: chars of (cases ∩ detections), of detections, of cases, per document.
            List<Span> hitSrc = new ArrayList<>();
            List<Span> hitSusp = new ArrayList<>();
            for (ReuseCase s : p.cases()) {
                for (ReuseCase r : p.detections()) {
                    if (detects(r, s)) {
                        hitSrc.add(intersect(s.source(), r.source()));
                        hitSusp.add(intersect(s.suspicious(), r.suspicious()));
                    }
                }
            }
            microHit += union(hitSrc) + union(hitSusp);
            List<Span> dSrc = new ArrayList<>();
            List<Span> dSusp = new ArrayList<>();
            for (ReuseCase r : p.detections()) {
                dSrc.add(r.source());
                dSusp.add(r.suspicious());
            }
            microDet += union(dSrc) + union(dSusp);
            List<Span> cSrc = new ArrayList<>();
            List<Span> cSusp = new ArrayList<>();
            for (ReuseCase s : p.cases()) {
                cSrc.add(s.source());
                cSusp.add(s.suspicious());
            }
            microCase += union(cSrc) + union(cSusp);
        }
        double macroP = nDet == 0 ? 0 : precSum / nDet;
        double macroR = nCases == 0 ? 0 : recSum / nCases;
        double microP = Measures.share(microHit, microDet);
        double microR = Measures.share(microHit, microCase);
        double gran = detectedCases == 0 ? 1 : (double) detectionsPerDetected / detectedCases;
        return new Result(nCases, nDet, macroP, macroR, microP, microR, gran);
    }

    static boolean detects(ReuseCase r, ReuseCase s) {
        return r.source().overlaps(s.source()) && r.suspicious().overlaps(s.suspicious());
    }

    private static Span intersect(Span x, Span y) {
        int s = Math.max(x.start(), y.start());
        int e = Math.min(x.end(), y.end());
        return new Span(s, Math.max(s, e));
    }

    /** Chars in the union of the spans. */
    static long union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        long total = 0;
        int end = 0;
        for (Span s : sorted) {
            int from = Math.max(s.start(), end);
            if (s.end() > from) {
                total += s.end() - from;
                end = s.end();
            }
        }
        return total;
    }
}
