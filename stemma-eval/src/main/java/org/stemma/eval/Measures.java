package org.stemma.eval;

/** Measures shared by every evaluation. */
public final class Measures {

    private Measures() {
    }

    /** {@code part / whole}, 0 when {@code whole} is 0 (a precision with nothing predicted). */
    public static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** F1: the harmonic mean of precision and recall, 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
