package org.stemma.eval.reuse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.stemma.align.LinkDecision;
import org.stemma.align.LocalNameFrequencies;
import org.stemma.align.ReuseOptions;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.eval.reuse.LabelledPairs.Corpus;
import org.stemma.eval.reuse.LabelledPairs.Item;
import org.stemma.eval.reuse.LabelledPairs.Names;

/**
 * Fits the {@link LinkDecision} and reports it cross-validated. The labelled candidate pairs of
 * gva-dev (by incident), semeval-train (by rated pair) and METER showbiz (by story;
 * {@link LabelledPairs}) are split into K folds by group. For each fold a logistic model is fitted
 * on the other folds' pairs (the small corpora's rows weighted {@link #SMALL_WEIGHT} times, so
 * gva's thousands of pairs do not drown them), then the rare words that make a passage a link on
 * its own ({@link #STRONG}), a threshold on the model's score and the articles a shared name may
 * be carried by to count ({@link #NAME_MAX_DF}) are chosen on those folds (the one meeting most of
 * the floors, then linking most within incidents,
 * same-event pairs and derived stories; the across-incident floor with a margin of
 * {@link #MARGIN_Z} standard errors), and the held-out fold is judged. Last, the same fit on
 * all the pairs gives the weights to ship (resubstitution figures printed beside). The same is
 * done with shared names counted by their share of the pair's site or shared place
 * ({@link LocalNameFrequencies}; issue 17 round 12), each way alone and the way chosen too.
 */
public final class LinkDecisionFit {

    /** Row weight of semeval and METER pairs against gva's. */
    static final int SMALL_WEIGHT = 5;
    static final double LAMBDA = 1e-4;
    /** Rare words that make a passage a link on its own, tried with each threshold (MAX_VALUE: none). */
    static final int[] STRONG = {12, 16, 20, 24, Integer.MAX_VALUE};
    private static final double MAX_ACROSS = 0.10;
    /**
     * Standard errors of margin the across-incident share keeps below {@link #MAX_ACROSS} on the
     * folds a setting is chosen on (Wilson score bound): the floor is judged on other data of the
     * same size, and a setting that only just meets it where it was chosen misses it on the
     * held-out fold about half the time. Set to one before it was measured, not chosen on its result.
     */
    static final double MARGIN_Z = 1.0;
    /** The score threshold folded into {@link LinkDecision#DEFAULT}'s bias when it was fitted (round 3). */
    static final double SHIPPED_THRESHOLD = 1.25;
    private static final int MIN_WITHIN = 150;
    private static final double MAX_DIFFERENT = 1.0 / 112;

    private LinkDecisionFit() {
    }

