package org.stemma.eval.provenance;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.Derivation;

/** The METER evaluation as one command prints it: the peer, Stemma cross-validated, Stemma as shipped. */
public final class MeterRun {

    private MeterRun() {
    }

    public static void run(MeterData data, Analysis analysis, int folds, List<Long> seeds, boolean fitAll,
                           PrintStream out) {
        run(data, analysis, folds, seeds, fitAll, List.of(), out);
    }

    /**
     * As above, with {@code extra} labelled graphs (constructed families) fitted beside METER in
     * every fold and in the whole-folder fit.
     */
    public static void run(MeterData data, Analysis analysis, int folds, List<Long> seeds, boolean fitAll,
                           List<CopyModelFit.Labelled> extra, PrintStream out) {
        String dump = System.getProperty("stemma.eval.dump");
        if (dump != null) {
            dump(data, analysis, java.nio.file.Path.of(dump));
        }
        Map<String, String> peer = TrigramPeer.parents(data.articles());
        out.println(MeterEvaluation.format("peer (longest text holding most trigrams)",
                MeterEvaluation.score(data, peer, null, null)));
        Set<String> linked = MeterEvaluation.linkedToSource(data, analysis.links());
        out.print(MeterEvaluation.breakdown(data, peer, linked));
        // Out-of-fold derivations state the tree marginal itself (no calibration) and are directed
        // by the order rule alone; the calibration is fitted and applied out of fold below.
        CopyModel raw = CopyModel.DEFAULT.withCalibration(CopyModel.Calibration.NONE).withDirectedMin(0);
        List<Derivation> pooled = new java.util.ArrayList<>();
        for (long seed : seeds) {
            out.printf(Locale.ROOT, "cross-validation, %d folds by catchline, seed %d:%n", folds, seed);
            Map<String, Derivation> cv = MeterEvaluation.crossValidated(data, analysis, folds, seed, raw, extra, out);
            if (dump != null) {
                dumpParents(cv, java.nio.file.Path.of(dump + ".cv" + seed));
            }
            report(out, "Stemma, cross-validated, stated = tree marginal (uncalibrated; directed = order clear)",
                    data, cv);
            out.print(MeterEvaluation.breakdown(data, MeterEvaluation.parents(cv), linked));
            thresholds(out, data, cv);
            Map<String, Derivation> round1 = new HashMap<>();
            cv.forEach((c, d) -> round1.put(c, ConfidenceCalibration.calibrated(d, CopyModel.Calibration.NONE, 0.5)));
            committed(out, "  round 1's rule (directed = order clear and marginal >= 0.5)", data, round1);
            Map<String, Derivation> cal = ConfidenceCalibration.outOfFold(data, cv,
                    MeterEvaluation.folds(data, folds, seed), folds, CopyModel.DEFAULT.directedMin());
            report(out, "Stemma, cross-validated, confidence calibrated out of fold (Platt; directed = order clear"
                    + " and calibrated >= " + CopyModel.DEFAULT.directedMin() + ")", data, cal);
            pooled.addAll(cv.values());
        }
        Map<String, Derivation> shipped = MeterEvaluation.byCopy(analysis.provenance());
        report(out, "Stemma as shipped (its model was fitted on this folder if it is meter-showbiz: resubstitution)",
                data, shipped);
        out.print(MeterEvaluation.breakdown(data, MeterEvaluation.parents(shipped), linked));
        if (fitAll) {
            CopyModel m = MeterEvaluation.fit(data, analysis,
                    Set.copyOf(data.articles().stream().map(Article::id).toList()), CopyModel.DEFAULT, extra);
            out.println("fitted on the whole folder: " + MeterEvaluation.describe(m));
            double[] w = m.weights();
            StringBuilder b = new StringBuilder("  new double[] {");
            for (int i = 0; i < w.length; i++) {
                b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w[i]));
            }
            b.append("},\n  new double[] {");
            double[] r = m.rootWeights();
            for (int i = 0; i < r.length; i++) {
                b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", r[i]));
            }
            out.println(b.append("}"));
            CopyModel.Calibration c = ConfidenceCalibration.fit(data, pooled);
            out.printf(Locale.ROOT, "calibration fitted on every out-of-fold derivation above (%d): "
                    + "new Calibration(%.4f, %.4f)%n", pooled.size(), c.slope(), c.intercept());
        }
    }

    /** Every candidate edge with its features and what the gold says of it, as TSV (for study). */
    private static void dump(MeterData data, Analysis analysis, java.nio.file.Path file) {
        StringBuilder b = new StringBuilder("group\tsource\tcopy\tcopyLabel\tsourceIsGoldSource");
        for (String n : CopyModel.NAMES) {
            b.append('\t').append(n);
        }
        for (String n : CopyModel.ROOT_NAMES) {
            b.append("\troot.").append(n);
        }
        b.append('\n');
        int gi = 0;
        for (org.stemma.provenance.CandidateGraph g : org.stemma.provenance.ProvenanceBuilder.candidates(
                data.articles(), analysis.links(), analysis.quotes(), Set.of())) {
            for (int e = 0; e < g.from().length; e++) {
                String s = g.nodes().get(g.from()[e]);
                String c = g.nodes().get(g.to()[e]);
                MeterData.Story st = data.stories().get(c);
                String label = st != null ? st.label() : data.wire().contains(c) ? "wire" : "?";
                boolean gold = st != null && st.sources().contains(s);
                b.append(gi).append('\t').append(s).append('\t').append(c).append('\t').append(label).append('\t')
                        .append(gold);
                for (double x : g.x()[e]) {
                    b.append('\t').append(String.format(Locale.ROOT, "%.5f", x));
                }
                for (double x : g.rootX()[g.to()[e]]) {
                    b.append('\t').append(String.format(Locale.ROOT, "%.5f", x));
                }
                b.append('\n');
            }
            gi++;
        }
        try {
            java.nio.file.Files.writeString(file, b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each out-of-fold parent with its stated probability and whether directed, as TSV (for study). */
    private static void dumpParents(Map<String, Derivation> ds, java.nio.file.Path file) {
        StringBuilder b = new StringBuilder("copy\tsource\tconfidence\tdirected\n");
        new java.util.TreeMap<>(ds).forEach((c, d) -> b.append(c).append('\t').append(d.source()).append('\t')
                .append(d.confidence()).append('\t').append(d.directed()).append('\n'));
        try {
            java.nio.file.Files.writeString(file, b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(PrintStream out, String label, MeterData data, Map<String, Derivation> ds) {
        Map<String, Double> conf = new HashMap<>();
        Map<String, Boolean> directed = new HashMap<>();
        ds.forEach((c, d) -> {
            conf.put(c, d.confidence());
            directed.put(c, d.directed());
        });
        MeterEvaluation.Score s = MeterEvaluation.score(data, MeterEvaluation.parents(ds), conf, directed);
        out.println(MeterEvaluation.format(label, s));
        out.printf(Locale.ROOT, "  directed: %d derivations, %d right (precision %.3f); undirected: %d%n",
                s.committed, s.committedRight, s.committed == 0 ? 0 : s.committedRight / (double) s.committed,
                ds.size() - s.committed);
        out.printf(Locale.ROOT, "  reliability (every derivation into a labelled text), ECE %.3f:%n%s", s.ece(),
                MeterEvaluation.reliability(s));
    }

    private static void committed(PrintStream out, String label, MeterData data, Map<String, Derivation> ds) {
        Map<String, Boolean> directed = new HashMap<>();
        ds.forEach((c, d) -> directed.put(c, d.directed()));
        MeterEvaluation.Score s = MeterEvaluation.score(data, MeterEvaluation.parents(ds), null, directed);
        out.printf(Locale.ROOT, "%s: %d directed, %d right (precision %.3f)%n", label, s.committed, s.committedRight,
                s.committed == 0 ? 0 : s.committedRight / (double) s.committed);
    }

    /** Precision and coverage of the derivations at or above each confidence. */
    private static void thresholds(PrintStream out, MeterData data, Map<String, Derivation> ds) {
        out.println("  threshold  kept  right  precision  parent_acc(below = no parent)  wire_reversed");
        for (double t = 0.3; t < 0.96; t += 0.05) {
            Map<String, Derivation> kept = new HashMap<>();
            double tt = t;
            ds.forEach((c, d) -> {
                if (d.confidence() >= tt - 1e-9) {
                    kept.put(c, d);
                }
            });
            MeterEvaluation.Score s = MeterEvaluation.score(data, MeterEvaluation.parents(kept), null, null);
            out.printf(Locale.ROOT, "  %.2f       %4d  %4d   %.3f      %.3f                          %d%n", t,
                    s.committed, s.committedRight, s.committed == 0 ? 0 : s.committedRight / (double) s.committed,
                    s.parentAccuracy(), s.wireReversed);
        }
    }
}
