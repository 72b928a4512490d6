package org.stemma.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * Builds the provenance graph: within each lineage, which article derives from which, of what
 * kind, whether credited, with what confidence and why.
 *
 * <p>The tree is the most parsimonious one ({@link ParsimonyTree}): every member is an observed
 * article, so it is a minimum-cost branching over asymmetric edge costs. The cost of
 * {@code x → y} is the number of change events that turn x's text into y's
 * ({@link ChangeEvents}: cuts cheap, additions dear, word edits symmetric; saturating for loose
 * rewrites), plus a penalty per unit of outside evidence against that direction (dates, leaked
 * headlines, credit, quote fidelity, from {@link DirectionScorer}) and minus a bonus when y shows
 * x's page headline (the two are adjacent). An outlet named as a source by a member but absent
 * from the lineage becomes an {@code external:NAME} node with edges to the members crediting
 * it. Each article gets at most one parent; the best other candidate parent is kept as the
 * runner-up.
 */
public final class ProvenanceBuilder {

    /** Cost of leaving a member without a parent: above any edge to a real relative. */
    static final double ROOT_COST = 30.0;
    /**
     * Cost of hanging an article from an external outlet that it names as its source: just
     * below that of being a root, so a crediting article the tree would make a root gets the
     * outlet above it, and no article is moved to the top for crediting one.
     */
    static final double EXTERNAL_COST = ROOT_COST - 0.5;
    /** Links whose texts are less close than this give no candidate edge. */
    static final double MIN_CLOSENESS = 0.02;
    /** Cost per unit of outside direction evidence (log-odds) against an edge. */
    static final double EXTERNAL = 3.0;
    /** Added to the cost of an edge whose copy was published before its source. */
    static final double DATE_VETO = 6.0;
    /** Cost taken off an edge whose copy shows the source page's related headline. */
    static final double LEAK_BONUS = 3.0;
    /** Cost units per e-fold of the reported edge weight. */
    static final double COST_SCALE = 2.0;
    /** Share of reworded shared text above which a derivation is a rewrite. */
    static final double REWRITE_SHARE = 0.5;
    /** Edited passages less similar than this count as reworded. */
    static final double REWORDED_SIMILARITY = 0.6;
    /** Share of the source a copy must carry to be a (full) copy. */
    static final double COPY_COVERAGE = 0.8;

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
     * The derivations of all lineages of {@code stories} (or, if {@code stories} is empty, of the
     * lineages of {@code links}), ordered by lineage and from roots down. Pure.
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
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        Set<String> outlets = knownOutlets;
        List<List<String>> lineages = new ArrayList<>();
        for (Story s : stories) {
            lineages.addAll(s.lineages());
        }
        if (stories.isEmpty()) {
            lineages = Lineages.of(articles.stream().map(Article::id).toList(), links);
        }
        Map<String, Integer> lineageOf = new HashMap<>();
        for (int l = 0; l < lineages.size(); l++) {
            for (String id : lineages.get(l)) {
                lineageOf.putIfAbsent(id, l);
            }
        }
        List<List<Link>> linksOf = new ArrayList<>();
        for (int l = 0; l < lineages.size(); l++) {
            linksOf.add(new ArrayList<>());
        }
        // Links in a fixed order so that ties between candidate parents break the same way
        // however the caller gathered the links (a Spark shuffle does not keep their order).
        List<Link> ordered = new ArrayList<>(links);
        ordered.sort(java.util.Comparator.comparing(Link::a).thenComparing(Link::b));
        for (Link k : ordered) {
            Integer la = lineageOf.get(k.a());
            if (la != null && la.equals(lineageOf.get(k.b())) && !k.a().equals(k.b())
                    && byId.containsKey(k.a()) && byId.containsKey(k.b())) {
                linksOf.get(la).add(k);
            }
        }
        QuoteFidelity fidelity = new QuoteFidelity(quotes);
        // Lineages are independent: built in parallel, concatenated in lineage order.
        List<List<String>> all = lineages;
        return java.util.stream.IntStream.range(0, all.size()).parallel()
                .mapToObj(l -> lineage(all.get(l), linksOf.get(l), byId, outlets, fidelity))
                .flatMap(List::stream).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** A candidate edge: node indexes, weight, and how to explain it. */
    private record Candidate(int from, int to, double cost, double probability,
                             DirectionScorer.Pair pair, boolean forward, Attribution external) {

        /** A plausibility in (0, 1] for reports: each unit of cost divides it by e^(1/COST_SCALE). */
        double weight() {
            return Math.exp(-cost / COST_SCALE);
        }
    }

