package org.stemma.report.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;

/**
 * The provenance graph folded to outlets: which outlets reuse which, how often, and how often
 * they credit it. Articles without a known outlet are grouped under {@link #UNKNOWN}; an
 * {@code external:NAME} source becomes the outlet NAME, flagged external. Only directed
 * derivations count: where the direction is undetermined, so is who reused whom.
 *
 * @param outlets the outlets, by number of articles (descending), then name
 * @param edges   source outlet → copying outlet, by count (descending)
 */
public record OutletGraph(List<Outlet> outlets, List<Edge> edges) {

    /** Outlet name used for articles whose outlet is unknown. */
    public static final String UNKNOWN = "(unknown outlet)";

    public OutletGraph {
        outlets = List.copyOf(outlets);
        edges = List.copyOf(edges);
    }

    /**
     * An outlet.
     *
     * @param name     display name
     * @param articles articles of this outlet in the corpus (0 for an external origin)
     * @param external true if it only appears as an external origin
     */
    public record Outlet(String name, int articles, boolean external) {
    }

    /**
     * Reuse from one outlet by another.
     *
     * @param source   the outlet whose text was reused
     * @param copy     the outlet that reused it
     * @param count    derivations from source's articles to copy's articles
     * @param credited how many of them credit the source
     * @param kinds    count per derivation kind
     */
    public record Edge(String source, String copy, int count, int credited, Map<DerivationKind, Integer> kinds) {
        public Edge {
            kinds = Map.copyOf(kinds);
        }

        /** Share of the derivations that credit the source, in [0, 1]. */
        public double creditedShare() {
            return count == 0 ? 0 : credited / (double) count;
        }
    }

    /** Folds {@code derivations} over {@code articles} to outlets. Pure. */
    public static OutletGraph of(List<Article> articles, List<Derivation> derivations) {
        Map<String, String> outletOf = new HashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Article a : articles) {
            String o = outletName(a);
            outletOf.put(a.id(), o);
            counts.computeIfAbsent(o, k -> new int[1])[0]++;
        }
        Map<String, Boolean> external = new HashMap<>();
        Map<List<String>, int[]> edgeCounts = new LinkedHashMap<>();
        Map<List<String>, Map<DerivationKind, Integer>> edgeKinds = new HashMap<>();
        for (Derivation d : derivations) {
            if (!d.directed()) {
                continue; // which outlet copied which is undetermined
            }
            String src;
            if (d.fromExternal()) {
                src = d.source().substring(Derivation.EXTERNAL_PREFIX.length());
                if (!counts.containsKey(src)) {
                    external.put(src, true);
                }
            } else {
                src = outletOf.getOrDefault(d.source(), UNKNOWN);
            }
            String dst = outletOf.getOrDefault(d.copy(), UNKNOWN);
            List<String> key = List.of(src, dst);
            int[] c = edgeCounts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (d.credited()) {
                c[1]++;
            }
            edgeKinds.computeIfAbsent(key, k -> new EnumMap<>(DerivationKind.class)).merge(d.kind(), 1, Integer::sum);
        }
        List<Outlet> outlets = new ArrayList<>();
        counts.forEach((name, c) -> outlets.add(new Outlet(name, c[0], false)));
        external.keySet().stream().sorted().forEach(name -> outlets.add(new Outlet(name, 0, true)));
        outlets.sort(Comparator.comparingInt((Outlet o) -> -o.articles()).thenComparing(Outlet::name));
        List<Edge> edges = new ArrayList<>();
        edgeCounts.forEach((k, c) -> edges.add(new Edge(k.get(0), k.get(1), c[0], c[1], edgeKinds.get(k))));
        edges.sort(Comparator.comparingInt((Edge e) -> -e.count()).thenComparing(Edge::source).thenComparing(Edge::copy));
        return new OutletGraph(outlets, edges);
    }

    static String outletName(Article a) {
        return a.outlet() == null || a.outlet().isBlank() ? UNKNOWN : a.outlet().strip();
    }
}
