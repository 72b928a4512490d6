package org.stemma.eval.quotes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.eval.quotes.SpeakerRankerTrainer.Group;
import org.stemma.eval.quotes.SpeakerRankerTrainer.Labelling;
import org.stemma.quote.SpeakerOption;

/**
 * The speaker ranker's fits compared on the same folds ({@link SpeakerRankerTrainer}'s): every
 * labelling judged by every labelling, paired differences judged by the person named, and a fit
 * without some features ({@code -Dstemma.ranker.baseline=name,name}) against the fit with all,
 * so a new feature is judged against the same fit without it.
 */
final class SpeakerRankerComparison {

    private SpeakerRankerComparison() {
    }

    /**
     * The features the baseline fit leaves out ({@code -Dstemma.ranker.baseline=name,name}; none by default:
     * no baseline). Read when a fit starts, so a wrong name is one clear error.
     */
    static int[] baseline() {
        return features("stemma.ranker.baseline");
    }

    /** The ranker features the property {@code key} names, comma-separated; a name that is none is one clear error. */
    static int[] features(String key) {
        return java.util.Arrays.stream(System.getProperty(key, "").split(","))
                .filter(n -> !n.isBlank()).mapToInt(n -> {
                    int k = SpeakerOption.FEATURES.indexOf(n.strip());
                    if (k < 0) {
                        throw new IllegalArgumentException(key + " names no ranker feature: " + n.strip());
                    }
                    return k;
                }).toArray();
    }

