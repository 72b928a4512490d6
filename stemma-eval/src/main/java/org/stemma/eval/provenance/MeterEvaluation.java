package org.stemma.eval.provenance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.CandidateGraph;
import org.stemma.provenance.CopyModel;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.QuoteFamily;

/**
 * Provenance on real copying (METER): which newspaper stories Stemma derives from which text,
 * against the journalists' labels, beside a naive peer, with the copy model cross-validated by
 * catchline (no wire text and no story of a catchline is in both the fitting and the scored
 * part).
 */
public final class MeterEvaluation {

    private MeterEvaluation() {
    }

    /** Tallies of one method's parents. */
    public static final class Score {
        int stories;
        int derived;
        int non;
        /** Derived stories whose parent is a wire text of their catchline. */
        int rightWire;
        int derivedOtherWire;
        int derivedNewspaper;
        int derivedNone;
        /** Stories written without the wire that get a parent. */
        int nonWithParent;
        int wire;
        /** Wire texts given a newspaper story as parent. */
        int wireReversed;
        int wireFromWire;
        /** Stories given a parent (any), and of those derived. */
        int predictedDerived;
        int predictedDerivedRight;
        /** Directed derivations into labelled texts, and of those right. */
        int committed;
        int committedRight;
        /** Reliability: per confidence tenth, count, right, sum of confidence. */
        final int[] binCount = new int[10];
        final int[] binRight = new int[10];
        final double[] binConfidence = new double[10];

        public double parentAccuracy() {
            return stories == 0 ? 0 : (rightWire + (non - nonWithParent)) / (double) stories;
        }

        public double derivedPrecision() {
            return predictedDerived == 0 ? 0 : predictedDerivedRight / (double) predictedDerived;
        }

        /** Expected calibration error: over the tenths, the count-weighted gap between stated and observed. */
        public double ece() {
            int n = 0;
            double gap = 0;
            for (int i = 0; i < binCount.length; i++) {
                n += binCount[i];
                gap += Math.abs(binConfidence[i] - binRight[i]);
            }
            return n == 0 ? 0 : gap / n;
        }

        public double derivedRecall() {
            return derived == 0 ? 0 : predictedDerivedRight / (double) derived;
        }
    }

    /**
     * Scores parents ({@code copy → source}; absent: no parent) against the gold.
     *
     * @param confidence per copy, the stated probability of its parent, or null (no reliability)
     * @param directed   per copy, whether the parent is stated as directed (null: all are)
     */
    static Score score(MeterData data, Map<String, String> parent, Map<String, Double> confidence,
                       Map<String, Boolean> directed) {
        Score s = new Score();
        for (Map.Entry<String, MeterData.Story> e : data.stories().entrySet()) {
            String id = e.getKey();
            MeterData.Story st = e.getValue();
            String p = parent.get(id);
            s.stories++;
            boolean right;
            if (st.derived()) {
                s.derived++;
                right = p != null && st.sources().contains(p);
                if (right) {
                    s.rightWire++;
                } else if (p == null) {
                    s.derivedNone++;
                } else if (data.wire().contains(p)) {
                    s.derivedOtherWire++;
                } else {
                    s.derivedNewspaper++;
                }
            } else {
                s.non++;
                right = p == null;
                if (p != null) {
                    s.nonWithParent++;
                }
            }
            if (p != null) {
                s.predictedDerived++;
                if (st.derived()) {
                    s.predictedDerivedRight++;
                }
                tally(s, id, right, confidence, directed);
            }
        }
        for (String w : data.wire()) {
            s.wire++;
            String p = parent.get(w);
            if (p == null) {
                continue;
            }
            boolean fromWire = data.wire().contains(p);
            if (fromWire) {
                s.wireFromWire++;
            } else {
                s.wireReversed++;
            }
            tally(s, w, right(data, w, p), confidence, directed);
        }
        return s;
    }

    /**
     * Whether {@code source} is a right parent of {@code copy}: for a story written from the wire,
     * a wire text of its catchline; a story written without it has none; a wire text may hang
     * from another wire text of its catchline (the agency sends updates of one story).
     */
    static boolean right(MeterData data, String copy, String source) {
        MeterData.Story st = data.stories().get(copy);
        if (st != null) {
            return st.derived() && st.sources().contains(source);
        }
        return data.wire().contains(copy) && data.wire().contains(source)
                && data.catchline().get(source).equals(data.catchline().get(copy));
    }

    private static void tally(Score s, String id, boolean right, Map<String, Double> confidence,
                              Map<String, Boolean> directed) {
        if (directed == null || directed.getOrDefault(id, true)) {
            s.committed++;
            if (right) {
                s.committedRight++;
            }
        }
        if (confidence != null && confidence.containsKey(id)) {
            double c = confidence.get(id);
            int bin = Math.min(9, (int) Math.floor(c * 10));
            s.binCount[bin]++;
            s.binConfidence[bin] += c;
            if (right) {
                s.binRight[bin]++;
            }
        }
    }

