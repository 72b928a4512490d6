package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent choice among relatives: a candidate edge that passes over a text lying between its
 * two ends is left out before the tree is chosen.
 *
 * <p>In a chain A → B → C, C can hold A's text only through B, and it carries B's changes as well
 * as its own. So B holds everything A and C share, and turning A into C takes B's changes and
 * C's own: B is closer to each end than the ends are to each other. As in stemmatics, of three
 * related texts the one between the other two is the middle of the line, and neither end is the
 * other's parent, whichever way the line runs. Only the order along the line is read here; which
 * end is the original stays the copy model's.
 *
 * <p>A text Y is <em>between</em> X and Z when
 * <ul>
 *   <li>Y holds what X and Z share: at least {@link #HOLDS} of the word trigrams common to X and
 *       Z are in Y (a text that lacks part of what the two ends share would have to regain it);</li>
 *   <li>the changes add up along the line: turning X into Y and Y into Z takes no more change
 *       events ({@link ChangeEvents#events()}, each counted once whatever its length) than turning
 *       X into Z, and each leg takes at least one. An exact copy is no intermediate (which of two
 *       identical texts a third was taken from stays open), and two cuts of one tail (a trim of a
 *       trim, or two trims of one text: one event each way) leave the middle open, since a star
 *       and a chain explain them equally.</li>
 * </ul>
 * A star is not made a chain: the changes of two copies of one text add up through the original,
 * not through either copy (each copy is nearer the original than the other copy).
 *
 * <p>Every edge left out has a path of strictly nearer linked relatives through its intermediate,
 * so the candidate edges left still join the group. Reads only the group's links and texts, so
 * {@code analyze}, the store and Spark, which build whole groups, leave out the same edges.
 */
final class Intermediates {

    /**
     * Share of the trigrams two texts have in common that a text between them must hold: nearly
     * all (a few trigrams across an edit site may be lost). Set before measuring; 0.90 and 0.98
     * were tried on generator seed 1001 only (docs/evaluation.md).
     */
    static final double HOLDS = 0.95;

    private Intermediates() {
    }

    /**
     * Per candidate edge, whether it passes over an intermediate: the pair's two articles have a
     * third relative, linked with both among the candidates, that lies between them.
     */
    static boolean[] bypassed(CopyGraph graph, List<CopyGraph.Edge> cands) {
        int n = graph.nodes().size();
        boolean[] out = new boolean[cands.size()];
        Map<Long, ChangeEvents> pair = new HashMap<>();
        List<List<Integer>> near = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            near.add(new ArrayList<>());
        }
        for (CopyGraph.Edge e : cands) {
            if (e.pair() == null) {
                continue;
            }
            if (pair.putIfAbsent(key(e.from(), e.to()), e.pair().changes()) == null) {
                near.get(e.from()).add(e.to());
                near.get(e.to()).add(e.from());
            }
        }
        Map<Long, Boolean> decided = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            CopyGraph.Edge e = cands.get(i);
            if (e.pair() != null) {
                out[i] = decided.computeIfAbsent(key(e.from(), e.to()),
                        k -> hasIntermediate(graph, e.from(), e.to(), pair, near));
            }
        }
        return out;
    }

    private static boolean hasIntermediate(CopyGraph graph, int x, int z, Map<Long, ChangeEvents> pair,
                                           List<List<Integer>> near) {
        int xz = pair.get(key(x, z)).events();
        if (xz < 2) {
            return false;
        }
        // The smaller neighbourhood: an intermediate is linked with both ends.
        List<Integer> ys = near.get(x).size() <= near.get(z).size() ? near.get(x) : near.get(z);
        CopyText tx = null;
        CopyText tz = null;
        for (int y : ys) {
            if (y == x || y == z) {
                continue;
            }
            ChangeEvents a = pair.get(key(x, y));
            ChangeEvents b = pair.get(key(y, z));
            if (a == null || b == null) {
                continue;
            }
            int xy = a.events();
            int yz = b.events();
            // Both legs at least one event, and together no more than the direct pair.
            if (xy < 1 || yz < 1 || xy + yz > xz) {
                continue;
            }
            if (tx == null) {
                tx = graph.texts().get(graph.nodes().get(x));
                tz = graph.texts().get(graph.nodes().get(z));
            }
            if (holds(graph.texts().get(graph.nodes().get(y)), tx, tz)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code y} holds at least {@link #HOLDS} of the distinct trigrams {@code x} and {@code z} share. */
    static boolean holds(CopyText y, CopyText x, CopyText z) {
        // Two linear merges of the sorted distinct sets, no search per trigram.
        long[] common = CopyText.shared(x.sorted(), z.sorted());
        int held = CopyText.shared(common, y.sorted()).length;
        return common.length > 0 && held >= HOLDS * common.length;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
