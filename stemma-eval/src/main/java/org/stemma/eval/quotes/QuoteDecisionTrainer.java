package org.stemma.eval.quotes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.stemma.article.Article;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteCandidate;
import org.stemma.quote.QuoteDecision;
import org.stemma.quote.QuoteExtractor;

/**
 * Fits {@link QuoteDecision} ({@code stemma eval quotes --fit GOLD...}): every quoted stretch the
 * extractor's mark scanner finds in the gold sets' articles is labelled by whether it matches a
 * gold utterance (the joined reading of {@link UtteranceScorer}), and a logistic regression over
 * its features decides keep or drop.
 *
 * <p>A lone quoted word without a source is dropped by rule ({@link QuoteDecision#eligible}); the
 * regression is fitted on the other stretches, and a gold utterance only a ruled-out stretch
 * matches counts as a miss.
 *
 * <ol>
 * <li>Each gold set's articles are shuffled (fixed seed) and dealt into {@link #FOLDS} folds, so
 *     that no article has stretches on both sides of a split.</li>
 * <li>Each fold is scored by a model fitted on the other folds (every stretch of every set
 *     weighs the same): every stretch gets an out-of-fold probability.</li>
 * <li>The threshold maximises the mean over gold sets of the out-of-fold F1 (each set's F1
 *     counts its gold utterances no stretch matches as misses), among the thresholds that keep
 *     the first set's F1 within {@link #FIRST_SET_SLACK} of its best. As an estimate free of that
 *     choice too, each fold is also decided at a threshold chosen on its own training folds
 *     (nested).</li>
 * <li>The shipped weights are fitted on every stretch; the shipped threshold is the out-of-fold
 *     one.</li>
 * </ol>
 */
public final class QuoteDecisionTrainer {

    /** L2 penalty on standardised weights, per unit of example weight. */
    public static final double LAMBDA = 1e-3;
    public static final int FOLDS = 5;
    public static final long SEED = 18;
    /** How much F1 the first gold set may give up from its best when the threshold is chosen. */
    public static final double FIRST_SET_SLACK = 0.001;

    private QuoteDecisionTrainer() {
    }

    /** One labelled stretch. */
    private record Example(double[] x, boolean y, int set, int fold) {
    }

