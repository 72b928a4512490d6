package org.stemma.eval.events;

import org.stemma.eval.Measures;

/**
 * Same-event pair decisions against pairs rated by people: precision, recall and F1 of
 * "same event" (SemEval-2022 Task 8 pairs: a pair is predicted same when both articles are in
 * one story).
 */
public record PairScores(long tp, long fp, long fn, long tn) {

    public static final PairScores ZERO = new PairScores(0, 0, 0, 0);

    public PairScores add(boolean predicted, boolean gold) {
        return new PairScores(tp + (predicted && gold ? 1 : 0), fp + (predicted && !gold ? 1 : 0),
                fn + (!predicted && gold ? 1 : 0), tn + (!predicted && !gold ? 1 : 0));
    }

    public PairScores plus(PairScores o) {
        return new PairScores(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public double precision() {
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    public double f1() {
        return Measures.f1(precision(), recall());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "same-event P %.3f R %.3f F1 %.3f (%d pairs)",
                precision(), recall(), f1(), tp + fp + fn + tn);
    }
}
