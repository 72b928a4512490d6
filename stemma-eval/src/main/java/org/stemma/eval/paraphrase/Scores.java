package org.stemma.eval.paraphrase;

import java.util.Arrays;
import java.util.Locale;
import org.stemma.eval.Measures;

/**
 * Binary classification counts for the positive class "paraphrase", and the threshold search
 * used to pick a decision threshold.
 */
public record Scores(int tp, int fp, int tn, int fn) {

    /** Counts for decisions {@code score >= threshold} against {@code gold}. */
    public static Scores of(double[] score, boolean[] gold, double threshold) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < score.length; i++) {
            boolean yes = score[i] >= threshold;
            if (yes && gold[i]) tp++;
            else if (yes) fp++;
            else if (gold[i]) fn++;
            else tn++;
        }
        return new Scores(tp, fp, tn, fn);
    }

    public Scores plus(Scores o) {
        return new Scores(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
    }

    public int total() {
        return tp + fp + tn + fn;
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) (tp + tn) / total();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return Measures.f1(precision(), recall());
    }

    /**
     * The threshold that maximises accuracy of {@code score >= t} on these examples: the
     * midpoint between the two scores where the best cut falls (ties to the lower cut).
     */
    public static double bestAccuracyThreshold(double[] score, boolean[] gold) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(score[x], score[y]));
        int positives = 0;
        for (boolean g : gold) {
            if (g) positives++;
        }
        // cut before position k: items [0,k) say no, [k,n) say yes
        int correct = positives; // k = 0: everything yes
        int best = correct;
        int bestK = 0;
        for (int k = 1; k <= n; k++) {
            correct += gold[order[k - 1]] ? -1 : 1;
            boolean distinct = k == n || score[order[k]] > score[order[k - 1]];
            if (distinct && correct > best) {
                best = correct;
                bestK = k;
            }
        }
        if (bestK == 0) {
            return Math.nextDown(score[order[0]]);
        }
        if (bestK == n) {
            return Math.nextUp(score[order[n - 1]]);
        }
        return (score[order[bestK - 1]] + score[order[bestK]]) / 2;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f"
                + "  (tp %d fp %d tn %d fn %d)", accuracy(), precision(), recall(), f1(), tp, fp,
                tn, fn);
    }
}