    /** Fits on {@code sets} (named {@code names}) and prints the figures and the constants to {@code out}. */
    public static LogisticRegression.Model fit(List<List<QuoteEvaluation.GoldDoc>> sets, List<String> names, PrintStream out) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Example> examples = new ArrayList<>();
        int[][] goldUnits = new int[sets.size()][FOLDS];
        int ruledOut = 0;
        for (int s = 0; s < sets.size(); s++) {
            List<QuoteEvaluation.GoldDoc> docs = sets.get(s);
            int[] fold = folds(docs.size(), new Random(SEED + s));
            for (int d = 0; d < docs.size(); d++) {
                QuoteEvaluation.GoldDoc doc = docs.get(d);
                List<QuoteCandidate> cands = extractor.candidates(Article.builder(doc.id(), doc.text()).build());
                List<Quote> quotes = cands.stream().map(QuoteCandidate::quote).toList();
                UtteranceScorer.Labels labels = UtteranceScorer.label(doc.text(), doc.gold(), quotes);
                goldUnits[s][fold[d]] += labels.goldUnits();
                for (int i = 0; i < cands.size(); i++) {
                    if (!QuoteDecision.eligible(cands.get(i).features())) {
                        ruledOut++;
                        continue; // dropped by rule (a lone scare-quoted word, two words with no source): a miss if gold
                    }
                    examples.add(new Example(cands.get(i).features(), labels.matched()[i], s, fold[d]));
                }
            }
        }
        out.printf(Locale.ROOT, "quote decision: %d stretches in %s, %d folds by article, seed %d "
                        + "(and %d lone words without a source, dropped by rule)%n",
                examples.size(), String.join(" + ", names), FOLDS, SEED, ruledOut);
        double[] all = new double[examples.size()];
        java.util.Arrays.fill(all, 1);
        out.println("  keep every stretch the rule allows: " + scores(examples, all, 0, goldUnits, sets.size(), -1));
        double[] oof = new double[examples.size()];
        double[] nestedKept = new double[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) {
                if (e.fold() != f) {
                    train.add(e);
                }
            }
            LogisticRegression.Model m = fitOn(train);
            double[] p = new double[examples.size()];
            for (int i = 0; i < examples.size(); i++) {
                p[i] = m.probability(examples.get(i).x());
            }
            // The nested threshold: chosen on this model's own training folds, in sample.
            double inner = bestThreshold(examples, p, goldUnits, sets.size(), f, true);
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() == f) {
                    oof[i] = p[i];
                    nestedKept[i] = p[i] >= inner ? 1 : 0;
                }
            }
        }
        double threshold = bestThreshold(examples, oof, goldUnits, sets.size(), -1, false);
        out.printf(Locale.ROOT, "  out of fold, threshold %.2f: %s%n", threshold,
                scores(examples, oof, threshold, goldUnits, sets.size(), -1));
        out.printf(Locale.ROOT, "  nested (threshold per fold): %s%n", scores(examples, nestedKept, 0.5, goldUnits, sets.size(), -1));
        LogisticRegression.Model model = fitOn(examples);
        double[] fitted = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            fitted[i] = model.probability(examples.get(i).x());
        }
        out.printf(Locale.ROOT, "  fitted on everything (resubstitution): %s%n",
                scores(examples, fitted, threshold, goldUnits, sets.size(), -1));
        printConstants(out, "org.stemma.quote.QuoteDecision", model, QuoteDecision.FEATURES);
        out.printf(Locale.ROOT, "    public static final double THRESHOLD = %.2f;%n", threshold);
        return model;
    }

    /** Prints {@code model} as the Java constants of class {@code owner}, each weight named. */
    static void printConstants(PrintStream out, String owner, LogisticRegression.Model model, List<String> names) {
        out.println("  constants for " + owner + ":");
        StringBuilder sb = new StringBuilder("    static final double[] WEIGHTS = {");
        for (int j = 0; j < model.weights().length; j++) {
            sb.append(j == 0 ? "" : ", ").append(j % 4 == 0 ? "\n            " : "")
                    .append(String.format(Locale.ROOT, "%.6f", model.weights()[j]))
                    .append(" /* ").append(names.get(j)).append(" */");
        }
        out.println(sb.append("};"));
        out.printf(Locale.ROOT, "    static final double BIAS = %.6f;%n", model.bias());
    }

    private static int[] folds(int n, Random rnd) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[perm[r]] = r % FOLDS;
        }
        return fold;
    }

    private static LogisticRegression.Model fitOn(List<Example> rows) {
        double[][] x = new double[rows.size()][];
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).x();
            y[i] = rows.get(i).y();
        }
        return LogisticRegression.fit(x, y, LAMBDA);
    }

    /**
     * Precision, recall and F1 of each set when stretches with {@code p >= t} are kept, over the
     * folds {@code fold} ({@code -1}: all; {@code exclude}: all but it).
     */
    private static double[][] prf(List<Example> ex, double[] p, double t, int[][] goldUnits, int sets, int fold,
                                  boolean exclude) {
        double[][] out = new double[sets][3];
        int[] tp = new int[sets];
        int[] kept = new int[sets];
        for (int i = 0; i < ex.size(); i++) {
            Example e = ex.get(i);
            if (!in(e.fold(), fold, exclude) || p[i] < t) {
                continue;
            }
            kept[e.set()]++;
            if (e.y()) {
                tp[e.set()]++;
            }
        }
        for (int s = 0; s < sets; s++) {
            int gold = 0;
            for (int f = 0; f < FOLDS; f++) {
                if (in(f, fold, exclude)) {
                    gold += goldUnits[s][f];
                }
            }
            double pr = kept[s] == 0 ? 0 : (double) tp[s] / kept[s];
            double rc = gold == 0 ? 0 : (double) tp[s] / gold;
            out[s] = new double[]{pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)};
        }
        return out;
    }

    private static boolean in(int f, int fold, boolean exclude) {
        return fold < 0 || (exclude ? f != fold : f == fold);
    }

    private static double objective(List<Example> ex, double[] p, double t, int[][] goldUnits, int sets, int fold,
                                    boolean exclude) {
        double sum = 0;
        for (double[] s : prf(ex, p, t, goldUnits, sets, fold, exclude)) {
            sum += s[2];
        }
        return sum / sets;
    }

    /**
     * The threshold with the highest mean F1 over the sets among those that keep the first set's
     * F1 within {@link #FIRST_SET_SLACK} of its best: the first set (PolNeAR train) follows
     * another convention than our gold (it counts titles and terms inside an attribution), so a
     * mean over more of our sets would otherwise trade its F1 away.
     */
    private static double bestThreshold(List<Example> ex, double[] p, int[][] goldUnits, int sets, int fold,
                                        boolean exclude) {
        double[] first = new double[91];
        double[] mean = new double[91];
        for (int k = 5; k <= 95; k++) {
            double t = k / 100.0;
            first[k - 5] = prf(ex, p, t, goldUnits, sets, fold, exclude)[0][2];
            mean[k - 5] = objective(ex, p, t, goldUnits, sets, fold, exclude);
        }
        return (choose(first, mean, FIRST_SET_SLACK) + 5) / 100.0;
    }

    /**
     * The index with the highest {@code mean} among those whose {@code first} is within
     * {@code slack} of the highest {@code first} (the lowest such index on a tie).
     */
    static int choose(double[] first, double[] mean, double slack) {
        double firstBest = java.util.Arrays.stream(first).max().orElse(0);
        int best = -1;
        for (int i = 0; i < first.length; i++) {
            if (first[i] >= firstBest - slack && (best < 0 || mean[i] > mean[best])) {
                best = i;
            }
        }
        return best;
    }

    private static String scores(List<Example> ex, double[] p, double t, int[][] goldUnits, int sets, int fold) {
        StringBuilder sb = new StringBuilder();
        double[][] r = prf(ex, p, t, goldUnits, sets, fold, false);
        for (int s = 0; s < sets; s++) {
            sb.append(String.format(Locale.ROOT, "%sP %.3f R %.3f F1 %.3f", s == 0 ? "" : " | ", r[s][0], r[s][1], r[s][2]));
        }
        return sb.toString();
    }
}
