package org.stemma.eval.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;

/**
 * Evaluation of derivation direction by construction: families of copies are built from real
 * article bodies ({@link CopyTreeGenerator}), the provenance builder sees only the articles and
 * their links, and its tree is compared with the construction.
 *
 * <p>Measures: parent accuracy (share of derived articles whose predicted parent is the true
 * one), root accuracy (share of families whose original is predicted as a root), and edge
 * direction accuracy (share of true parent→child edges that the predicted tree orders the
 * right way, among those it orders at all, i.e. where one is an ancestor of the other).
 */
public final class ProvenanceEvaluation {

    /** Settings of one run. */
    public record Config(int trees, long seed, int minSize, int maxSize, CopyTreeGenerator.Shape shape,
                         double leakRate, double ownTextRate) {
    }

    /** Tallies for one setting. */
    public static final class Score {
        int derived;
        int parentRight;
        int families;
        int rootRight;
        int ordered;
        int orderedRight;
        int edges;
        int identifiable;
        int identifiableRight;
        /** Derived articles with one deletion-only explanation (see {@link #ambiguous}). */
        int unambiguous;
        int unambiguousRight;
        /** Derived articles whose predicted parent is right up to relabelling articles indistinguishable from one another. */
        int equivalentRight;
        /** As {@link #equivalentRight}, a parent indistinguishable from the true one also counting as right. */
        int classRight;
        final Map<CopyOp, int[]> byOp = new EnumMap<>(CopyOp.class);
        /** Derived articles whose parent is stated as directed, and of those with the right parent (strict; up to indistinguishable parents). */
        int committed;
        int committedRight;
        int committedClassRight;
        /**
         * Per derived article with a parent: its stated probability, right (strict), right up to
         * indistinguishable parents, whether stated as directed.
         */
        final List<double[]> stated = new ArrayList<>();
        /** Wrong parents by what the predicted parent truly is: none, child, ancestor, sibling, descendant, other. */
        final int[] errors = new int[6];
        /** Derived articles whose text is their parent's, unchanged (an exact copy: its direction is undecidable from text). */
        int exact;
        /** Of those, stated as directed, and right. */
        int exactCommitted;
        int exactCommittedRight;
        /** One TSV row per derived article (for study), when {@code stemma.eval.dump} is set. */
        final StringBuilder rows = new StringBuilder();

        public double parentAccuracy() {
            return derived == 0 ? 0 : parentRight / (double) derived;
        }

        public double rootAccuracy() {
            return families == 0 ? 0 : rootRight / (double) families;
        }

        public double directionAccuracy() {
            return ordered == 0 ? 0 : orderedRight / (double) ordered;
        }

        /**
         * Parent accuracy over the derived articles that text can tell apart: the article's text
         * differs from its parent's, and no other article of the family has the same text as
         * either (an unchanged copy and its original are indistinguishable without metadata).
         */
        public double identifiableParentAccuracy() {
            return identifiable == 0 ? 0 : identifiableRight / (double) identifiable;
        }

        /**
         * Parent accuracy up to indistinguishable articles: articles with the same text and the same
         * publication date (or both undated) can be swapped in the true tree without changing any
         * input the builder sees, so the prediction is scored against the most favourable of those
         * equally true trees. Equals {@link #parentAccuracy()} when no two articles are alike.
         */
        public double equivalentParentAccuracy() {
            return derived == 0 ? 0 : equivalentRight / (double) derived;
        }

        /**
         * Parent accuracy up to indistinguishable parents: as {@link #equivalentParentAccuracy()},
         * and a predicted parent with the same text and date as the true parent also counts as
         * right. When a third article copies one of two identical, equally dated texts, nothing in
         * the input says which (a chain A→B→C with B an unchanged copy of A reads exactly as A→B,
         * A→C); the claim "C derives from that text" is the same either way.
         */
        public double classParentAccuracy() {
            return derived == 0 ? 0 : classRight / (double) derived;
        }