    /** Each quotation's option chosen by the fit on the other folds (on their quotations that {@code lab} labels). */
    private static int[] outOfFold(List<Group> all, Labelling lab, boolean listwise) {
        int[] chosen = new int[all.size()];
        for (int f = 0; f < SpeakerRankerTrainer.FOLDS; f++) {
            List<Group> train = new ArrayList<>();
            for (Group g : all) {
                if (g.fold() != f && g.y(lab) != null) {
                    train.add(g);
                }
            }
            LogisticRegression.Model m = SpeakerRankerTrainer.fitOn(train, lab, listwise);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).fold() == f) {
                    chosen[i] = SpeakerRankerTrainer.choose(m, all.get(i));
                }
            }
        }
        return chosen;
    }

    /**
     * The chosen labelling's fit with the features {@code without} set to zero, on the same folds,
     * judged by the person named, and its paired difference from the fit with all ({@code withAll}: its out-of-fold choices).
     */
    static void without(PrintStream out, List<Group> all, boolean listwise, Labelling labelling, int[] withAll, int[] without) {
        List<Group> zeroed = new ArrayList<>();
        for (Group g : all) {
            List<double[]> x = new ArrayList<>();
            for (double[] f : g.x()) {
                double[] z = f.clone();
                for (int k : without) {
                    z[k] = 0;
                }
                x.add(z);
            }
            zeroed.add(new Group(x, g.ySpan(), g.yPerson(), g.keyed(), g.fold(), g.rule(), g.options(), g.text(), g.quote()));
        }
        int[] chosen = outOfFold(zeroed, labelling, listwise);
        String name = labelling.name().toLowerCase(Locale.ROOT) + (listwise ? " listwise" : "");
        out.printf(Locale.ROOT, "  baseline without %s (out of fold, same folds):%n", System.getProperty("stemma.ranker.baseline").strip());
        // by the fit's own labelling too: a quotation whose source is no name ("prosecutors") is judged only there
        for (Labelling judge : new Labelling[]{Labelling.PERSON, labelling}) {
            int n = 0;
            int[] right = new int[2];
            for (int i = 0; i < all.size(); i++) {
                boolean[] y = all.get(i).y(judge);
                if (y != null) {
                    n++;
                    right[0] += y[withAll[i]] ? 1 : 0;
                    right[1] += y[chosen[i]] ? 1 : 0;
                }
            }
            out.printf(Locale.ROOT, "    judged by %s: with all %s, without %s%n", judge.name().toLowerCase(Locale.ROOT),
                    share(right[0], n), share(right[1], n));
        }
        paired(out, all, withAll, chosen, name + " with all", name + " without");
    }

    /**
     * Both labellings fitted on the same folds, each judged by both: the share of quotations whose
     * chosen option is right out of fold, with its standard error, beside the shipped weights'
     * choice (fitted on these quotations, so resubstitution); and, judged by the person named, the
     * paired difference between the two fits with its standard error; and when {@code without}
     * names features, the chosen labelling's fit against the same fit without them ({@link #without}).
     */
    static void compare(PrintStream out, List<Group> all, boolean listwise, Labelling labelling, int[] without) {
        Labelling[] ls = Labelling.values();
        int[][] chosen = new int[ls.length + 1][all.size()]; // out-of-fold choice of the fit under each labelling
        for (int l = 0; l <= ls.length; l++) {
            // the last: the shipped weights' way (span, pointwise), the baseline of the paired differences
            Labelling lab = l < ls.length ? ls[l] : Labelling.SPAN;
            chosen[l] = outOfFold(all, lab, l < ls.length && listwise);
        }
        out.printf(Locale.ROOT, "  labellings compared (out of fold, same folds; ± one standard error):%n");
        for (Labelling judge : ls) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    judged by %-6s", judge.name().toLowerCase(Locale.ROOT)));
            int n = 0;
            int shipped = 0;
            int[] right = new int[ls.length + 1];
            for (int i = 0; i < all.size(); i++) {
                boolean[] y = all.get(i).y(judge);
                if (y == null) {
                    continue;
                }
                n++;
                shipped += y[shippedChoice(all.get(i))] ? 1 : 0;
                for (int l = 0; l <= ls.length; l++) {
                    right[l] += y[chosen[l][i]] ? 1 : 0;
                }
            }
            for (int l = 0; l < ls.length; l++) {
                line.append(String.format(Locale.ROOT, "  fitted by %s%s %s", ls[l].name().toLowerCase(Locale.ROOT),
                        listwise ? " listwise" : "", share(right[l], n)));
            }
            if (listwise) {
                line.append(String.format(Locale.ROOT, "  fitted by span pointwise %s", share(right[ls.length], n)));
            }
            line.append(String.format(Locale.ROOT, "  shipped weights %s (resubstitution)", share(shipped, n)));
            out.println(line);
        }
        for (Labelling l : ls) {
            if (l != Labelling.SPAN || listwise) {
                paired(out, all, chosen[l.ordinal()], chosen[ls.length], l.name().toLowerCase(Locale.ROOT) + (listwise ? " listwise" : ""),
                        listwise ? "span pointwise" : "span");
            }
        }
        if (without.length > 0) {
            without(out, all, listwise, labelling, chosen[labelling.ordinal()], without);
        }
    }

    /** Judged by the person named, the paired difference of two fits' out-of-fold choices, with its standard error. */
    private static void paired(PrintStream out, List<Group> all, int[] a, int[] b, String name, String base) {
        int n = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < all.size(); i++) {
            boolean[] y = all.get(i).yPerson();
            if (y != null) {
                n++;
                onlyA += y[a[i]] && !y[b[i]] ? 1 : 0;
                onlyB += y[b[i]] && !y[a[i]] ? 1 : 0;
            }
        }
        double d = (double) (onlyA - onlyB) / Math.max(n, 1);
        double se = Math.sqrt(Math.max(0, onlyA + onlyB - (double) n * d * d)) / Math.max(n, 1);
        out.printf(Locale.ROOT, "    judged by person, fitted by %s minus fitted by %s: %+.4f ± %.4f (right only under %s %d, only under %s %d, of %d)%n",
                name, base, d, se, name, onlyA, base, onlyB, n);
    }

    /** "p ± se (right/n)". */
    private static String share(int right, int n) {
        double p = n == 0 ? 0 : (double) right / n;
        return String.format(Locale.ROOT, "%.4f ± %.4f (%d/%d)", p, n == 0 ? 0 : Math.sqrt(p * (1 - p) / n), right, n);
    }

    /** The option the extractor chose with the shipped weights. */
    private static int shippedChoice(Group g) {
        for (int i = 0; i < g.options().size(); i++) {
            if (g.options().get(i).chosen()) {
                return i;
            }
        }
        return 0;
    }

}
