package org.stemma.provenance;

import java.util.Arrays;
import java.util.List;

/**
 * The learnt score of "the copy derives from the source" for one candidate edge, and of "the
 * article derives from nothing in the corpus" for a root: a log-linear model whose weights were
 * fitted on real copying (Press Association wire copy and the UK newspaper stories written
 * from it, the METER corpus; see docs/evaluation.md for the command and the cross-validated
 * figures). The probability of a tree is proportional to the exponent of the sum of its edges'
 * scores, so an edge's probability is its marginal over all trees ({@link TreeMarginals}).
 *
 * <p>Features of an edge source → copy ({@link #features}):
 * <ol>
 *   <li>{@code copyContained}: share of the copy's words shared with the source;</li>
 *   <li>{@code sourceTaken}: share of the source's words shared with the copy;</li>
 *   <li>{@code copyProse}: share of the copy's words that are shared prose (outside quotations,
 *       not capitalised): a derivation shares the writer's words, not only the speakers' words
 *       and the names that independent reports of one event share;</li>
 *   <li>{@code lengthRatio}: log of the source's length over the copy's (copies cut);</li>
 *   <li>{@code positionGap}: where the shared part sits in the copy minus where it sits in the
 *       source (a copy keeps the top of its source, so the shared part sits high in the source);</li>
 *   <li>{@code byline}: the source opens with an agency-style byline and the copy does not (+1),
 *       or the reverse (−1);</li>
 *   <li>{@code changeDirection}: the change events back minus forth ({@link ChangeEvents},
 *       saturated): fewer changes from the source to the copy than back;</li>
 *   <li>{@code changeDistance}: minus the mean of the change events both ways: near relatives;</li>
 *   <li>{@code quoteFidelity}: quotations more exact in the source than in the copy, minus the
 *       reverse (at most 3 either way).</li>
 * </ol>
 * An article's score as a root (no parent in the corpus) is linear in {@link #ROOT_NAMES}: a
 * constant, whether it opens with an agency byline, and its length (log words, centred at 300
 * words): originals are long and carry the agency's byline. Dates, leaked related headlines and credit are
 * not in the fitted part (the METER texts have none); they enter as fixed log-odds
 * ({@link DirectionScorer}), documented in docs/provenance.md.
 *
 * @param weights     one per feature, in the order of {@link #NAMES}
 * @param rootWeights one per root feature, in the order of {@link #ROOT_NAMES}
 * @param regain      score taken off an edge on which the copy regains text its source lacks
 *                    that another article outside the copy's descendants carries
 * @param directedMin the probability at and above which a derivation is reported as directed
 */
public record CopyModel(double[] weights, double[] rootWeights, double regain, double directedMin) {

    /** Feature names, in order. */
    public static final List<String> NAMES = List.of("copyContained", "sourceTaken", "copyProse", "lengthRatio",
            "positionGap", "byline", "changeDirection", "changeDistance", "quoteFidelity");

    /** Root feature names, in order. */
    public static final List<String> ROOT_NAMES = List.of("constant", "byline", "logWords");

    /** Words at which the length root feature is 0. */
    static final double TYPICAL_WORDS = 300;

    /** Most quotation-fidelity differences counted either way. */
    static final int QUOTE_CAP = 3;

    /** The fitted model (see docs/evaluation.md, "Provenance on real copying"). */
    public static final CopyModel DEFAULT = new CopyModel(
            new double[] {4.8817, -3.1441, -1.4964, -0.0826, 4.6477, 2.9014, -0.1608, -0.1270, 0.3244},
            new double[] {2.8508, 0, 0}, 1.5, 0.7);

    public CopyModel {
        if (weights.length != NAMES.size() || rootWeights.length != ROOT_NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " weights and " + ROOT_NAMES.size()
                    + " root weights, got " + weights.length + " and " + rootWeights.length);
        }
        weights = weights.clone();
        rootWeights = rootWeights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] rootWeights() {
        return rootWeights.clone();
    }

    /** The same model with other weights. */
    public CopyModel with(double[] newWeights, double[] newRootWeights) {
        return new CopyModel(newWeights, newRootWeights, regain, directedMin);
    }

    /** The same model with another threshold for a directed derivation. */
    public CopyModel withDirectedMin(double min) {
        return new CopyModel(weights, rootWeights, regain, min);
    }

    /** The same model with another regain penalty. */
    public CopyModel withRegain(double r) {
        return new CopyModel(weights, rootWeights, r, directedMin);
    }

    /** The root features of an article: constant, byline, log words (centred). */
    static double[] rootFeatures(CopyText t) {
        return new double[] {1, t.byline() != null ? 1 : 0, Math.log((t.size() + 1) / TYPICAL_WORDS)};
    }

    double rootScore(double[] z) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += rootWeights[i] * z[i];
        }
        return s;
    }

    /**
     * The features of the edge from side {@code source} (0 = the link's a, 1 = b) to the other.
     *
     * @param copyCost   change cost source → copy, saturated
     * @param backCost   change cost copy → source, saturated
     * @param quoteDiff  quotation families more exact in the source, minus those more exact in the copy
     */
    static double[] features(CopyFeatures f, int source, double copyCost, double backCost, int quoteDiff) {
        int s = source;
        int c = 1 - source;
        double[] x = new double[NAMES.size()];
        x[0] = f.contained()[c];
        x[1] = f.contained()[s];
        x[2] = f.prose()[c];
        x[3] = Math.log((f.size()[s] + 1.0) / (f.size()[c] + 1.0));
        x[4] = f.contained()[s] == 0 || f.contained()[c] == 0 ? 0 : f.position()[c] - f.position()[s];
        x[5] = (f.byline()[s] ? 1 : 0) - (f.byline()[c] ? 1 : 0);
        x[6] = backCost - copyCost;
        x[7] = -(copyCost + backCost) / 2;
        x[8] = Math.max(-QUOTE_CAP, Math.min(QUOTE_CAP, quoteDiff));
        return x;
    }

    double score(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weights[i] * x[i];
        }
        return s;
    }

    @Override
    public String toString() {
        return "CopyModel" + Arrays.toString(weights) + " root=" + Arrays.toString(rootWeights) + " regain=" + regain
                + " directedMin=" + directedMin;
    }
}
