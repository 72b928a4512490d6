package org.stemma.provenance;

/**
 * What the text of two linked articles says about a derivation between them, read from the
 * word trigrams they share (a token is shared when it lies in a trigram the other text also
 * has), so the figures do not depend on how an aligner cut the shared text into passages.
 *
 * <p>Per side (0 = the link's a, 1 = b): its length in tokens; the share of its tokens shared
 * with the other ({@code contained}); the share that is shared <em>prose</em>: outside
 * quotations and not capitalised, i.e. the writer's own words rather than a speaker's words or
 * names, which independent reports of one event also share; where the shared part sits
 * (the mean position of shared tokens, 0 = top, 1 = bottom: a copy keeps the top of its source
 * and cuts the bottom, so the shared part sits high in the source); and whether it opens with
 * an agency-style byline (a copy drops it).
 */
record CopyFeatures(int[] size, double[] contained, double[] prose, double[] position, boolean[] byline) {

    /** Per side, the number of shared prose tokens ({@code prose} times the size). */
    double proseTokens(int side) {
        return prose[side] * size[side];
    }

    static CopyFeatures of(CopyText a, CopyText b) {
        boolean[] ca = a.coveredBy(b);
        boolean[] cb = b.coveredBy(a);
        return new CopyFeatures(new int[] {a.size(), b.size()},
                new double[] {share(ca), share(cb)},
                new double[] {prose(a, ca), prose(b, cb)},
                new double[] {position(ca), position(cb)},
                new boolean[] {a.byline() != null, b.byline() != null});
    }

    private static double share(boolean[] covered) {
        int c = 0;
        for (boolean x : covered) {
            c += x ? 1 : 0;
        }
        return covered.length == 0 ? 0 : c / (double) covered.length;
    }

    private static double prose(CopyText t, boolean[] covered) {
        int c = 0;
        for (int i = 0; i < covered.length; i++) {
            if (covered[i] && !t.quoted()[i] && !t.capital()[i]) {
                c++;
            }
        }
        return covered.length == 0 ? 0 : c / (double) covered.length;
    }

    /** Mean relative position of the shared tokens; 0.5 when nothing is shared. */
    private static double position(boolean[] covered) {
        double sum = 0;
        int c = 0;
        int n = covered.length;
        for (int i = 0; i < n; i++) {
            if (covered[i]) {
                sum += n == 1 ? 0.5 : i / (double) (n - 1);
                c++;
            }
        }
        return c == 0 ? 0.5 : sum / c;
    }
}
