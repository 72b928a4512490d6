package org.stemma.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Lineages;
import org.stemma.story.Story;
import org.stemma.text.Span;
import org.stemma.text.Tokens;

/**
 * Builds the provenance graph: among linked articles, which derives from which, of what kind,
 * whether credited, with what probability and why.
 *
 * <p>Articles are grouped by their links (connected components). In each group every link gives
 * two candidate edges, each article as the source of the other, scored by the copy model
 * ({@link CopyModel}, fitted on real copying: how much of each text the other holds, how much of
 * that is the writer's own prose, which text is longer, where the shared part sits, bylines, the
 * change events each way ({@link ChangeEvents}), quote fidelity) plus outside evidence (dates,
 * leaked related headlines, credit: {@link DirectionScorer}); an outlet named as a source by a
 * member but absent from the corpus becomes an {@code external:NAME} origin. The tree is the
 * best-scoring forest under the rule that a copy cannot regain text its source lacks
 * ({@link ParsimonyTree}); each edge's probability is its share of all forests
 * ({@link TreeMarginals}), and an edge below the model's threshold is reported undirected.
 */
public final class ProvenanceBuilder {

    private ProvenanceBuilder() {
    }

    /** The distinct non-blank outlets of {@code articles}. */
    public static Set<String> outletsOf(List<Article> articles) {
        Set<String> outlets = new HashSet<>();
        for (Article a : articles) {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                outlets.add(a.outlet());
            }
        }
        return outlets;
    }

    /**
     * The derivations among {@code articles}, ordered by group and from roots down. Pure.
     * {@code stories} are not needed: the groups are the connected components of the links.
     */
    public static List<Derivation> build(List<Article> articles, List<Link> links,
                                         List<QuoteFamily> quotes, List<Story> stories) {
        return build(articles, links, quotes, stories, outletsOf(articles));
    }

    /**
     * As {@link #build(List, List, List, List)}, for a part of a corpus: {@code knownOutlets} are
     * the outlets of the whole corpus (attributions naming one of them are recognised as such),
     * so a part analysed alone gives the derivations the whole would.
     */
    public static List<Derivation> build(List<Article> articles, List<Link> links,
                                         List<QuoteFamily> quotes, List<Story> stories,
                                         Set<String> knownOutlets) {
        return build(articles, links, quotes, knownOutlets, CopyModel.DEFAULT);
    }

    /**
     * As {@link #build(List, List, List, List)}, reading article {@code i}'s words from
     * {@code tokensOrNull[i]} (the analysis's tokens of its text; null entries, or a null array,
     * tokenise): the same derivations, no text tokenised again. Only the articles
     * {@link #reads} marks are read.
     */
    public static List<Derivation> build(List<Article> articles, List<Link> links, List<QuoteFamily> quotes,
                                         List<Story> stories, Tokens[] tokensOrNull) {
        return build(articles, links, quotes, stories, outletsOf(articles), tokensOrNull);
    }

    /** As {@link #build(List, List, List, List, Set)}, reading the given tokens as {@link #build(List, List, List, List, Tokens[])}. */
    public static List<Derivation> build(List<Article> articles, List<Link> links, List<QuoteFamily> quotes,
                                         List<Story> stories, Set<String> knownOutlets, Tokens[] tokensOrNull) {
        return build(articles, links, quotes, knownOutlets, CopyModel.DEFAULT, tokensOrNull);
    }

    /** As {@link #build(List, List, List, List, Set)} with the given copy model. */
    public static List<Derivation> build(List<Article> articles, List<Link> links, List<QuoteFamily> quotes,
                                         Set<String> knownOutlets, CopyModel model) {
        return build(articles, links, quotes, knownOutlets, model, null);
    }

    private static List<Derivation> build(List<Article> articles, List<Link> links, List<QuoteFamily> quotes,
                                          Set<String> knownOutlets, CopyModel model, Tokens[] tokensOrNull) {
        Groups g = Groups.of(articles, links);
        Map<String, Tokens> tokens = tokensById(articles, tokensOrNull);
        Map<String, List<QuoteFamily>> familiesOf = familiesOf(quotes);
        // Groups are independent: built in parallel, concatenated in group order.
        return java.util.stream.IntStream.range(0, g.members().size()).parallel()
                .mapToObj(i -> group(CopyGraph.of(g.members().get(i), g.links().get(i), g.byId(), knownOutlets,
                        fidelity(g.members().get(i), familiesOf), tokens), g.links().get(i), model))
                .flatMap(List::stream).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * Per article, whether provenance reads its text: it is in a group (a link with passages
     * joins it to another article). A caller holding the articles' tokens need keep only these.
     */
    public static boolean[] reads(List<Article> articles, List<Link> links) {
        Set<String> grouped = new HashSet<>();
        for (List<String> members : Groups.of(articles, links).members()) {
            grouped.addAll(members);
        }
        boolean[] out = new boolean[articles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = grouped.contains(articles.get(i).id());
        }
        return out;
    }

    /** The given tokens by article id (the first article of an id, as {@link Groups#byId}). */
    private static Map<String, Tokens> tokensById(List<Article> articles, Tokens[] tokensOrNull) {
        Map<String, Tokens> out = new HashMap<>();
        for (int i = 0; tokensOrNull != null && i < tokensOrNull.length; i++) {
            String id = articles.get(i).id();
            if (!out.containsKey(id)) {
                out.put(id, tokensOrNull[i]);
            }
        }
        return out;
    }

    /**
     * The groups derivations are built in: the articles joined by links with passages
     * (connected components of two or more articles). A part of a corpus gives the derivations
     * the whole would when it holds whole groups.
     */
    public static List<List<String>> groups(List<Article> articles, List<Link> links) {
        return Groups.of(articles, links).members();
    }

    /** The candidate graph of every group of linked articles, for fitting the copy model. */
    public static List<CandidateGraph> candidates(List<Article> articles, List<Link> links, List<QuoteFamily> quotes,
                                                  Set<String> knownOutlets) {
        Groups g = Groups.of(articles, links);
        Map<String, List<QuoteFamily>> familiesOf = familiesOf(quotes);
        return java.util.stream.IntStream.range(0, g.members().size()).parallel()
                .mapToObj(i -> CopyGraph.of(g.members().get(i), g.links().get(i), g.byId(), knownOutlets,
                        fidelity(g.members().get(i), familiesOf), Map.of()).candidates())
                .toList();
    }

    /** Per article, the families that hold one of its quotes. */
    private static Map<String, List<QuoteFamily>> familiesOf(List<QuoteFamily> quotes) {
        Map<String, List<QuoteFamily>> familiesOf = new HashMap<>();
        for (QuoteFamily f : quotes) {
            for (org.stemma.quote.QuoteVariant v : f.variants()) {
                List<QuoteFamily> fs = familiesOf.computeIfAbsent(v.quote().article(), k -> new ArrayList<>());
                if (fs.isEmpty() || fs.get(fs.size() - 1) != f) {
                    fs.add(f);
                }
            }
        }
        return familiesOf;
    }

    /**
     * The quote fidelity of one group: the families its articles carry, with their wording and
     * speaker judged among the group's own instances, so that families formed over a whole corpus
     * or over one Spark component give the same derivations.
     */
    private static QuoteFidelity fidelity(List<String> group, Map<String, List<QuoteFamily>> familiesOf) {
        List<QuoteFamily> touched = new ArrayList<>();
        Set<QuoteFamily> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String id : group) {
            for (QuoteFamily f : familiesOf.getOrDefault(id, List.of())) {
                if (seen.add(f)) {
                    touched.add(f);
                }
            }
        }
        return new QuoteFidelity(org.stemma.quote.QuoteFamilies.within(touched, new HashSet<>(group)));
    }

    /** The groups of linked articles (connected components of the links), each with its links. */
    private record Groups(List<List<String>> members, List<List<Link>> links, Map<String, Article> byId) {

        static Groups of(List<Article> articles, List<Link> links) {
            Map<String, Article> byId = new HashMap<>();
            for (Article a : articles) {
                byId.putIfAbsent(a.id(), a);
            }
            List<Link> usable = new ArrayList<>();
            for (Link k : links) {
                // A link without passages shares no text: nothing to derive.
                if (!k.a().equals(k.b()) && !k.passages().isEmpty() && byId.containsKey(k.a())
                        && byId.containsKey(k.b())) {
                    usable.add(k);
                }
            }
            List<List<String>> groups = components(articles, usable);
            Map<String, Integer> groupOf = new HashMap<>();
            for (int l = 0; l < groups.size(); l++) {
                for (String id : groups.get(l)) {
                    groupOf.putIfAbsent(id, l);
                }
            }
            List<List<Link>> linksOf = new ArrayList<>();
            for (int l = 0; l < groups.size(); l++) {
                linksOf.add(new ArrayList<>());
            }
            // Links in a fixed order so that ties break the same way however the caller gathered
            // them (a Spark shuffle does not keep their order).
            usable.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
            for (Link k : usable) {
                linksOf.get(groupOf.get(k.a())).add(k);
            }
            return new Groups(groups, linksOf, byId);
        }

        /** Connected components of two or more articles, each in input order, ordered by their first article. */
        private static List<List<String>> components(List<Article> articles, List<Link> links) {
            Map<String, Integer> index = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (Article a : articles) {
                if (index.putIfAbsent(a.id(), ids.size()) == null) {
                    ids.add(a.id());
                }
            }
            int[] parent = new int[ids.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (Link k : links) {
                int x = find(parent, index.get(k.a()));
                int y = find(parent, index.get(k.b()));
                if (x != y) {
                    parent[Math.max(x, y)] = Math.min(x, y);
                }
            }
            Map<Integer, List<String>> groups = new java.util.TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ids.get(i));
            }
            List<List<String>> out = new ArrayList<>();
            for (List<String> g : groups.values()) {
                if (g.size() > 1) {
                    out.add(List.copyOf(g));
                }
            }
            return out;
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
    }

    /**
     * Change cost, saturating: beyond a few dozen events a pair is a loose rewrite whose block
     * count says more about the aligner than about copying.
     */
    static double saturate(double cost) {
        return SATURATION * Math.log1p(cost / SATURATION);
    }

    /** Gained blocks shorter than this (chars) are not checked for regained text. */
    static final int REGAIN_MIN_CHARS = 150;
    /** Chars of a gained block another article must share for it to carry the block. */
    static final int CARRIED_CHARS = 100;

    /** Scale (cost units) at which change costs start to saturate. */
    static final double SATURATION = 10.0;

    /** The group's links by the nodes they touch. */
    private static List<List<Link>> linksByNode(List<Link> links, Map<String, Integer> index, int n) {
        List<List<Link>> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            out.add(new ArrayList<>());
        }
        for (Link k : links) {
            Integer a = index.get(k.a());
            Integer b = index.get(k.b());
            if (a != null && b != null) {
                out.get(a).add(k);
                out.get(b).add(k);
            }
        }
        return out;
    }

    /**
     * Per block the copy of {@code c} gains on it, the other articles whose link with the copy
     * covers a quarter of that block or {@link #CARRIED_CHARS}: the articles that carry it too.
     */
    private static int[][] carriers(CopyGraph.Edge c, List<String> nodes, Map<String, Integer> index,
                                    List<Link> linksOfCopy) {
        List<Span> gained = c.pair().changes().gained(c.forward());
        if (gained.isEmpty()) {
            return null;
        }
        String copy = nodes.get(c.to());
        String source = nodes.get(c.from());
        int[][] out = new int[gained.size()][];
        for (int g = 0; g < gained.size(); g++) {
            Span x = gained.get(g);
            List<Integer> qs = new ArrayList<>();
            // A short block may be a sentence the aligner failed to pair, not text of its own.
            if (x.length() < REGAIN_MIN_CHARS) {
                out[g] = new int[0];
                continue;
            }
            for (Link k : linksOfCopy) {
                String q = k.other(copy);
                if (q.equals(source)) {
                    continue;
                }
                boolean copyIsA = k.a().equals(copy);
                long covered = 0;
                for (Passage p : k.passages()) {
                    if (p.kind() == PassageKind.PARAPHRASE) {
                        continue; // reworded: the same content, not the same copied text
                    }
                    Span s = copyIsA ? p.a() : p.b();
                    covered += Math.max(0, Math.min(s.end(), x.end()) - Math.max(s.start(), x.start()));
                }
                // Old text may be only part of the block (a lost tail followed by the copy's own
                // paragraph forms one block).
                if (4 * covered >= x.length() || covered >= CARRIED_CHARS) {
                    qs.add(index.get(q));
                }
            }
            out[g] = qs.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Position of each node id in sorted order. */
    private static int[] ranks(List<String> nodes) {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(nodes::get));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    private static List<Derivation> group(CopyGraph graph, List<Link> links, CopyModel model) {
        List<String> nodes = graph.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < n; v++) {
            index.put(nodes.get(v), v);
        }
        List<CopyGraph.Edge> cands = strongestPerTarget(graph, n, model);
        // A parent is the nearest relative on the line: an edge passing over a text between its ends goes.
        boolean[] bypassed = Intermediates.bypassed(graph, cands);
        List<CopyGraph.Edge> kept = new ArrayList<>();
        for (int e = 0; e < bypassed.length; e++) {
            if (!bypassed[e]) {
                kept.add(cands.get(e));
            }
        }
        cands = kept;
        int m = cands.size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] score = new double[m];
        double[] cost = new double[m];
        int[][][] carriers = new int[m][][];
        List<List<Link>> linksOf = linksByNode(links, index, n);
        for (int e = 0; e < m; e++) {
            CopyGraph.Edge c = cands.get(e);
            from[e] = c.from();
            to[e] = c.to();
            score[e] = graph.score(c, model);
            cost[e] = -score[e];
            if (c.pair() != null) {
                carriers[e] = carriers(c, nodes, index, linksOf.get(c.to()));
            }
        }
        double[] rootScore = graph.rootScores(model);
        double[] rootCost = new double[n];
        for (int v = 0; v < n; v++) {
            rootCost[v] = -rootScore[v];
        }
        ParsimonyTree.Result result = ParsimonyTree.choose(n, from, to, cost, rootCost, ranks(nodes), carriers,
                model.regain());
        int[] chosen = result.parentEdge().clone();
        TreeMarginals.Result marginals = TreeMarginals.of(n, from, to, score, rootScore);
        if (Boolean.getBoolean("stemma.prov.debug")) {
            for (int v = 0; v < n; v++) {
                System.err.printf("node %s root %.2f p=%.3f%n", nodes.get(v), rootScore[v], marginals.root()[v]);
            }
            for (int e = 0; e < m; e++) {
                System.err.printf("  %s -> %s score %.2f p=%.3f x=%s%n", nodes.get(from[e]), nodes.get(to[e]), score[e],
                        marginals.edge()[e], cands.get(e).x() == null ? "ext" : java.util.Arrays.toString(
                                java.util.Arrays.stream(cands.get(e).x()).map(z -> Math.round(z * 100) / 100.0).toArray()));
            }
        }
        attachDerived(graph.members(), chosen, from, to, marginals);
        boolean[] byLineage = attachLineages(cands, graph.members(), chosen, from, to, marginals);

        // Emit from the roots down.
        List<List<Integer>> children = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            children.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (chosen[v] >= 0) {
                children.get(from[chosen[v]]).add(v);
            }
        }
        Deque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (chosen[v] < 0) {
                queue.add(v);
            }
        }
        List<Derivation> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            int v = queue.poll();
            List<Integer> kids = children.get(v);
            kids.sort(Comparator.comparing(nodes::get));
            queue.addAll(kids);
            if (chosen[v] < 0) {
                continue;
            }
            int e = chosen[v];
            int runner = -1;
            for (int o = 0; o < m; o++) {
                if (to[o] == v && from[o] != from[e]
                        && (runner < 0 || marginals.edge()[o] > marginals.edge()[runner])) {
                    runner = o;
                }
            }
            double reverse = 0;
            for (int o = 0; o < m; o++) {
                if (from[o] == v && to[o] == from[e]) {
                    reverse = Math.max(reverse, marginals.edge()[o]);
                }
            }
            double p = marginals.edge()[e];
            double pr = runner < 0 ? 0 : marginals.edge()[runner];
            if (byLineage[v]) {
                // The lineage rule says the two are related: the probability of this parent among
                // the alternatives the forest gives a related article (its other candidate parents,
                // or being the other's source).
                double into = reverse;
                for (int o = 0; o < m; o++) {
                    if (to[o] == v) {
                        into += marginals.edge()[o];
                    }
                }
                p = into <= 0 ? 0.5 : p / into;
                pr = into <= 0 ? 0 : pr / into;
                reverse = into <= 0 ? 0.5 : reverse / into;
            }
            out.add(DerivationEvidence.of(graph, cands.get(e), p, reverse, runner < 0 ? null : cands.get(runner), pr,
                    links, model));
        }
        return out;
    }

    /**
     * A member the tree leaves without a parent although it more likely has one (its candidate
     * parents together outweigh its being an original) hangs from its most likely parent, if that
     * closes no cycle: the mass may be split over several candidates, each less likely than no
     * parent at all. Its probability stays that parent's own, so it is reported undirected.
     */
    private static void attachDerived(int members, int[] chosen, int[] from, int[] to, TreeMarginals.Result p) {
        double[] mass = new double[members];
        int[] best = new int[members];
        java.util.Arrays.fill(best, -1);
        for (int e = 0; e < from.length; e++) {
            int v = to[e];
            if (v < members) {
                mass[v] += p.edge()[e];
                if (best[v] < 0 || p.edge()[e] > p.edge()[best[v]]) {
                    best[v] = e;
                }
            }
        }
        Integer[] order = new Integer[members];
        for (int v = 0; v < members; v++) {
            order[v] = v;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(v -> -(mass[v] - p.root()[v])));
        for (int v : order) {
            if (chosen[v] >= 0 || best[v] < 0 || mass[v] <= p.root()[v]) {
                continue;
            }
            if (!descends(from[best[v]], v, chosen, from)) {
                chosen[v] = best[v];
            }
        }
    }

    /**
     * Members joined by a link that makes them one lineage (most of one text shared:
     * {@link Lineages#joins}) but left apart by the forest, because neither direction alone
     * outweighs both being originals, are joined when the more likely copy of the two is a root:
     * it hangs from the other. Returns, per member, whether its edge was added so.
     */
    private static boolean[] attachLineages(List<CopyGraph.Edge> cands, int members, int[] chosen, int[] from,
                                            int[] to, TreeMarginals.Result p) {
        boolean[] added = new boolean[chosen.length];
        Map<Long, Integer> edge = new HashMap<>();
        for (int e = 0; e < from.length; e++) {
            edge.putIfAbsent(((long) from[e] << 32) | to[e], e);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int e = 0; e < from.length; e++) {
            Integer back = edge.get(((long) to[e] << 32) | from[e]);
            if (back != null && from[e] < to[e] && to[e] < members && cands.get(e).pair() != null
                    && Lineages.joins(cands.get(e).pair().link())) {
                pairs.add(new int[] {e, back});
            }
        }
        pairs.sort(Comparator.comparingDouble(x -> -(p.edge()[x[0]] + p.edge()[x[1]])));
        for (int[] pr : pairs) {
            // Only the more likely direction: hanging the likely source under its copy because the
            // copy already has a parent would reverse them.
            int e = p.edge()[pr[0]] >= p.edge()[pr[1]] ? pr[0] : pr[1];
            int v = to[e];
            if (chosen[v] < 0 && !descends(from[e], v, chosen, from)) {
                chosen[v] = e;
                added[v] = true;
            }
        }
        return added;
    }

    /** Whether {@code x} is {@code v} or lies below it in the forest {@code chosen}. */
    private static boolean descends(int x, int v, int[] chosen, int[] from) {
        for (int guard = 0; x >= 0 && guard <= chosen.length; guard++) {
            if (x == v) {
                return true;
            }
            x = chosen[x] < 0 ? -1 : from[chosen[x]];
        }
        return false;
    }

    /**
     * The {@link #MAX_PARENTS} best-scoring candidate edges into each node: bounds the branching's
     * work on large groups (a wire story copied by hundreds of outlets) without changing its
     * result in practice, since a parent is one of the closest relatives.
     */
    private static List<CopyGraph.Edge> strongestPerTarget(CopyGraph graph, int n, CopyModel model) {
        List<CopyGraph.Edge> cands = graph.edges();
        List<List<CopyGraph.Edge>> into = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            into.add(new ArrayList<>());
        }
        for (CopyGraph.Edge c : cands) {
            into.get(c.to()).add(c);
        }
        List<CopyGraph.Edge> out = new ArrayList<>();
        for (List<CopyGraph.Edge> l : into) {
            if (l.size() > MAX_PARENTS) {
                l.sort(Comparator.comparingDouble(c -> -graph.score(c, model)));
                out.addAll(l.subList(0, MAX_PARENTS));
            } else {
                out.addAll(l);
            }
        }
        return out;
    }

    /** Candidate parents per article kept for the branching. */
    static final int MAX_PARENTS = 12;
}
