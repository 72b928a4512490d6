package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.text.Span;

/**
 * Evaluation of lexical reuse detection by construction: pairs from {@link PairConstructor},
 * each run through {@link ReuseFinder} as a two-article corpus (candidate generation included),
 * scored with {@link PanMeasures}.
 *
 * <p>Detections are scored two ways: <b>passages</b> (each passage of the link is a detection)
 * and <b>regions</b> (passages that follow each other in both texts with at most
 * {@link #ADJACENT_CHARS} chars between them are one detection: the finder splits one aligned
 * region into verbatim and edited stretches, which says how text was reused, not that there are
 * several reuses).
 */
public final class ReuseEvaluation {

    /** Largest gap, in chars in each text, between passages joined into one region. */
    public static final int ADJACENT_CHARS = 400;

    /** Measures overall and per pair type, for passages and for regions. */
    public record Report(int pairs, PanMeasures.Result passages, PanMeasures.Result regions,
                         Map<String, PanMeasures.Result> regionsByType,
                         Map<String, PanMeasures.Result> passagesByType, double seconds) {
    }

    private ReuseEvaluation() {
    }

    public static Report run(List<ConstructedPair> pairs, ReuseOptions options) {
        ReuseFinder finder = new ReuseFinder(options, null);
        long t0 = System.nanoTime();
        List<PanMeasures.Scored> byPassage = new ArrayList<>();
        List<PanMeasures.Scored> byRegion = new ArrayList<>();
        Map<String, List<PanMeasures.Scored>> byType = new LinkedHashMap<>();
        Map<String, List<PanMeasures.Scored>> byTypeP = new LinkedHashMap<>();
        for (ConstructedPair p : pairs) {
            List<Link> links = finder.find(List.of(p.source(), p.suspicious()));
            List<ReuseCase> detections = new ArrayList<>();
            for (Link l : links) {
                boolean srcIsA = l.a().equals(p.source().id());
                for (Passage ps : l.passages()) {
                    detections.add(srcIsA ? new ReuseCase(ps.a(), ps.b()) : new ReuseCase(ps.b(), ps.a()));
                }
            }
            PanMeasures.Scored passage = new PanMeasures.Scored(p.cases(), detections);
            byPassage.add(passage);
            byTypeP.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(passage);
            PanMeasures.Scored region = new PanMeasures.Scored(p.cases(), joinAdjacent(detections));
            byRegion.add(region);
            byType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(region);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, PanMeasures.Result> types = new LinkedHashMap<>();
        byType.forEach((k, v) -> types.put(k, PanMeasures.compute(v)));
        Map<String, PanMeasures.Result> typesP = new LinkedHashMap<>();
        byTypeP.forEach((k, v) -> typesP.put(k, PanMeasures.compute(v)));
        return new Report(pairs.size(), PanMeasures.compute(byPassage), PanMeasures.compute(byRegion),
                types, typesP, seconds);
    }

    /** Joins detections that follow each other in both texts with small gaps. */
    static List<ReuseCase> joinAdjacent(List<ReuseCase> detections) {
        List<ReuseCase> sorted = new ArrayList<>(detections);
        sorted.sort((x, y) -> x.source().compareTo(y.source()));
        List<ReuseCase> out = new ArrayList<>();
        for (ReuseCase d : sorted) {
            if (!out.isEmpty()) {
                ReuseCase last = out.get(out.size() - 1);
                int gapSrc = d.source().start() - last.source().end();
                int gapSusp = d.suspicious().start() - last.suspicious().end();
                if (gapSrc >= 0 && gapSusp >= 0 && gapSrc <= ADJACENT_CHARS && gapSusp <= ADJACENT_CHARS) {
                    out.set(out.size() - 1, new ReuseCase(
                            new Span(last.source().start(), d.source().end()),
                            new Span(last.suspicious().start(), d.suspicious().end())));
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    /** The report as a text table. */
    public static String format(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("pairs %d, %.1f s%n", r.pairs(), r.seconds()));
        sb.append(String.format("%-14s %6s %6s %8s %8s %8s %8s %8s %8s%n", "", "cases", "dets",
                "macroP", "macroR", "microP", "microR", "gran", "plagdet"));
        line(sb, "passages", r.passages());
        line(sb, "regions", r.regions());
        sb.append("regions by pair type:\n");
        r.regionsByType().forEach((k, v) -> line(sb, "  " + k, v));
        sb.append("passages by pair type:\n");
        r.passagesByType().forEach((k, v) -> line(sb, "  " + k, v));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, PanMeasures.Result m) {
        sb.append(String.format("%-14s %6d %6d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n", name,
                m.cases(), m.detections(), m.macroPrecision(), m.macroRecall(), m.microPrecision(),
                m.microRecall(), m.granularity(), m.plagdet()));
    }
}
