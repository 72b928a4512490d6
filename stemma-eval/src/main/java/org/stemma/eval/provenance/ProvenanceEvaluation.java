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
    public record Config(int trees, long seed, int minSize, int maxSize, double leakRate,
                         double ownTextRate, int minBodyChars) {
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
        final Map<CopyOp, int[]> byOp = new EnumMap<>(CopyOp.class);

        public double parentAccuracy() {
            return derived == 0 ? 0 : parentRight / (double) derived;
        }

        public double rootAccuracy() {
            return families == 0 ? 0 : rootRight / (double) families;
        }

        public double directionAccuracy() {
            return ordered == 0 ? 0 : orderedRight / (double) ordered;
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

        public int families() {
            return families;
        }
    }

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
                cfg.minSize(), cfg.maxSize(), dates, cfg.leakRate(), cfg.ownTextRate()));
        Score s = new Score();
        for (int t = 0; t < cfg.trees(); t++) {
            CopyTree tree = gen.next(t % bodies.size(), "t" + t);
            List<Link> links = relink == null ? tree.links() : relink.apply(tree.articles());
            List<Derivation> ds = ProvenanceBuilder.build(tree.articles(), links, List.of(), List.of());
            score(tree, ds, s);
        }
        return s;
    }

    static void score(CopyTree tree, List<Derivation> ds, Score s) {
        Map<String, String> predicted = new HashMap<>();
        for (Derivation d : ds) {
            predicted.put(d.copy(), d.source());
        }
        s.families++;
        for (Article a : tree.articles()) {
            String id = a.id();
            String truth = tree.parent().get(id);
            if (truth == null) {
                if (!predicted.containsKey(id)) {
                    s.rootRight++;
                }
                continue;
            }
            s.derived++;
            int[] c = s.byOp.computeIfAbsent(tree.op().get(id), k -> new int[2]);
            c[0]++;
            if (truth.equals(predicted.get(id))) {
                s.parentRight++;
                c[1]++;
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
                "%-34s families=%d derived=%d parent_acc=%.3f root_acc=%.3f direction_acc=%.3f (ordered %.0f%%)",
                label, s.families, s.derived, s.parentAccuracy(), s.rootAccuracy(), s.directionAccuracy(),
                100 * s.orderedShare()));
        b.append("  by op:");
        for (CopyOp op : CopyOp.values()) {
            double v = s.parentAccuracy(op);
            if (!Double.isNaN(v)) {
                b.append(String.format(Locale.ROOT, " %s=%.3f(n=%d)", op.name().toLowerCase(Locale.ROOT), v,
                        s.byOp.get(op)[0]));
            }
        }
        return b.toString();
    }
}