    /**
     * Change cost, saturating: beyond a few dozen events a pair is a loose rewrite whose block
     * count says more about the aligner than about copying, and outside evidence (dates,
     * leaked headlines, quotes) must still be able to decide.
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

    /** The lineage's links by the nodes they touch. */
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
    private static int[][] carriers(Candidate c, List<String> nodes, Map<String, Integer> index, List<Link> linksOfCopy) {
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

    private static List<Derivation> lineage(List<String> members, List<Link> links,
                                            Map<String, Article> byId, Set<String> outlets,
                                            QuoteFidelity fidelity) {
        List<String> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        for (String id : members) {
            Article a = byId.get(id);
            if (a == null || index.containsKey(id)) {
                continue;
            }
            index.put(id, nodes.size());
            nodes.add(id);
            facts.put(id, ArticleFacts.of(a, outlets));
        }
        List<Candidate> cands = new ArrayList<>();
        Map<String, Link> strongest = new HashMap<>();
        for (Link k : links) {
            ArticleFacts fa = facts.get(k.a());
            ArticleFacts fb = facts.get(k.b());
            if (fa == null || fb == null) {
                continue;
            }
            DirectionScorer.Pair pair = DirectionScorer.score(k, fa, fb, fidelity);
            double p = pair.probabilityASource();
            int ia = index.get(k.a());
            int ib = index.get(k.b());
            if (pair.closeness() >= MIN_CLOSENESS) {
                // Parsimony: the cost of the change events each direction takes. Outside
                // evidence (dates, leaked headlines, credit, quotes) only penalises the direction
                // it argues against: a distant ancestor often has stronger such evidence than
                // the parent (an older date) and must not win for that reason.
                double ext = pair.externalScore();
                // A page showing the other's related headline was taken from that page: the
                // pair is adjacent in the tree, not merely ordered.
                double costF = saturate(pair.changes().cost(true)) + EXTERNAL * Math.max(0, -ext)
                        + (pair.dateOrder() < 0 ? DATE_VETO : 0) - LEAK_BONUS * Math.max(0, pair.leak()) / DirectionScorer.LEAK;
                double costB = saturate(pair.changes().cost(false)) + EXTERNAL * Math.max(0, ext)
                        + (pair.dateOrder() > 0 ? DATE_VETO : 0) - LEAK_BONUS * Math.max(0, -pair.leak()) / DirectionScorer.LEAK;
                cands.add(new Candidate(ia, ib, costF, p, pair, true, null));
                cands.add(new Candidate(ib, ia, costB, 1 - p, pair, false, null));
            }
            keepStrongest(strongest, k.a(), k);
            keepStrongest(strongest, k.b(), k);
        }
        // External origins: outlets that members name as their source but that no member is.
        Map<String, Integer> externalIndex = new LinkedHashMap<>();
        Set<Long> externalEdges = new HashSet<>();
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
                if (externalEdges.add(((long) node << 32) | to)) {
                    cands.add(new Candidate(node, to, EXTERNAL_COST, 1, null, true, at));
                }
            }
        }
        int n = nodes.size();
        List<Candidate> tree = strongestPerTarget(cands, n);
        int[] from = new int[tree.size()];
        int[] to = new int[tree.size()];
        double[] cost = new double[tree.size()];
        int[][][] carriers = new int[tree.size()][][];
        List<List<Link>> linksOf = linksByNode(links, index, n);
        for (int e = 0; e < tree.size(); e++) {
            Candidate c = tree.get(e);
            from[e] = c.from();
            to[e] = c.to();
            cost[e] = c.cost();
            if (c.pair() != null) {
                carriers[e] = carriers(c, nodes, index, linksOf.get(c.to()));
            }
        }
        // Being a root costs as much as hanging from an absent outlet, so a member that credits
        // one is not forced to the top: the outlet is only preferred by a hair.
        double[] rootCost = new double[n];
        for (int v = 0; v < n; v++) {
            rootCost[v] = v < index.size() ? ROOT_COST : 0;
        }
        ParsimonyTree.Result result = ParsimonyTree.choose(n, from, to, cost, rootCost, ranks(nodes), carriers);
        int[] chosenTree = result.parentEdge();
        // Report the charged costs: the regain charge is part of why an edge lost.
        java.util.IdentityHashMap<Candidate, Integer> position = new java.util.IdentityHashMap<>();
        for (int e = 0; e < cands.size(); e++) {
            position.put(cands.get(e), e);
        }
        for (int e = 0; e < tree.size(); e++) {
            if (result.charge()[e] > 0) {
                Candidate c = tree.get(e);
                Candidate charged = new Candidate(c.from(), c.to(), c.cost() + result.charge()[e],
                        c.probability(), c.pair(), c.forward(), c.external());
                int at = position.remove(c);
                cands.set(at, charged);
                position.put(charged, at);
                tree.set(e, charged);
            }
        }
        int[] chosen = new int[n];
        for (int v = 0; v < n; v++) {
            chosen[v] = chosenTree[v] < 0 ? -1 : position.get(tree.get(chosenTree[v]));
        }

