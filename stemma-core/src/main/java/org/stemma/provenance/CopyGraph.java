package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.text.Tokens;

/**
 * The candidate derivations of one group of linked articles: two edges per link (each article
 * as the source of the other), with the copy model's features and the fixed outside evidence,
 * plus an edge from each absent outlet a member names as its source ({@code external:NAME}).
 *
 * @param nodes     article ids, then {@code external:NAME} origins
 * @param members   how many of the nodes are articles (the first ones)
 * @param edges     the candidate edges
 * @param facts     per article id, what provenance knows of it
 * @param texts     per article id, its text as the copy features read it
 * @param fidelity  the quotation families, for quote fidelity
 */
record CopyGraph(List<String> nodes, int members, List<Edge> edges, Map<String, ArticleFacts> facts,
                 Map<String, CopyText> texts, QuoteFidelity fidelity) {

    /** Score of hanging from an absent outlet the article names as its source, above being a root. */
    static final double EXTERNAL_MARGIN = 0.25;
    /** Log-odds of outside evidence against an edge are taken off its score at this rate. */
    static final double OUTSIDE = 1.0;
    /** Taken off the score of an edge whose copy was published before its source. */
    static final double DATE_VETO = 2.0;
    /**
     * Per unit of a leaked related headline's log-odds, added to the edge from the page it came
     * from: the headline says which page the copy was taken from, so the two are adjacent, not
     * merely ordered.
     */
    static final double LEAK_BONUS = 1.0;

    /**
     * A candidate edge.
     *
     * @param from     source node
     * @param to       copy node
     * @param x        the copy model's features (null for an edge from an external origin)
     * @param back     the features of the reverse edge (null for an external origin)
     * @param offset   fixed part of the score: outside evidence, or for an external origin its margin over the root score
     * @param pair     the evidence between the two articles (null for an external origin)
     * @param forward  the source is the link's a
     * @param external the attribution naming the external origin, or null
     * @param shared   what the two texts share (null for an external origin)
     */
    record Edge(int from, int to, double[] x, double[] back, double offset, DirectionScorer.Pair pair, boolean forward,
                Attribution external, CopyFeatures shared) {

        /** Whether this edge's score is its copy's score as a root plus a margin: an external origin. */
        boolean onRoot() {
            return x == null;
        }

        /** The copy model's features (a copy; zeros for an external origin). */
        double[] features() {
            return x == null ? new double[CopyModel.NAMES.size()] : x.clone();
        }

    }

    /** The score of edge {@code e} under {@code model}. */
    double score(Edge e, CopyModel model) {
        return e.x() == null ? model.rootScore(rootFeatures(e.to())) + e.offset() : model.score(e.x()) + e.offset();
    }

    /** The root features of article node {@code v}. */
    double[] rootFeatures(int v) {
        return CopyModel.rootFeatures(texts.get(nodes.get(v)));
    }

    /** Per node, its score as a root: from the model's root features for an article, 0 for an external origin (always a root). */
    double[] rootScores(CopyModel model) {
        double[] r = new double[nodes.size()];
        for (int v = 0; v < members; v++) {
            r[v] = model.rootScore(rootFeatures(v));
        }
        return r;
    }

    /** Whether node {@code v} is an article (not an external origin). */
    boolean isArticle(int v) {
        return v < members;
    }

    /** The graph as numbers, for fitting the copy model. */
    CandidateGraph candidates() {
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[][] x = new double[m][];
        boolean[] onRoot = new boolean[m];
        double[] offset = new double[m];
        for (int e = 0; e < m; e++) {
            Edge d = edges.get(e);
            from[e] = d.from();
            to[e] = d.to();
            x[e] = d.features();
            onRoot[e] = d.onRoot();
            offset[e] = d.offset();
        }
        double[][] z = new double[members][];
        for (int v = 0; v < members; v++) {
            z[v] = rootFeatures(v);
        }
        return new CandidateGraph(nodes, members, from, to, x, onRoot, offset, z);
    }

    /** @param tokens per article id, the tokens of its text if the caller has them (absent or null: tokenised) */
    static CopyGraph of(List<String> ids, List<Link> links, Map<String, Article> byId, Set<String> outlets,
                        QuoteFidelity fidelity, Map<String, Tokens> tokens) {
        List<String> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        Map<String, CopyText> texts = new HashMap<>();
        for (String id : ids) {
            Article a = byId.get(id);
            if (a == null || index.containsKey(id)) {
                continue;
            }
            index.put(id, nodes.size());
            nodes.add(id);
            facts.put(id, ArticleFacts.of(a, outlets));
            texts.put(id, CopyText.of(a, tokens.get(id), fidelity.quotationsOf(id)));
        }
        List<Edge> edges = new ArrayList<>();
        Compilations compilations = new Compilations(links, texts);
        for (Link k : links) {
            ArticleFacts fa = facts.get(k.a());
            ArticleFacts fb = facts.get(k.b());
            if (fa == null || fb == null || k.a().equals(k.b())) {
                continue;
            }
            DirectionScorer.Pair pair = DirectionScorer.score(k, fa, fb);
            CopyFeatures f = CopyFeatures.of(texts.get(k.a()), texts.get(k.b()));
            int quotes = 0;
            for (QuoteFidelity.Difference d : fidelity.differences(k.a(), k.b())) {
                quotes += d.better().equals(k.a()) ? 1 : -1;
            }
            double ab = ProvenanceBuilder.saturate(pair.changes().cost(true));
            double ba = ProvenanceBuilder.saturate(pair.changes().cost(false));
            int ia = index.get(k.a());
            int ib = index.get(k.b());
            // Which of the two reads as a compilation of the other and a third, unrelated text.
            double merged = compilations.share(k.b(), k.a()) - compilations.share(k.a(), k.b());
            double[] xab = CopyModel.features(f, 0, ab, ba, quotes, merged);
            double[] xba = CopyModel.features(f, 1, ba, ab, -quotes, -merged);
            edges.add(new Edge(ia, ib, xab, xba, outside(pair, true), pair, true, null, f));
            edges.add(new Edge(ib, ia, xba, xab, outside(pair, false), pair, false, null, f));
        }
        int members = nodes.size();
        // External origins: outlets that members name as their source but that no member is.
        Map<String, Integer> externalIndex = new LinkedHashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (ArticleFacts f : facts.values()) {
            for (Attribution at : f.attributions()) {
                if (at.kind() != AttributionKind.SOURCE || isMember(at.name(), facts)) {
                    continue;
                }
                String name = canonical(at.name(), externalIndex.keySet());
                Integer node = externalIndex.get(name);
                if (node == null) {
                    node = nodes.size();
                    externalIndex.put(name, node);
                    nodes.add(Derivation.EXTERNAL_PREFIX + name);
                }
                int to = index.get(f.id());
                if (seen.add(((long) node << 32) | to)) {
                    edges.add(new Edge(node, to, null, null, EXTERNAL_MARGIN, null, true, at, null));
                }
            }
        }
        return new CopyGraph(List.copyOf(nodes), members, List.copyOf(edges), facts, texts, fidelity);
    }

    /**
     * The fixed part of an edge's score: outside evidence (dates, leaked headlines, credit, a
     * declared source) only lowers the direction it argues against, so a distant ancestor with
     * an older date does not win over the parent for that reason; a leaked related headline
     * raises the edge to the page it came from (the two pages are adjacent).
     */
    private static double outside(DirectionScorer.Pair pair, boolean forward) {
        double ext = forward ? pair.externalScore() : -pair.externalScore();
        int order = forward ? pair.dateOrder() : -pair.dateOrder();
        double leak = forward ? pair.leak() : -pair.leak();
        return -OUTSIDE * Math.max(0, -ext) - (order < 0 ? DATE_VETO : 0)
                + LEAK_BONUS * Math.max(0, leak);
    }

    private static boolean isMember(String name, Map<String, ArticleFacts> facts) {
        for (ArticleFacts f : facts.values()) {
            String o = f.article().outlet();
            if (o != null && OutletNames.same(name, o)) {
                return true;
            }
        }
        return false;
    }

    /** The spelling already used for an outlet, or {@code name}. */
    private static String canonical(String name, Set<String> known) {
        for (String k : known) {
            if (OutletNames.same(k, name)) {
                return k;
            }
        }
        return name;
    }
}
