package org.stemma.eval.events;

import java.util.HashMap;
import java.util.Map;
import org.stemma.eval.Measures;

/**
 * Scores of a clustering against gold events: B-cubed precision and recall (per item: the share
 * of its predicted cluster in its gold event, and of its gold event in its predicted cluster,
 * averaged over items) and pairwise precision and recall (over pairs of items put together).
 * An item in no story stands alone. Sums are kept so folds can be added up.
 */
public record ClusterScores(double bcubedP, double bcubedR, long items, long truePairs, long predictedPairs,
                            long goldPairs) {

    public static final ClusterScores ZERO = new ClusterScores(0, 0, 0, 0, 0, 0);

    /**
     * Scores the items {@code i} with {@code scored[i]} true, whose predicted cluster is
     * {@code predicted[i]} and gold event {@code gold[i]} (clusters and events are read over all
     * items).
     */
    public static ClusterScores of(int[] predicted, int[] gold, boolean[] scored) {
        Map<Long, Integer> both = new HashMap<>();
        Map<Integer, Integer> predSize = new HashMap<>();
        Map<Integer, Integer> goldSize = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            both.merge(((long) predicted[i] << 32) | (gold[i] & 0xFFFFFFFFL), 1, Integer::sum);
            predSize.merge(predicted[i], 1, Integer::sum);
            goldSize.merge(gold[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        long items = 0;
        long tp = 0;
        long pp = 0;
        long gp = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (!scored[i]) {
                continue;
            }
            int common = both.get(((long) predicted[i] << 32) | (gold[i] & 0xFFFFFFFFL));
            int ps = predSize.get(predicted[i]);
            int gs = goldSize.get(gold[i]);
            p += common / (double) ps;
            r += common / (double) gs;
            items++;
            tp += common - 1;
            pp += ps - 1;
            gp += gs - 1;
        }
        return new ClusterScores(p, r, items, tp, pp, gp);
    }

    public ClusterScores plus(ClusterScores o) {
        return new ClusterScores(bcubedP + o.bcubedP, bcubedR + o.bcubedR, items + o.items, truePairs + o.truePairs,
                predictedPairs + o.predictedPairs, goldPairs + o.goldPairs);
    }

    public double bcubedPrecision() {
        return items == 0 ? 0 : bcubedP / items;
    }

    public double bcubedRecall() {
        return items == 0 ? 0 : bcubedR / items;
    }

    public double bcubedF1() {
        return Measures.f1(bcubedPrecision(), bcubedRecall());
    }

    public double pairPrecision() {
        return predictedPairs == 0 ? 1 : truePairs / (double) predictedPairs;
    }

    public double pairRecall() {
        return goldPairs == 0 ? 1 : truePairs / (double) goldPairs;
    }

    public double pairF1() {
        return Measures.f1(pairPrecision(), pairRecall());
    }


    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "B3 P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f",
                bcubedPrecision(), bcubedRecall(), bcubedF1(), pairPrecision(), pairRecall(), pairF1());
    }
}