        // Emit from the roots down.
        List<List<Integer>> children = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            children.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (chosen[v] >= 0) {
                children.get(cands.get(chosen[v]).from()).add(v);
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
            Candidate c = cands.get(chosen[v]);
            Candidate runner = null;
            for (Candidate o : cands) {
                if (o.to() == v && o.from() != c.from() && (runner == null || o.weight() > runner.weight())) {
                    runner = o;
                }
            }
            out.add(derivation(c, runner, nodes, facts, strongest));
        }
        return out;
    }

    /**
     * The {@link #MAX_PARENTS} heaviest candidate edges into each node: bounds the branching's
     * O(V·E) work on large lineages (a wire story copied by hundreds of outlets) without
     * changing its result in practice, since a parent is one of the closest relatives.
     */
    private static List<Candidate> strongestPerTarget(List<Candidate> cands, int n) {
        List<List<Candidate>> into = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            into.add(new ArrayList<>());
        }
        for (Candidate c : cands) {
            into.get(c.to()).add(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> l : into) {
            if (l.size() > MAX_PARENTS) {
                l.sort(Comparator.comparingDouble(Candidate::cost));
                out.addAll(l.subList(0, MAX_PARENTS));
            } else {
                out.addAll(l);
            }
        }
        return out;
    }

    /** Candidate parents per article kept for the branching. */
    static final int MAX_PARENTS = 12;

    private static void keepStrongest(Map<String, Link> strongest, String id, Link k) {
        Link old = strongest.get(id);
        double cov = k.a().equals(id) ? k.coverageA() : k.coverageB();
        if (old == null || cov > (old.a().equals(id) ? old.coverageA() : old.coverageB())) {
            strongest.put(id, k);
        }
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

    private static Derivation derivation(Candidate c, Candidate runner, List<String> nodes,
                                         Map<String, ArticleFacts> facts, Map<String, Link> strongest) {
        String source = nodes.get(c.from());
        String copy = nodes.get(c.to());
        List<String> evidence = new ArrayList<>();
        DerivationKind kind;
        boolean credited;
        double confidence;
        if (c.external() != null) {
            Link k = strongest.get(copy);
            kind = k == null ? DerivationKind.PARTIAL : kind(k, !k.a().equals(copy));
            credited = true;
            evidence.add(copy + " names " + c.external().name() + " as the source of its text (“"
                    + c.external().phrase() + "”); no article of " + c.external().name()
                    + " is in the corpus, so it is an external origin");
            if (k != null) {
                evidence.add(kindText(kind, k, k.a().equals(copy) ? k.b() : k.a(), copy, !k.a().equals(copy))
                        + " (judged from its closest relative in the corpus)");
            }
            confidence = 0.7;
        } else {
            DirectionScorer.Pair pair = c.pair();
            Link k = pair.link();
            boolean aSource = c.forward();
            kind = kind(k, aSource);
            evidence.add(kindText(kind, k, source, copy, aSource));
            List<DirectionScorer.Signal> pro = new ArrayList<>();
            List<DirectionScorer.Signal> con = new ArrayList<>();
            for (DirectionScorer.Signal s : pair.signals()) {
                double toward = aSource ? s.weight() : -s.weight();
                (toward > 0 ? pro : con).add(s);
            }
            pro.sort(Comparator.comparingDouble(s -> -Math.abs(s.weight())));
            con.sort(Comparator.comparingDouble(s -> -Math.abs(s.weight())));
            for (DirectionScorer.Signal s : pro) {
                evidence.add(s.text());
            }
            if (pro.isEmpty()) {
                evidence.add("no evidence on the direction between " + source + " and " + copy
                        + "; the tree places " + source + " above");
            }
            for (DirectionScorer.Signal s : con) {
                evidence.add("against: " + s.text());
            }
            ArticleFacts cf = facts.get(copy);
            String phrase = cf.creditOf(facts.get(source).article());
            credited = phrase != null;
            evidence.add(creditText(credited, phrase, cf, facts.get(source)));
            confidence = c.probability();
        }
        String runnerUp = null;
        double runnerWeight = 0;
        if (runner != null) {
            runnerUp = nodes.get(runner.from());
            runnerWeight = runner.weight();
            evidence.add(String.format(Locale.ROOT, "parent %s preferred to %s (weight %.2f against %.2f)",
                    source, runnerUp, c.weight(), runnerWeight));
            // Direction certainty times the chosen parent's share against the runner-up.
            confidence *= Math.max(c.weight(), 0) / Math.max(1e-9, Math.max(c.weight(), 0) + Math.max(runnerWeight, 0));
        }
        confidence = Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
        return new Derivation(source, copy, kind, credited, confidence, evidence, runnerUp,
                Math.round(runnerWeight * 1000) / 1000.0);
    }

    /** Kind of the derivation source → copy over link {@code k} ({@code aSource}: k.a is the source). */
    static DerivationKind kind(Link k, boolean aSource) {
        double reworded = 0;
        double shared = 0;
        double sourceSpans = 0;
        double sourceMatched = 0;
        for (Passage p : k.passages()) {
            int len = aSource ? p.b().length() : p.a().length();
            shared += len;
            if (p.kind() == PassageKind.PARAPHRASE
                    || p.kind() == PassageKind.EDITED && p.similarity() < REWORDED_SIMILARITY) {
                reworded += len;
            }
            // An edited region spans its edits and bridged gaps: only its matched share is copied.
            int srcLen = aSource ? p.a().length() : p.b().length();
            sourceSpans += srcLen;
            sourceMatched += p.kind() == PassageKind.EDITED ? srcLen * p.similarity() : srcLen;
        }
        if (shared > 0 && reworded / shared >= REWRITE_SHARE) {
            return DerivationKind.REWRITE;
        }
        double covSource = (aSource ? k.coverageA() : k.coverageB())
                * (sourceSpans > 0 ? sourceMatched / sourceSpans : 1);
        return covSource >= COPY_COVERAGE ? DerivationKind.COPY : DerivationKind.PARTIAL;
    }

    private static String kindText(DerivationKind kind, Link k, String source, String copy, boolean aSource) {
        double covSource = aSource ? k.coverageA() : k.coverageB();
        double covCopy = aSource ? k.coverageB() : k.coverageA();
        double reworded = 0;
        double shared = 0;
        for (Passage p : k.passages()) {
            int len = aSource ? p.b().length() : p.a().length();
            shared += len;
            if (p.kind() == PassageKind.PARAPHRASE
                    || p.kind() == PassageKind.EDITED && p.similarity() < REWORDED_SIMILARITY) {
                reworded += len;
            }
        }
        int rw = shared == 0 ? 0 : DirectionScorer.pct(reworded / shared);
        String what = switch (kind) {
            case REWRITE -> "rewrite: " + rw + "% of the text " + copy + " shares with " + source + " is reworded";
            case COPY -> "copy: " + copy + " carries " + DirectionScorer.pct(covSource) + "% of " + source + "'s text";
            case PARTIAL -> "partial: " + copy + " carries " + DirectionScorer.pct(covSource) + "% of " + source
                    + "'s text in " + k.passages().size() + " passage" + (k.passages().size() == 1 ? "" : "s");
        };
        return what + String.format(Locale.ROOT, "; %d%% of %s is found in %s",
                DirectionScorer.pct(covCopy), copy, source);
    }

    private static String creditText(boolean credited, String phrase, ArticleFacts copy, ArticleFacts source) {
        if (credited) {
            return "credited: " + copy.id() + " names its source (“" + phrase + "”)";
        }
        String outlet = source.article().outlet();
        StringBuilder b = new StringBuilder("not credited: ").append(copy.id());
        if (outlet == null || outlet.isBlank()) {
            b.append(" carries no link to ").append(source.id()).append(" and ").append(source.id())
                    .append("'s outlet is unknown");
        } else {
            b.append(" neither names ").append(outlet).append(" nor links ").append(source.id());
        }
        List<String> others = new ArrayList<>();
        for (Attribution at : copy.attributions()) {
            if (at.kind() != AttributionKind.LINK) {
                others.add("“" + at.phrase() + "” (" + switch (at.kind()) {
                    case INTERVIEW -> "names who interviewed the speaker, not whose text was copied";
                    case UNNAMED_SOURCE -> "names no outlet";
                    default -> "names another source";
                } + ")");
            }
        }
        if (!others.isEmpty()) {
            b.append("; its attributions ").append(String.join(", ", others)).append(" do not credit ")
                    .append(source.id());
        }
        return b.toString();
    }
}
