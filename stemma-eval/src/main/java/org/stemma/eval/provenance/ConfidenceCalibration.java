package org.stemma.eval.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.Derivation;

/**
 * Platt scaling of the derivations' probabilities, fitted and measured out of fold: the
 * derivations of each fold are calibrated by a curve fitted on the other folds' derivations,
 * whose probabilities are themselves out of fold (each from the copy model fitted without its
 * catchline), so no derivation is judged by a curve that saw it.
 */
final class ConfidenceCalibration {

    /** L2 penalty of the logistic fit (per example, on the standardised slope). */
    static final double LAMBDA = 1e-3;

    private ConfidenceCalibration() {
    }

    /** The Platt curve fitted on the derivations of {@code ds} into labelled texts (probability → right). */
    static CopyModel.Calibration fit(MeterData data, List<Derivation> ds) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Derivation d : ds) {
            if (!labelled(data, d.copy())) {
                continue;
            }
            x.add(new double[] {logit(d.confidence())});
            y.add(MeterEvaluation.right(data, d.copy(), d.source()));
        }
        if (x.size() < 10 || y.stream().distinct().count() < 2) {
            return CopyModel.Calibration.NONE;
        }
        boolean[] yy = new boolean[y.size()];
        for (int i = 0; i < yy.length; i++) {
            yy[i] = y.get(i);
        }
        LogisticRegression.Model m = LogisticRegression.fit(x.toArray(double[][]::new), yy, LAMBDA);
        return new CopyModel.Calibration(m.weights()[0], m.bias());
    }

    /**
     * Each derivation with its confidence calibrated by the curve fitted on the other folds, and
     * directed only if it was (the order of the two texts is clear) and its calibrated confidence
     * reaches {@code directedMin}: the rule the shipped model applies.
     */
    static Map<String, Derivation> outOfFold(MeterData data, Map<String, Derivation> raw, Map<String, Integer> fold,
                                             int k, double directedMin) {
        Map<String, Derivation> out = new HashMap<>();
        for (int f = 0; f < k; f++) {
            List<Derivation> train = new ArrayList<>();
            for (Derivation d : raw.values()) {
                if (fold.getOrDefault(d.copy(), 0) != f) {
                    train.add(d);
                }
            }
            CopyModel.Calibration c = fit(data, train);
            for (Derivation d : raw.values()) {
                if (fold.getOrDefault(d.copy(), 0) == f) {
                    out.put(d.copy(), calibrated(d, c, directedMin));
                }
            }
        }
        return out;
    }

    static Derivation calibrated(Derivation d, CopyModel.Calibration c, double directedMin) {
        double p = c.apply(d.confidence());
        return new Derivation(d.source(), d.copy(), d.kind(), d.credited(), p, d.directed() && p >= directedMin,
                d.evidence(), d.runnerUpSource(), d.runnerUpSource() == null ? 0 : c.apply(d.runnerUpWeight()));
    }

    private static boolean labelled(MeterData data, String id) {
        return data.stories().containsKey(id) || data.wire().contains(id);
    }

    private static double logit(double p) {
        double q = Math.max(1e-4, Math.min(1 - 1e-4, p));
        return Math.log(q / (1 - q));
    }
}