        /**
         * Parent accuracy over the derived articles whose parent the construction leaves
         * unambiguous (see {@link ProvenanceEvaluation#ambiguous}): neither the article nor its
         * parent has a twin of the same text, no other article could equally be the parent, and
         * the edge could not equally run the other way. What is left out is what text alone
         * cannot decide without dates or leaks; the share left out says how much that is.
         */
        public double unambiguousParentAccuracy() {
            return unambiguous == 0 ? 0 : unambiguousRight / (double) unambiguous;
        }

        /** Share of derived articles whose parent is unambiguous. */
        public double unambiguousShare() {
            return derived == 0 ? 0 : unambiguous / (double) derived;
        }

        public double orderedShare() {
            return edges == 0 ? 0 : ordered / (double) edges;
        }

        /** Parent accuracy of the articles made by {@code op}. */
        public double parentAccuracy(CopyOp op) {
            int[] c = byOp.get(op);
            return c == null || c[0] == 0 ? Double.NaN : c[1] / (double) c[0];
        }

        public int derived() {
            return derived;
        }

        /** Share of derived articles whose parent is stated as directed. */
        public double committedShare() {
            return derived == 0 ? 0 : committed / (double) derived;
        }

        /** Share of the directed parents that are the true parent. */
        public double committedPrecision() {
            return committed == 0 ? 0 : committedRight / (double) committed;
        }

        /** Share of the derived articles that are not exact copies of their parent whose parent is stated as directed. */
        public double committedShareWithoutExact() {
            return derived - exact == 0 ? 0 : (committed - exactCommitted) / (double) (derived - exact);
        }

        /** Precision of the directed parents of derived articles that are not exact copies of their parent. */
        public double committedPrecisionWithoutExact() {
            int n = committed - exactCommitted;
            return n == 0 ? 0 : (committedRight - exactCommittedRight) / (double) n;
        }

        /** As {@link #committedPrecision()}, a parent with the true parent's text and date also counting as right. */
        public double committedClassPrecision() {
            return committed == 0 ? 0 : committedClassRight / (double) committed;
        }