    /** Counts of one decision over some folds. */
    record Counts(int within, int across, int same, int sameTotal, int different, int differentTotal,
                  int derived, int derivedPeer, int derivedTotal, int non, int nonTotal) {
        double acrossShare() {
            return within + across == 0 ? 0 : (double) across / (within + across);
        }

        int floorsMet(double share) {
            int met = acrossUpper(MARGIN_Z) <= MAX_ACROSS && within >= MIN_WITHIN * share ? 1 : 0;
            met += different <= MAX_DIFFERENT * differentTotal ? 1 : 0;
            return met + (derived >= derivedPeer ? 1 : 0);
        }

        /** Upper Wilson score bound of the across share, {@code z} standard errors above it. */
        double acrossUpper(double z) {
            return wilsonUpper(across, within + across, z);
        }

        int recall() {
            return within + same + derived;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "gva within %d, across %d (%.1f%% across); semeval different-event linked "
                            + "%d of %d, same-event %d of %d; meter derived linked %d of %d (peer %d), not derived linked %d of %d",
                    within, across, 100 * acrossShare(), different, differentTotal, same, sameTotal, derived,
                    derivedTotal, derivedPeer, non, nonTotal);
        }
    }

    /** Whether a pair links: features null never, a long passage always, else by the model. */
    interface Rule {
        boolean links(Item it);
    }

    /**
     * Bounds tried on the articles carrying a shared name for it to count
     * ({@link LinkDecision#features(org.stemma.align.PairEvidence, int, int)}; MAX_VALUE: every name
     * counts, as the shipped decision reads them).
     */
    static final int[] NAME_MAX_DF = {2, 3, 5, 8, 13, 20, 50, Integer.MAX_VALUE};

    /**
     * Bounds tried on a shared name's share (thousandths) of the other articles of the pair's site or
     * shared place carrying it ({@link LocalNameFrequencies}), one set per way of counting.
     */
    static final int[] LOCAL_SHARE = {50, 100, 200, 300, 500};
    /** A local bound's key: the way of counting's ordinal times this, plus the share. */
    static final int LOCAL_KEY = 1_000_000;

    public static void run(Path events, Path meterDir, ReuseOptions o, int folds, PrintStream out) throws IOException {
        List<Item> items = LabelledPairs.collect(events, meterDir, o);
        int floor = o.minEvidence();
        Map<Integer, Map<Item, double[]>> byBound = new HashMap<>();
        for (int b : NAME_MAX_DF) {
            byBound.put(b, features(items, items, floor, b));
        }
        // The same pairs with their shared names counted where each pair comes from (issue 17 round 12).
        List<Integer> localBounds = new ArrayList<>();
        Map<Names, int[]> byWay = new EnumMap<>(Names.class);
        for (Names way : List.of(Names.SITE, Names.PLACE, Names.ANY)) {
            List<Item> local = LabelledPairs.collect(events, meterDir, o, way);
            int[] keys = new int[LOCAL_SHARE.length];
            for (int i = 0; i < LOCAL_SHARE.length; i++) {
                keys[i] = way.ordinal() * LOCAL_KEY + LOCAL_SHARE[i];
                byBound.put(keys[i], features(items, local, floor, LOCAL_SHARE[i]));
                localBounds.add(keys[i]);
            }
            byWay.put(way, keys);
        }
        out.printf("link decision by %d-fold cross-validation over gva-dev (pairs by incident), semeval-train (rated pairs), "
                + "meter-showbiz (stories and their wire texts); %d labelled pairs, %d scored (the rest have a long passage "
                + "or no passage with %d rare words)%n", folds, items.size(), byBound.get(Integer.MAX_VALUE).size(), floor);
        Rule peer = it -> it.evidence() != null;
        out.println("  every candidate pair with a passage after the furniture stage (no evidence rule): "
                + counts(items, peer, peer, f -> true, folds));
        List<double[]> grid = grid(STRONG, NAME_MAX_DF);
        Map<Item, Boolean> oof = outOfFold(items, byBound, grid, folds, "", out);
        out.println("  out-of-fold (cross-validated): " + counts(items, oof::get, peer, f -> true, folds));
        Map<Item, Boolean> every = outOfFold(items, byBound, grid(STRONG, new int[] {Integer.MAX_VALUE}), folds, null, out);
        out.println("  the same with every shared name counted, as round 10 (cross-validated): "
                + counts(items, every::get, peer, f -> true, folds));
        // The shipped setting held fixed, only the weights refit per fold: what the shipped
        // decision does out of fold, beside what the whole procedure (setting chosen too) does.
        int shippedBound = Integer.MAX_VALUE; // the shipped decision reads every shared name
        Map<Item, double[]> shippedFeatures = byBound.get(shippedBound);
        Map<Item, Boolean> fixed = outOfFold(items, byBound,
                List.<double[]>of(new double[] {o.strongEvidence(), SHIPPED_THRESHOLD, shippedBound}), folds, null, out);
        out.printf(Locale.ROOT, "  out-of-fold, the shipped setting (every shared name, strong %d, threshold %.2f) "
                + "with weights refit per fold (cross-validated): %s%n", o.strongEvidence(),
                SHIPPED_THRESHOLD, counts(items, fixed::get, peer, f -> true, folds));
        // The shipped strong level and threshold held, only the name bound chosen on the training
        // folds (and the weights refit there).
        Map<Item, Boolean> bound = outOfFold(items, byBound, held(o, NAME_MAX_DF), folds, "strong and threshold held, ", out);
        out.printf(Locale.ROOT, "  out-of-fold, strong %d and threshold %.2f held, the name bound chosen per fold "
                + "(cross-validated): %s%n", o.strongEvidence(), SHIPPED_THRESHOLD, counts(items, bound::get, peer, f -> true, folds));
        Map<Integer, LinkDecision> all = new HashMap<>();
        for (int b : byBound.keySet()) {
            all.put(b, fit(items, byBound.get(b), f -> true, folds));
        }
        allData(items, o, grid, all, byBound, folds, out);
        // Names counted by their share of the pair's site or place: each way alone, then the way
        // chosen on the training folds too; with strong and threshold held, only the bound chosen.
        int[] local = localBounds.stream().mapToInt(Integer::intValue).toArray();
        for (Map.Entry<Names, int[]> w : byWay.entrySet()) {
            Map<Item, Boolean> m = outOfFold(items, byBound, grid(STRONG, with(w.getValue(), Integer.MAX_VALUE)), folds,
                    "", out);
            out.println("  out-of-fold, names by their " + w.getKey().name().toLowerCase(Locale.ROOT)
                    + " share (cross-validated): " + counts(items, m::get, peer, f -> true, folds));
            allData(items, o, grid(STRONG, with(w.getValue(), Integer.MAX_VALUE)), all, byBound, folds, out);
        }
        List<double[]> localGrid = grid(STRONG, with(local, Integer.MAX_VALUE));
        Map<Item, Boolean> lo = outOfFold(items, byBound, localGrid, folds, "", out);
        out.println("  out-of-fold, names by their site or place share, the way chosen per fold too (cross-validated): "
                + counts(items, lo::get, peer, f -> true, folds));
        Map<Item, Boolean> lh = outOfFold(items, byBound, held(o, with(local, Integer.MAX_VALUE)), folds,
                "strong and threshold held, ", out);
        out.printf(Locale.ROOT, "  out-of-fold, strong %d and threshold %.2f held, the local bound chosen per fold "
                + "(cross-validated): %s%n", o.strongEvidence(), SHIPPED_THRESHOLD, counts(items, lh::get, peer, f -> true, folds));
        allData(items, o, localGrid, all, byBound, folds, out);
        out.println("  shipped LinkDecision.DEFAULT with strong " + o.strongEvidence() + ": " + format(LinkDecision.DEFAULT)
                + "; on these pairs (resubstitution): "
                + counts(items, rule(LinkDecision.DEFAULT, o.strongEvidence(), shippedFeatures), peer, f -> true, folds));
    }

    /** The features of {@code items}, read from the pair of the same key in {@code evidence}, names under {@code b}. */
    private static Map<Item, double[]> features(List<Item> items, List<Item> evidence, int floor, int b) {
        Map<String, Item> byKey = new HashMap<>();
        for (Item it : evidence) {
            byKey.put(LabelledPairs.key(it), it);
        }
        Map<Item, double[]> features = new HashMap<>();
        for (Item it : items) {
            Item e = byKey.get(LabelledPairs.key(it));
            if (e != null && e.evidence() != null && !e.evidence().hasLong()) {
                double[] f = LinkDecision.features(e.evidence(), floor, b);
                if (f != null) {
                    features.put(it, f);
                }
            }
        }
        return features;
    }

    /** The grid of the shipped strong level and threshold with each of {@code bounds}. */
    private static List<double[]> held(ReuseOptions o, int[] bounds) {
        List<double[]> g = new ArrayList<>();
        for (int nb : bounds) {
            g.add(new double[] {o.strongEvidence(), SHIPPED_THRESHOLD, nb});
        }
        return g;
    }

    private static int[] with(int[] bounds, int more) {
        int[] out = java.util.Arrays.copyOf(bounds, bounds.length + 1);
        out[bounds.length] = more;
        return out;
    }

    /** Prints the grid's all-data choice, free and with the strong level held at the options'. */
    private static void allData(List<Item> items, ReuseOptions o, List<double[]> grid, Map<Integer, LinkDecision> all,
                                Map<Integer, Map<Item, double[]>> byBound, int folds, PrintStream out) {
        Rule peer = it -> it.evidence() != null;
        // Beside the free choice, the one with the strong level held at the options': that level
        // also decides which shared closes count, and these pairs' evidence was worked out with
        // it, so only it is judged exactly by this grid.
        double[] best = null;
        Counts bestC = null;
        double[] held = null;
        Counts heldC = null;
        for (double[] g : grid) {
            Counts c = counts(items, rule(g, all, byBound), peer, f -> true, folds);
            if ((int) g[0] == o.strongEvidence()) {
                out.printf(Locale.ROOT, "    all the data, %s, strong %s, threshold %.2f "
                        + "(resubstitution): %s%n", bound((int) g[2]), strong((int) g[0]), g[1], c);
            }
            if (bestC == null || better(c, bestC, 1)) {
                best = g;
                bestC = c;
            }
            if ((int) g[0] == o.strongEvidence() && (heldC == null || better(c, heldC, 1))) {
                held = g;
                heldC = c;
            }
        }
        out.printf(Locale.ROOT, "  fitted on all the dev data, %s, strong %s and threshold %.2f "
                + "chosen there: weights %s (resubstitution: %s)%n", bound((int) best[2]), strong((int) best[0]), best[1],
                format(shifted(all.get((int) best[2]), best[1])), bestC);
        if (held != null) {
            out.printf(Locale.ROOT, "  the same with strong held at %d: %s, threshold %.2f chosen "
                    + "there: weights %s (resubstitution: %s)%n", o.strongEvidence(), bound((int) held[2]), held[1],
                    format(shifted(all.get((int) held[2]), held[1])), heldC);
        }
    }

    /** What a name bound key says, in words. */
    static String bound(int b) {
        if (b == Integer.MAX_VALUE) {
            return "every shared name";
        }
        if (b < LOCAL_KEY) {
            return "names in at most " + b + " articles";
        }
        Names way = Names.values()[b / LOCAL_KEY];
        return String.format(Locale.ROOT, "names carried by at most %.0f%% of the other articles of their %s",
                (b % LOCAL_KEY) / 10.0, way == Names.SITE ? "sites" : way == Names.PLACE ? "shared places"
                        : "sites or shared places");
    }

    /** Grid points {strong, threshold, name bound}: thresholds -1 … 3 by 0.25. */
    static List<double[]> grid(int[] strongs, int[] bounds) {
        List<double[]> grid = new ArrayList<>();
        for (int b : bounds) {
            for (int strong : strongs) {
                for (double t = -1; t <= 3.001; t += 0.25) {
                    grid.add(new double[] {strong, t, b});
                }
            }
        }
        return grid;
    }

    /**
     * The procedure out of fold: for each fold, weights fitted per name bound on the other folds
     * and the grid point chosen there; the held-out fold judged. Prints each fold after
     * {@code label} (null: prints nothing).
     */
    private static Map<Item, Boolean> outOfFold(List<Item> items, Map<Integer, Map<Item, double[]>> byBound,
                                                List<double[]> grid, int folds, String label, PrintStream out) {
        Rule peer = it -> it.evidence() != null;
        Map<Item, Boolean> oof = new HashMap<>();
        for (int k = 0; k < folds; k++) {
            int held = k;
            IntPredicate train = f -> f != held;
            Map<Integer, LinkDecision> fits = new HashMap<>();
            for (double[] g : grid) {
                fits.computeIfAbsent((int) g[2], b -> fit(items, byBound.get(b), train, folds));
            }
            double[] best = null;
            Counts bestC = null;
            for (double[] g : grid) {
                Counts c = counts(items, rule(g, fits, byBound), peer, train, folds);
                if (bestC == null || better(c, bestC, (folds - 1.0) / folds)) {
                    best = g;
                    bestC = c;
                }
            }
            Rule r = rule(best, fits, byBound);
            for (Item it : items) {
                if (fold(it, folds) == held) {
                    oof.put(it, r.links(it));
                }
            }
            if (label != null) {
                out.printf(Locale.ROOT, "  fold %d, %s%s, strong %s, threshold %.2f, weights %s; "
                        + "held-out: %s%n", k, label, bound((int) best[2]), strong((int) best[0]), best[1],
                        format(fits.get((int) best[2])), counts(items, r, peer, f -> f == held, folds));
            }
        }
        return oof;
    }

    /** The rule of a grid point {strong, threshold, name bound}, with the fits per name bound. */
    private static Rule rule(double[] g, Map<Integer, LinkDecision> fits, Map<Integer, Map<Item, double[]>> byBound) {
        int b = (int) g[2];
        return rule(shifted(fits.get(b), g[1]), (int) g[0], byBound.get(b));
    }

    /** Upper Wilson score bound of a proportion {@code k / n}, {@code z} standard errors above it; 0 when n is 0. */
    static double wilsonUpper(int k, int n, double z) {
        if (n == 0) {
            return 0;
        }
        double p = (double) k / n;
        double z2 = z * z;
        return (p + z2 / (2.0 * n) + z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    private static boolean better(Counts c, Counts best, double share) {
        int a = c.floorsMet(share);
        int b = best.floorsMet(share);
        return a != b ? a > b : c.recall() > best.recall();
    }

    static int fold(Item it, int folds) {
        return EvidenceCrossValidation.fold(it.corpus() + ":" + it.group(), folds);
    }

    /** The model with its threshold moved into the bias: links when probability logit >= t. */
    static LinkDecision shifted(LinkDecision m, double t) {
        return new LinkDecision(m.weights(), m.bias() - t);
    }

    private static String strong(int s) {
        return s == Integer.MAX_VALUE ? "none" : Integer.toString(s);
    }

    static Rule rule(LinkDecision d, int strong, Map<Item, double[]> features) {
        return it -> {
            if (it.evidence() == null) {
                return false;
            }
            if (it.evidence().hasLong() || it.evidence().maxRare() >= strong) {
                return true;
            }
            double[] f = features.get(it);
            return f != null && d.score(f) >= 0;
        };
    }

    static LinkDecision fit(List<Item> items, Map<Item, double[]> features, IntPredicate train, int folds) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Item it : items) {
            double[] f = features.get(it);
            if (f == null || !train.test(fold(it, folds))) {
                continue;
            }
            int copies = it.corpus() == Corpus.GVA ? 1 : SMALL_WEIGHT;
            for (int c = 0; c < copies; c++) {
                x.add(f);
                y.add(it.positive());
            }
        }
        boolean[] yy = new boolean[y.size()];
        for (int i = 0; i < yy.length; i++) {
            yy[i] = y.get(i);
        }
        LogisticRegression.Model m = LogisticRegression.fit(x.toArray(new double[0][]), yy, LAMBDA);
        return new LinkDecision(m.weights(), m.bias());
    }

    static Counts counts(List<Item> items, Rule rule, Rule peer, IntPredicate fold, int folds) {
        int[] c = new int[11];
        Map<String, boolean[]> stories = new HashMap<>();
        for (Item it : items) {
            if (!fold.test(fold(it, folds))) {
                continue;
            }
            boolean l = rule.links(it);
            switch (it.corpus()) {
                case GVA -> c[it.positive() ? 0 : 1] += l ? 1 : 0;
                case SEMEVAL -> {
                    c[it.positive() ? 2 : 4] += l ? 1 : 0;
                    c[it.positive() ? 3 : 5]++;
                }
                case METER, METER_NON -> {
                    boolean[] s = stories.computeIfAbsent(it.corpus() + ":" + it.group(), g -> new boolean[2]);
                    s[0] |= l;
                    s[1] |= peer.links(it);
                }
            }
        }
        stories.forEach((key, s) -> {
            if (key.startsWith(Corpus.METER_NON.name())) {
                c[9] += s[0] ? 1 : 0;
                c[10]++;
            } else {
                c[6] += s[0] ? 1 : 0;
                c[7] += s[1] ? 1 : 0;
                c[8]++;
            }
        });
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    }

    static String format(LinkDecision d) {
        StringBuilder sb = new StringBuilder("{");
        double[] w = d.weights();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w[i]));
        }
        return sb.append(String.format(Locale.ROOT, "}, bias %.4f", d.bias())).toString();
    }
}
