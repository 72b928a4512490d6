package org.stemma.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.align.Link;

/**
 * Lineages: connected components of the articles joined by links that carry a substantial part
 * of one article's text. A link counts when at least {@link #MIN_COVERAGE} of one of its
 * articles is inside its passages, those passages hold at least {@link #MIN_SHARED_CHARS}
 * characters, and a link of one single passage covers at least
 * {@link #SINGLE_PASSAGE_COVERAGE} of one side; so one shared stock paragraph of background
 * does not join two otherwise different articles.
 */
public final class Lineages {

    /** Share of one article's text the link must cover. */
    public static final double MIN_COVERAGE = 0.3;
    /** Share of one article a link of a single passage must cover. */
    public static final double SINGLE_PASSAGE_COVERAGE = 0.5;
    /** Shared characters (on the larger side) a link must carry. */
    public static final int MIN_SHARED_CHARS = 200;

    private Lineages() {
    }

    /** True if {@code link} joins its two articles into one lineage. */
    public static boolean joins(Link link) {
        double cov = Math.max(link.coverageA(), link.coverageB());
        if (cov < MIN_COVERAGE || link.passages().isEmpty()) {
            return false;
        }
        if (link.passages().size() == 1 && cov < SINGLE_PASSAGE_COVERAGE) {
            return false; // one shared block that is not most of either article: stock text
        }
        long sa = 0;
        long sb = 0;
        for (var p : link.passages()) {
            sa += p.a().length();
            sb += p.b().length();
        }
        return Math.max(sa, sb) >= MIN_SHARED_CHARS;
    }

    /**
     * The lineages among {@code ids}: groups of two or more ids, each sorted, ordered by their
     * first id. Links naming ids outside {@code ids} are ignored.
     */
    public static List<List<String>> of(List<String> ids, List<Link> links) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : ids) {
            index.putIfAbsent(id, index.size());
        }
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link l : links) {
            Integer a = index.get(l.a());
            Integer b = index.get(l.b());
            if (a != null && b != null && !a.equals(b) && joins(l)) {
                union(parent, a, b);
            }
        }
        return groups(index, parent);
    }

    /**
     * Lineages that share an article made one (e.g. a stored story's lineages and those a new
     * article joins), in the form {@link #of} gives: each sorted, ordered by their first id.
     */
    public static List<List<String>> merge(List<List<String>> lineages) {
        Map<String, Integer> index = new HashMap<>();
        for (List<String> l : lineages) {
            l.forEach(id -> index.putIfAbsent(id, index.size()));
        }
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<String> l : lineages) {
            for (String id : l) {
                union(parent, index.get(l.get(0)), index.get(id));
            }
        }
        return groups(index, parent);
    }

    /** The groups of two or more ids under one root, each sorted, ordered by their first id. */
    private static List<List<String>> groups(Map<String, Integer> index, int[] parent) {
        Map<Integer, List<String>> groups = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            groups.computeIfAbsent(find(parent, e.getValue()), k -> new ArrayList<>()).add(e.getKey());
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            if (g.size() > 1) {
                g.sort(Comparator.naturalOrder());
                out.add(List.copyOf(g));
            }
        }
        out.sort(Comparator.comparing(g -> g.get(0)));
        return out;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