        public int families() {
            return families;
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("stemma.eval.debug");
    /** Where {@link #run} appends one row per derived article (for error study); null: no dump. */
    private static final String DUMP = System.getProperty("stemma.eval.dump");
    /** Columns of the dump. */
    static final String DUMP_HEADER = "family\tid\top\ttruth\tgot\twhat\tconfidence\tdirected\texact\tparentHasTwin"
            + "\tambiguous\tdepth\tsize\twhy\n";

    private ProvenanceEvaluation() {
    }

    /** Article bodies of the extraction benchmark's ground truth, in file order. */
    public static List<String> readBodies(Path groundTruth, int minChars) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(groundTruth));
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            JsonNode body = it.next().getValue().get("articleBody");
            if (body != null && body.isTextual() && body.asText().length() >= minChars) {
                out.add(body.asText());
            }
        }
        return out;
    }

    /**
     * Runs the evaluation under one date mode.
     *
     * @param relink rebuilds each family's links from its articles (e.g. with the real aligner);
     *               null keeps the links known from the construction
     */
    public static Score run(List<String> bodies, Config cfg, CopyTreeGenerator.DateMode dates,
                            Function<List<Article>, List<Link>> relink) {
        CopyTreeGenerator gen = new CopyTreeGenerator(bodies, cfg.seed(), new CopyTreeGenerator.Settings(
                cfg.minSize(), cfg.maxSize(), cfg.shape(), dates, cfg.leakRate(), cfg.ownTextRate()));
        Score s = new Score();
        for (int t = 0; t < cfg.trees(); t++) {
            CopyTree tree = gen.next(t % bodies.size(), "t" + t);
            List<Link> links = relink == null ? tree.links() : relink.apply(tree.articles());
            List<Derivation> ds = ProvenanceBuilder.build(tree.articles(), links, List.of(), List.of());
            if (DEBUG && t < 5) {
                System.out.println("family " + t + " truth " + tree.parent() + " ops " + tree.op());
                for (Article a : tree.articles()) {
                    System.out.println("  " + a.id() + " " + a.text().length() + " chars");
                }
                for (Derivation d : ds) {
                    System.out.println("  " + d.source() + " -> " + d.copy() + " p=" + d.confidence() + " directed="
                            + d.directed() + " runner=" + d.runnerUpSource() + " " + d.runnerUpWeight());
                }
            }
            score(tree, ds, s);
        }
        if (DUMP != null) {
            try {
                Path f = Path.of(DUMP);
                if (!Files.exists(f)) {
                    Files.writeString(f, DUMP_HEADER);
                }
                Files.writeString(f, "# " + cfg + " " + dates + " relinked=" + (relink != null) + "\n" + s.rows,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return s;
    }

    /** Why a derivation is undirected, from its worded reason: reverse, runner-up, little evidence; "-" if directed. */
    private static String whyUndirected(Derivation d) {
        for (String t : d.evidenceText()) {
            if (t.startsWith("Direction undetermined")) {
                return t.contains("the other way round") ? "reverse" : t.contains("may as well") ? "runner" : "little";
            }
        }
        return "-";
    }

    /** Edges from {@code id} up to its root in {@code parent}. */
    private static int depth(String id, Map<String, String> parent) {
        int d = 0;
        for (String x = parent.get(id); x != null && d < 10_000; x = parent.get(x)) {
            d++;
        }
        return d;
    }

    static void score(CopyTree tree, List<Derivation> ds, Score s) {
        Map<String, String> text = new HashMap<>();
        Map<String, Integer> textCount = new HashMap<>();
        for (Article a : tree.articles()) {
            text.put(a.id(), a.text());
            textCount.merge(a.text(), 1, Integer::sum);
        }
        Map<String, String> predicted = new HashMap<>();
        Map<String, Boolean> directed = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        Map<String, String> why = new HashMap<>();
        for (Derivation d : ds) {
            why.put(d.copy(), whyUndirected(d));
            predicted.put(d.copy(), d.source());
            directed.put(d.copy(), d.directed());
            confidence.put(d.copy(), d.confidence());
        }
        Map<String, String> dated = new HashMap<>();
        for (Article a : tree.articles()) {
            dated.put(a.id(), a.text() + "\u0000" + a.published());
        }
        s.families++;
        s.equivalentRight += bestRelabelledMatches(tree, predicted);
        s.classRight += bestRelabelledMatches(tree, predicted, true);
        for (Article a : tree.articles()) {
            String id = a.id();
            String truth = tree.parent().get(id);
            if (truth == null) {
                // The original is right as a root, or below an external origin its text credits
                // (real bodies carry datelines such as "(AP) —").
                String p = predicted.get(id);
                if (p == null || p.startsWith(Derivation.EXTERNAL_PREFIX)) {
                    s.rootRight++;
                }
                continue;
            }
            s.derived++;
            int[] c = s.byOp.computeIfAbsent(tree.op().get(id), k -> new int[2]);
            c[0]++;
            String got = predicted.get(id);
            if (got != null) {
                boolean classRight = truth.equals(got) || dated.containsKey(got) && dated.get(got).equals(dated.get(truth));
                s.stated.add(new double[] {confidence.get(id), truth.equals(got) ? 1 : 0, classRight ? 1 : 0,
                        directed.get(id) ? 1 : 0});
            }
            boolean exact = text.get(id).equals(text.get(truth));
            if (exact) {
                s.exact++;
            }
            if (got != null && directed.get(id)) {
                s.committed++;
                if (exact) {
                    s.exactCommitted++;
                    s.exactCommittedRight += truth.equals(got) ? 1 : 0;
                }
                if (truth.equals(got)) {
                    s.committedRight++;
                }
                if (truth.equals(got) || dated.containsKey(got) && dated.get(got).equals(dated.get(truth))) {
                    s.committedClassRight++;
                }
            }
            if (textCount.get(text.get(id)) == 1 && textCount.get(text.get(truth)) == 1) {
                s.identifiable++;
                if (truth.equals(got)) {
                    s.identifiableRight++;
                }
            }
            if (!tree.sentences().isEmpty() && textCount.get(text.get(id)) == 1
                    && textCount.get(text.get(truth)) == 1 && !ambiguous(tree, id)) {
                s.unambiguous++;
                if (truth.equals(got)) {
                    s.unambiguousRight++;
                }
            }
            if (truth.equals(got)) {
                s.parentRight++;
                c[1]++;
            } else if (got == null) {
                s.errors[0]++;
            } else if (id.equals(tree.parent().get(got))) {
                s.errors[1]++;
            } else if (ancestor(got, id, tree.parent())) {
                s.errors[2]++;
                if (DEBUG && textCount.get(text.get(id)) == 1 && textCount.get(text.get(truth)) == 1) {
                    System.out.println("ANCESTOR " + id + " op=" + tree.op().get(id) + " truth=" + truth + " op="
                            + tree.op().get(truth) + " got=" + got);
                    for (Derivation d : ds) {
                        if (d.copy().equals(id) || d.copy().equals(truth)) {
                            System.out.println("  " + d.source() + " -> " + d.copy() + " " + d.runnerUpSource() + " "
                                    + d.runnerUpWeight() + "\n    " + String.join("\n    ", d.evidenceText()));
                        }
                    }
                }
            } else if (truth.equals(tree.parent().get(got))) {
                s.errors[3]++;
            } else if (ancestor(id, got, tree.parent())) {
                s.errors[4]++;
            } else {
                s.errors[5]++;
            }
            if (DUMP != null) {
                String what = truth.equals(got) ? "right" : got == null ? "none" : id.equals(tree.parent().get(got)) ? "child"
                        : ancestor(got, id, tree.parent()) ? "ancestor" : truth.equals(tree.parent().get(got)) ? "sibling"
                        : ancestor(id, got, tree.parent()) ? "descendant" : "other";
                s.rows.append(String.format(Locale.ROOT, "%d\t%s\t%s\t%s\t%s\t%s\t%.3f\t%b\t%b\t%b\t%b\t%d\t%d\t%s%n",
                        s.families - 1, id, tree.op().get(id), truth, got, what,
                        got == null ? 0.0 : confidence.get(id), got != null && directed.get(id), exact,
                        textCount.get(text.get(truth)) > 1,
                        !tree.sentences().isEmpty() && ambiguous(tree, id), depth(id, tree.parent()),
                        tree.articles().size(), why.getOrDefault(id, "-")));
            }
            s.edges++;
            if (ancestor(truth, id, predicted)) {
                s.ordered++;
                s.orderedRight++;
            } else if (ancestor(id, truth, predicted)) {
                s.ordered++;
            }
        }
    }

    /**
     * True if the construction leaves derived article {@code id}'s parent ambiguous in its text:
     * <ul>
     * <li>another parent: some article that is neither the article, its parent nor one of its
     *     descendants has the parent's exact version of every sentence (and leaked line) the
     *     article took from the parent, so deletions and the same word changes make the article
     *     from either (two trims of one text, the shorter inside the longer; a trim of a trim
     *     and its grandparent);</li>
     * <li>the other direction: the article keeps every sentence of its parent and leaks nothing
     *     new, so it differs only by word edits and perhaps a paragraph of its own, which read
     *     the same either way (an edit of the original is as good an original as the original,
     *     and a paragraph added one way is a paragraph cut the other).</li>
     * </ul>
     * A leaked line naming the parent's own headline points at the parent and makes it
     * unambiguous.
     */
    static boolean ambiguous(CopyTree tree, String id) {
        String parent = tree.parent().get(id);
        Map<Integer, String> mine = tree.sentences().get(id);
        Map<Integer, String> theirs = tree.sentences().get(parent);
        Article parentArticle = null;
        for (Article a : tree.articles()) {
            if (a.id().equals(parent)) {
                parentArticle = a;
            }
        }
        String leak = mine.get(CopyTree.LEAKED);
        if (leak != null && parentArticle != null && parentArticle.related().contains(leak)
                && !leak.equals(theirs.get(CopyTree.LEAKED))) {
            return false;
        }
        if (keepsAll(mine, theirs) && java.util.Objects.equals(mine.get(CopyTree.LEAKED), theirs.get(CopyTree.LEAKED))) {
            return true;
        }
        for (Article q : tree.articles()) {
            String other = q.id();
            if (other.equals(id) || other.equals(parent) || ancestor(id, other, tree.parent())) {
                continue;
            }
            Map<Integer, String> candidate = tree.sentences().get(other);
            boolean carries = true;
            for (Integer origin : mine.keySet()) {
                String inParent = theirs.get(origin);
                if (inParent != null && !inParent.equals(candidate.get(origin))) {
                    carries = false;
                    break;
                }
            }
            if (carries) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code mine} has every sentence of {@code theirs} (a leaked line aside), in some version. */
    private static boolean keepsAll(Map<Integer, String> mine, Map<Integer, String> theirs) {
        for (Integer origin : theirs.keySet()) {
            if (origin != CopyTree.LEAKED && !mine.containsKey(origin)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The largest number of derived articles whose predicted parent is their true parent, over
     * every relabelling that permutes articles with the same text and date among themselves
     * (families are small: at most a few hundred relabellings).
     */
    static int bestRelabelledMatches(CopyTree tree, Map<String, String> predicted) {
        return bestRelabelledMatches(tree, predicted, false);
    }

    /**
     * As {@link #bestRelabelledMatches(CopyTree, Map)}; with {@code upToClass}, a predicted
     * parent in the true parent's class (same text and date) also matches.
     */
    static int bestRelabelledMatches(CopyTree tree, Map<String, String> predicted, boolean upToClass) {
        Map<String, String> classOf = new HashMap<>();
        for (Article a : tree.articles()) {
            classOf.put(a.id(), upToClass ? a.text() + "\u0000" + a.published() : a.id());
        }
        Map<String, List<String>> classes = new java.util.LinkedHashMap<>();
        for (Article a : tree.articles()) {
            classes.computeIfAbsent(a.text() + "\u0000" + a.published(), k -> new ArrayList<>()).add(a.id());
        }
        List<List<String>> groups = new ArrayList<>();
        long combos = 1;
        for (List<String> g : classes.values()) {
            if (g.size() > 1) {
                groups.add(g);
                for (int i = 2; i <= g.size(); i++) {
                    combos *= i;
                }
            }
        }
        Map<String, String> sigma = new HashMap<>();
        for (Article a : tree.articles()) {
            sigma.put(a.id(), a.id());
        }
        if (combos > 100_000) {
            return matches(tree, predicted, sigma, classOf);
        }
        return relabel(tree, predicted, groups, 0, sigma, classOf);
    }

    private static int relabel(CopyTree tree, Map<String, String> predicted, List<List<String>> groups, int gi,
                               Map<String, String> sigma, Map<String, String> classOf) {
        if (gi == groups.size()) {
            return matches(tree, predicted, sigma, classOf);
        }
        List<String> g = groups.get(gi);
        int best = 0;
        for (int[] perm : permutations(g.size())) {
            for (int i = 0; i < g.size(); i++) {
                sigma.put(g.get(i), g.get(perm[i]));
            }
            best = Math.max(best, relabel(tree, predicted, groups, gi + 1, sigma, classOf));
        }
        for (String id : g) {
            sigma.put(id, id);
        }
        return best;
    }

    private static int matches(CopyTree tree, Map<String, String> predicted, Map<String, String> sigma,
                               Map<String, String> classOf) {
        int n = 0;
        for (Map.Entry<String, String> e : tree.parent().entrySet()) {
            String got = predicted.get(sigma.get(e.getKey()));
            String want = sigma.get(e.getValue());
            if (want.equals(got) || got != null && classOf.containsKey(got)
                    && classOf.get(got).equals(classOf.get(want))) {
                n++;
            }
        }
        return n;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] cur, boolean[] used, int i, List<int[]> out) {
        if (i == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int v = 0; v < cur.length; v++) {
            if (!used[v]) {
                used[v] = true;
                cur[i] = v;
                permute(cur, used, i + 1, out);
                used[v] = false;
            }
        }
    }

    /** True if {@code a} is a proper ancestor of {@code b} in the predicted tree. */
    private static boolean ancestor(String a, String b, Map<String, String> parent) {
        String x = parent.get(b);
        int guard = 0;
        while (x != null && guard++ < 10_000) {
            if (x.equals(a)) {
                return true;
            }
            x = parent.get(x);
        }
        return false;
    }

    /** A one-line summary of a score. */
    public static String format(String label, Score s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%-36s families=%d derived=%d parent_acc=%.3f parent_acc_equiv=%.3f parent_acc_class=%.3f parent_acc_identifiable=%.3f (n=%d) parent_acc_unambiguous=%.3f (%.0f%% of derived) root_acc=%.3f "
                        + "direction_acc=%.3f (ordered %.0f%%)",
                label, s.families, s.derived, s.parentAccuracy(), s.equivalentParentAccuracy(), s.classParentAccuracy(),
                s.identifiableParentAccuracy(), s.identifiable, s.unambiguousParentAccuracy(), 100 * s.unambiguousShare(),
                s.rootAccuracy(), s.directionAccuracy(), 100 * s.orderedShare()));
        b.append(String.format(Locale.ROOT, "\n    directed parents: %.0f%% of derived (%d of %d, %d right), precision %.3f (up to indistinguishable parents %.3f)",
                100 * s.committedShare(), s.committed, s.derived, s.committedRight, s.committedPrecision(),
                s.committedClassPrecision()));
        b.append(String.format(Locale.ROOT, "\n    without exact copies of the parent (%d of %d derived): directed %.0f%%, precision %.3f",
                s.exact, s.derived, 100 * s.committedShareWithoutExact(), s.committedPrecisionWithoutExact()));
        // The directed rule with a higher least confidence (the order rule as it is): the commit
        // threshold's trade-off between coverage and precision.
        b.append("\n    if directed at (directed and confidence >=): ");
        for (double t : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9}) {
            int n = 0;
            int right = 0;
            int cls = 0;
            for (double[] x : s.stated) {
                if (x[3] > 0 && x[0] >= t - 1e-9) {
                    n++;
                    right += (int) x[1];
                    cls += (int) x[2];
                }
            }
            b.append(String.format(Locale.ROOT, "%.2f: %.0f%% of derived, precision %.3f (%.3f); ", t,
                    s.derived == 0 ? 0 : 100.0 * n / s.derived, n == 0 ? 0 : right / (double) n,
                    n == 0 ? 0 : cls / (double) n));
        }
        b.append("\n    parent_acc by op:");
        for (CopyOp op : CopyOp.values()) {
            double v = s.parentAccuracy(op);
            if (!Double.isNaN(v)) {
                b.append(String.format(Locale.ROOT, " %s=%.3f(n=%d)", op.name().toLowerCase(Locale.ROOT), v,
                        s.byOp.get(op)[0]));
            }
        }
        b.append(String.format(Locale.ROOT, "\n    wrong parent is: none=%d child=%d ancestor=%d sibling=%d descendant=%d other=%d",
                s.errors[0], s.errors[1], s.errors[2], s.errors[3], s.errors[4], s.errors[5]));
        return b.toString();
    }
}