    /** The gold's constraints on a candidate graph's parents (null where the gold says nothing). */
    static CopyModelFit.Labelled label(CandidateGraph g, MeterData data) {
        int n = g.nodes().size();
        Map<String, Integer> index = g.index();
        List<Set<Integer>> parents = new ArrayList<>();
        boolean[] root = new boolean[n];
        List<Set<Integer>> into = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            into.add(new HashSet<>());
        }
        for (int e = 0; e < g.from().length; e++) {
            into.get(g.to()[e]).add(g.from()[e]);
        }
        for (int v = 0; v < n; v++) {
            String id = g.nodes().get(v);
            MeterData.Story st = data.stories().get(id);
            Set<Integer> ok = null;
            if (st != null && st.derived()) {
                Set<Integer> s = new HashSet<>();
                for (String w : st.sources()) {
                    Integer x = index.get(w);
                    if (x != null && into.get(v).contains(x)) {
                        s.add(x);
                    }
                }
                // A derived story with no candidate edge from any of its wire texts (none linked to
                // it, though one may sit in its group): nothing right to learn of its parent, and
                // constraining it would leave no forest that respects the gold, so the whole group
                // would teach nothing.
                ok = s.isEmpty() ? null : s;
            } else if (st != null) {
                ok = Set.of();
                root[v] = true;
            } else if (data.wire().contains(id)) {
                Set<Integer> s = new HashSet<>();
                for (String w : data.wire()) {
                    Integer x = index.get(w);
                    if (x != null && x != v && data.catchline().get(w).equals(data.catchline().get(id))) {
                        s.add(x);
                    }
                }
                ok = s;
                root[v] = true;
            }
            parents.add(ok);
        }
        return new CopyModelFit.Labelled(g, parents, root);
    }

    /** Folds by catchline: per text, its fold in 0..k-1 (catchlines shuffled with {@code seed}). */
    static Map<String, Integer> folds(MeterData data, int k, long seed) {
        List<String> lines = new ArrayList<>(new TreeSet<>(data.catchline().values()));
        Collections.shuffle(lines, new Random(seed));
        Map<String, Integer> foldOfLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            foldOfLine.put(lines.get(i), i % k);
        }
        Map<String, Integer> out = new HashMap<>();
        for (Article a : data.articles()) {
            String line = data.catchline().get(a.id());
            out.put(a.id(), foldOfLine.getOrDefault(line, 0));
        }
        return out;
    }

    /** Fits the copy model on the labelled texts of {@code ids}, with only their links. */
    static CopyModel fit(MeterData data, Analysis analysis, Set<String> ids, CopyModel base) {
        return fit(data, analysis, ids, base, List.of());
    }

    /** As {@link #fit(MeterData, Analysis, Set, CopyModel)}, with {@code extra} labelled graphs fitted beside. */
    static CopyModel fit(MeterData data, Analysis analysis, Set<String> ids, CopyModel base,
                         List<CopyModelFit.Labelled> extra) {
        List<Article> arts = data.articles().stream().filter(a -> ids.contains(a.id())).toList();
        List<Link> links = analysis.links().stream().filter(l -> ids.contains(l.a()) && ids.contains(l.b())).toList();
        List<QuoteFamily> families = analysis.quotes();
        List<CandidateGraph> graphs = ProvenanceBuilder.candidates(arts, links, families, ProvenanceBuilder.outletsOf(data.articles()));
        List<CopyModelFit.Labelled> labelled = new ArrayList<>(graphs.stream().map(g -> label(g, data)).toList());
        labelled.addAll(extra);
        return CopyModelFit.fit(labelled, base);
    }

    /** Out-of-fold derivations: each text's parent from the model fitted without its catchline. */
    static Map<String, Derivation> crossValidated(MeterData data, Analysis analysis, int k, long seed,
                                                  CopyModel base, PrintStream log) {
        return crossValidated(data, analysis, k, seed, base, List.of(), log);
    }

    /** As above, with {@code extra} labelled graphs (not METER's) fitted beside in every fold. */
    static Map<String, Derivation> crossValidated(MeterData data, Analysis analysis, int k, long seed,
                                                  CopyModel base, List<CopyModelFit.Labelled> extra,
                                                  PrintStream log) {
        Map<String, Integer> fold = folds(data, k, seed);
        Map<String, Derivation> out = new HashMap<>();
        for (int f = 0; f < k; f++) {
            int ff = f;
            Set<String> train = new HashSet<>();
            fold.forEach((id, x) -> {
                if (x != ff) {
                    train.add(id);
                }
            });
            CopyModel m = fit(data, analysis, train, base, extra);
            if (log != null) {
                log.println("  fold " + f + ": " + describe(m));
            }
            for (Derivation d : ProvenanceBuilder.build(data.articles(), analysis.links(), analysis.quotes(),
                    ProvenanceBuilder.outletsOf(data.articles()), m)) {
                if (fold.get(d.copy()) != null && fold.get(d.copy()) == ff) {
                    out.put(d.copy(), d);
                }
            }
        }
        return out;
    }

    /** The model's weights by name. */
    public static String describe(CopyModel m) {
        StringBuilder b = new StringBuilder();
        double[] w = m.weights();
        for (int i = 0; i < w.length; i++) {
            b.append(String.format(Locale.ROOT, "%s=%.3f ", CopyModel.NAMES.get(i), w[i]));
        }
        double[] r = m.rootWeights();
        for (int i = 0; i < r.length; i++) {
            b.append(String.format(Locale.ROOT, "root.%s=%.3f ", CopyModel.ROOT_NAMES.get(i), r[i]));
        }
        return b.toString().strip();
    }

    static Map<String, String> parents(Map<String, Derivation> ds) {
        Map<String, String> p = new HashMap<>();
        ds.forEach((c, d) -> p.put(c, d.source()));
        return p;
    }

    /** Parents of derivations (the first derivation of each copy). */
    static Map<String, Derivation> byCopy(List<Derivation> ds) {
        Map<String, Derivation> out = new HashMap<>();
        for (Derivation d : ds) {
            out.putIfAbsent(d.copy(), d);
        }
        return out;
    }

    /** One method's figures as lines. */
    public static String format(String label, Score s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: parent_acc=%.3f  derived P=%.3f R=%.3f  right wire parent %d/%d;"
                        + " derived with a newspaper parent %d, another catchline's wire %d, no parent %d;"
                        + " non-derived with a parent %d/%d; wire texts reversed %d/%d (from another wire text %d)",
                label, s.parentAccuracy(), s.derivedPrecision(), s.derivedRecall(), s.rightWire, s.derived,
                s.derivedNewspaper, s.derivedOtherWire, s.derivedNone, s.nonWithParent, s.non, s.wireReversed,
                s.wire, s.wireFromWire));
        return b.toString();
    }

    /**
     * The stories a link with passages joins to one of their gold wire texts: only those can get
     * the right parent (a derived story) or be wrongly hung from their wire (a story written
     * without it).
     */
    static Set<String> linkedToSource(MeterData data, List<Link> links) {
        Set<String> out = new HashSet<>();
        for (Link k : links) {
            if (k.passages().isEmpty()) {
                continue;
            }
            for (String[] p : new String[][] {{k.a(), k.b()}, {k.b(), k.a()}}) {
                MeterData.Story st = data.stories().get(p[0]);
                if (st != null && st.sources().contains(p[1])) {
                    out.add(p[0]);
                }
            }
        }
        return out;
    }

    /**
     * Where the parents of the stories went, split by whether a link joins the story to its wire
     * text: the linked ones are what the copy model decides (derived or only the same event);
     * the unlinked ones are decided by the links alone.
     */
    public static String breakdown(MeterData data, Map<String, String> parent, Set<String> linked) {
        int[][] derived = new int[2][4]; // [linked?][right, none, newspaper, other wire]
        int[][] non = new int[2][2]; // [linked?][no parent, a parent]
        for (Map.Entry<String, MeterData.Story> e : data.stories().entrySet()) {
            int l = linked.contains(e.getKey()) ? 0 : 1;
            String p = parent.get(e.getKey());
            if (e.getValue().derived()) {
                int k = p == null ? 1 : e.getValue().sources().contains(p) ? 0 : data.wire().contains(p) ? 3 : 2;
                derived[l][k]++;
            } else {
                non[l][p == null ? 0 : 1]++;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < 2; l++) {
            b.append(String.format(Locale.ROOT, "  %s: derived %d (right wire %d, no parent %d, newspaper %d, other wire %d);"
                            + " non-derived %d (no parent %d, a parent %d)%n",
                    l == 0 ? "linked to their wire text" : "not linked to it       ",
                    derived[l][0] + derived[l][1] + derived[l][2] + derived[l][3], derived[l][0], derived[l][1],
                    derived[l][2], derived[l][3], non[l][0] + non[l][1], non[l][0], non[l][1]));
        }
        return b.toString();
    }

    /** The reliability table: stated confidence against observed accuracy, by tenths. */
    public static String reliability(Score s) {
        StringBuilder b = new StringBuilder("  confidence   n   mean stated   observed\n");
        for (int i = 0; i < 10; i++) {
            if (s.binCount[i] == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  [%.1f,%.1f)  %3d   %.3f         %.3f%n", i / 10.0, (i + 1) / 10.0,
                    s.binCount[i], s.binConfidence[i] / s.binCount[i], s.binRight[i] / (double) s.binCount[i]));
        }
        return b.toString();
    }
}
