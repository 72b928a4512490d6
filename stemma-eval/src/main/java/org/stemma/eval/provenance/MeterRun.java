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
        Map<String, String> peer = TrigramPeer.parents(data.articles());
        out.println(MeterEvaluation.format("peer (longest text holding most trigrams)",
                MeterEvaluation.score(data, peer, null, null)));
        for (long seed : seeds) {
            out.printf(Locale.ROOT, "cross-validation, %d folds by catchline, seed %d:%n", folds, seed);
            Map<String, Derivation> cv = MeterEvaluation.crossValidated(data, analysis, folds, seed,
                    CopyModel.DEFAULT, out);
            report(out, "Stemma, cross-validated", data, cv);
            thresholds(out, data, cv);
        }
        Map<String, Derivation> shipped = MeterEvaluation.byCopy(analysis.provenance());
        report(out, "Stemma as shipped (its model was fitted on this folder if it is meter-showbiz: resubstitution)",
                data, shipped);
        if (fitAll) {
            CopyModel m = MeterEvaluation.fit(data, analysis,
                    Set.copyOf(data.articles().stream().map(Article::id).toList()), CopyModel.DEFAULT);
            out.println("fitted on the whole folder: " + MeterEvaluation.describe(m));
            double[] w = m.weights();
            StringBuilder b = new StringBuilder("  new double[] {");
            for (int i = 0; i < w.length; i++) {
                b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w[i]));
            }
            out.println(b.append(String.format(Locale.ROOT, "}, %.4f", m.root())));
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
        out.print("  reliability (every derivation into a labelled text):\n" + MeterEvaluation.reliability(s));
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
