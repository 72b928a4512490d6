package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;

/**
 * Evaluation of lexical reuse detection by construction: pairs from {@link PairConstructor},
 * each run through {@link ReuseFinder} as a two-article corpus (candidate generation included),
 * scored with {@link PanMeasures} on the passages as the finder reports them (every passage is
 * one detection; the scorer joins nothing). The peer, {@link DifflibBaseline}, is scored on the
 * same pairs in the same run.
 */
public final class ReuseEvaluation {

    /** Measures overall and per pair type, for the finder's passages and for the peer. */
    public record Report(int pairs, PanMeasures.Result passages, PanMeasures.Result peer,
                         Map<String, PanMeasures.Result> passagesByType,
                         Map<String, PanMeasures.Result> peerByType, double seconds, double peerSeconds) {
    }

    private ReuseEvaluation() {
    }

    public static Report run(List<ConstructedPair> pairs, ReuseOptions options) {
        ReuseFinder finder = new ReuseFinder(options, null);
        List<PanMeasures.Scored> ours = new ArrayList<>();
        List<PanMeasures.Scored> peer = new ArrayList<>();
        Map<String, List<PanMeasures.Scored>> oursByType = new LinkedHashMap<>();
        Map<String, List<PanMeasures.Scored>> peerByType = new LinkedHashMap<>();
        long nanos = 0;
        long peerNanos = 0;
        for (ConstructedPair p : pairs) {
            long t0 = System.nanoTime();
            List<Link> links = finder.find(List.of(p.source(), p.suspicious()));
            long t1 = System.nanoTime();
            List<ReuseCase> base = DifflibBaseline.detect(p.source().text(), p.suspicious().text());
            peerNanos += System.nanoTime() - t1;
            nanos += t1 - t0;
            List<ReuseCase> detections = new ArrayList<>();
            for (Link l : links) {
                boolean srcIsA = l.a().equals(p.source().id());
                for (Passage ps : l.passages()) {
                    detections.add(srcIsA ? new ReuseCase(ps.a(), ps.b()) : new ReuseCase(ps.b(), ps.a()));
                }
            }
            PanMeasures.Scored o = new PanMeasures.Scored(p.cases(), detections);
            ours.add(o);
            oursByType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(o);
            PanMeasures.Scored b = new PanMeasures.Scored(p.cases(), base);
            peer.add(b);
            peerByType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(b);
        }
        return new Report(pairs.size(), PanMeasures.compute(ours), PanMeasures.compute(peer),
                byType(oursByType), byType(peerByType), nanos / 1e9, peerNanos / 1e9);
    }

    private static Map<String, PanMeasures.Result> byType(Map<String, List<PanMeasures.Scored>> m) {
        Map<String, PanMeasures.Result> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, PanMeasures.compute(v)));
        return out;
    }

    /** The report as a text table. */
    public static String format(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("pairs %d; stemma %.1f s, difflib peer %.1f s%n", r.pairs(), r.seconds(),
                r.peerSeconds()));
        sb.append(String.format("%-16s %6s %6s %8s %8s %8s %8s %8s %8s%n", "", "cases", "dets",
                "macroP", "macroR", "microP", "microR", "gran", "plagdet"));
        line(sb, "stemma passages", r.passages());
        line(sb, "difflib merged", r.peer());
        sb.append("stemma passages by pair type:\n");
        r.passagesByType().forEach((k, v) -> line(sb, "  " + k, v));
        sb.append("difflib merged by pair type:\n");
        r.peerByType().forEach((k, v) -> line(sb, "  " + k, v));
        return sb.toString();
    }

    /** One line per seed and the mean, for the finder and the peer. */
    public static String formatSeeds(List<Long> seeds, List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-10s %8s %8s %8s %8s | %8s %8s %8s %8s%n", "seed", "P", "R", "gran",
                "plagdet", "peer P", "peer R", "gran", "plagdet"));
        double[] sum = new double[8];
        for (int i = 0; i < reports.size(); i++) {
            PanMeasures.Result o = reports.get(i).passages();
            PanMeasures.Result p = reports.get(i).peer();
            double[] v = {o.macroPrecision(), o.macroRecall(), o.granularity(), o.plagdet(),
                p.macroPrecision(), p.macroRecall(), p.granularity(), p.plagdet()};
            sb.append(String.format("%-10d %8.3f %8.3f %8.3f %8.3f | %8.3f %8.3f %8.3f %8.3f%n",
                    seeds.get(i), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
            for (int k = 0; k < 8; k++) {
                sum[k] += v[k] / reports.size();
            }
        }
        sb.append(String.format("%-10s %8.3f %8.3f %8.3f %8.3f | %8.3f %8.3f %8.3f %8.3f%n", "mean",
                sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7]));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, PanMeasures.Result m) {
        sb.append(String.format("%-16s %6d %6d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n", name,
                m.cases(), m.detections(), m.macroPrecision(), m.macroRecall(), m.microPrecision(),
                m.microRecall(), m.granularity(), m.plagdet()));
    }
}
