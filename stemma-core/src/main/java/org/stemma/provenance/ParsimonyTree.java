package org.stemma.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The most parsimonious derivation tree of a lineage: a minimum-cost branching (Chu–Liu/Edmonds,
 * {@link Branching}) over asymmetric edge costs, refined by the rule that a copy cannot regain
 * text its source lacks.
 *
 * <p>An edge {@code p → c} on which {@code c} gains a block of text is consistent only if every
 * other article carrying that block descends from {@code c} (the block arose at {@code c});
 * if some article outside {@code c}'s subtree carries it, the block is old text that {@code p}
 * lost, and deriving {@code c} from {@code p} would mean regaining it. Whether an article is in
 * a subtree depends on the whole tree, so the rule is applied by a few rounds of re-weighting:
 * each round charges {@link #REGAIN} per inconsistent gained block under the previous round's
 * tree and recomputes the branching; the tree of least consistent cost (edge costs plus the
 * charges it earns by its own structure) is kept. Each round is one branching plus
 * O(gained blocks × carriers).
 */
final class ParsimonyTree {

    /** Cost of a gained block that is old text, found in an article outside the copy's subtree. */
    static final double REGAIN = 6.0;
    /** Re-weighting rounds after the first branching. */
    static final int MAX_ROUNDS = 4;
    /** Tie-breaking bonus per rank step from source to copy (far below any real cost difference). */
    static final double TIE = 1e-6;

    private ParsimonyTree() {
    }

    /** The chosen tree: the entering edge per node (-1 for a root) and each edge's regain charge under it. */
    record Result(int[] parentEdge, double[] charge) {
    }

    /**
     * @param n        nodes 0..n-1
     * @param from     edge sources
     * @param to       edge targets
     * @param cost     edge costs (any sign)
     * @param rootCost per node, the cost of leaving it without a parent
     * @param rank     per node, its position in a fixed order; among equal costs the lower-ranked
     *                 source wins, so copies of one text all hang from the same identical version
     * @param carriers per edge, per block its target gains on it, the other nodes carrying that
     *                 block (null or empty: no gained block)
     */
    static Result choose(int n, int[] from, int[] to, double[] cost, double[] rootCost, int[] rank,
                         int[][][] carriers) {
        return choose(n, from, to, cost, rootCost, rank, carriers, REGAIN);
    }

    /** As {@link #choose(int, int[], int[], double[], double[], int[], int[][][])} with the given regain charge. */
    static Result choose(int n, int[] from, int[] to, double[] cost, double[] rootCost, int[] rank,
                         int[][][] carriers, double regain) {
        int m = from.length;
        double[] charge = new double[m];
        int[] tree = branch(n, from, to, cost, charge, rootCost, rank);
        boolean anyGain = false;
        for (int[][] c : carriers) {
            anyGain |= c != null && c.length > 0;
        }
        if (!anyGain) {
            return new Result(tree, charge);
        }
        double[] treeCharge = charges(n, from, to, carriers, tree, regain);
        int[] best = tree;
        double[] bestCharge = treeCharge;
        double bestCost = total(tree, cost, treeCharge, rootCost);
        // Charges accumulate over the rounds (an edge found inconsistent under one tree stays
        // charged), so the rounds settle instead of alternating between two trees.
        double[] acc = treeCharge.clone();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] next = branch(n, from, to, cost, acc, rootCost, rank);
            if (Arrays.equals(next, tree)) {
                break;
            }
            tree = next;
            treeCharge = charges(n, from, to, carriers, tree, regain);
            for (int e = 0; e < m; e++) {
                acc[e] = Math.max(acc[e], treeCharge[e]);
            }
            double c = total(tree, cost, treeCharge, rootCost);
            if (c < bestCost - 1e-9) {
                best = tree;
                bestCharge = treeCharge;
                bestCost = c;
            }
        }
        if (n <= POLISH_MAX_NODES) {
            best = polish(n, from, to, cost, rootCost, carriers, best.clone(), regain);
            bestCharge = charges(n, from, to, carriers, best, regain);
        }
        return new Result(best, bestCharge);
    }

    /** Lineages up to this size get the exact local search after the rounds. */
    static final int POLISH_MAX_NODES = 64;
    /** Passes of the local search. */
    static final int MAX_PASSES = 8;

    /**
     * Hill-climbing on the consistent cost from {@code tree}: moves one article under another
     * candidate parent, or swaps an article with its parent, while that lowers the cost.
     */
    private static int[] polish(int n, int[] from, int[] to, double[] cost, double[] rootCost, int[][][] carriers,
                                int[] tree, double regain) {
        List<List<Integer>> into = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            into.add(new ArrayList<>());
        }
        java.util.Map<Long, Integer> edge = new java.util.HashMap<>();
        for (int e = 0; e < from.length; e++) {
            into.get(to[e]).add(e);
            edge.putIfAbsent(((long) from[e] << 32) | to[e], e);
        }
        double cur = total(tree, cost, charges(n, from, to, carriers, tree, regain), rootCost);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int v = 0; v < n; v++) {
                for (int e : into.get(v)) {
                    if (e == tree[v] || descends(from[e], v, from, tree)) {
                        continue;
                    }
                    int old = tree[v];
                    tree[v] = e;
                    double c = total(tree, cost, charges(n, from, to, carriers, tree, regain), rootCost);
                    if (c < cur - 1e-9) {
                        cur = c;
                        improved = true;
                    } else {
                        tree[v] = old;
                    }
                }
                // Swap v with its parent p: v takes p's parent (or becomes a root), p hangs from v.
                int pe = tree[v];
                if (pe < 0) {
                    continue;
                }
                int p = from[pe];
                Integer back = edge.get(((long) v << 32) | p);
                int gpe = tree[p];
                Integer up = gpe < 0 ? Integer.valueOf(-1) : edge.get(((long) from[gpe] << 32) | v);
                if (back == null || up == null) {
                    continue;
                }
                tree[p] = back;
                tree[v] = up;
                double c = total(tree, cost, charges(n, from, to, carriers, tree, regain), rootCost);
                if (c < cur - 1e-9) {
                    cur = c;
                    improved = true;
                } else {
                    tree[p] = gpe;
                    tree[v] = pe;
                }
            }
            if (!improved) {
                break;
            }
        }
        return tree;
    }

    /** Whether {@code x} is {@code v} or lies below it in {@code tree}. */
    private static boolean descends(int x, int v, int[] from, int[] tree) {
        int guard = tree.length + 1;
        while (x >= 0 && guard-- > 0) {
            if (x == v) {
                return true;
            }
            x = tree[x] < 0 ? -1 : from[tree[x]];
        }
        return false;
    }

    private static int[] branch(int n, int[] from, int[] to, double[] cost, double[] charge, double[] rootCost,
                                int[] rank) {
        int m = from.length;
        double top = 0;
        for (int e = 0; e < m; e++) {
            top = Math.max(top, cost[e] + charge[e]);
        }
        for (double r : rootCost) {
            top = Math.max(top, r);
        }
        // Minimum cost as maximum weight: every weight positive; a root is an edge from a
        // virtual root worth its own cost.
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            // Ties go from lower- to higher-ranked articles: copies of one text all hang from its
            // lowest-ranked version, and equal-cost edges form no long chain of cycles for
            // Edmonds to contract (10,000 identical copies stay one shallow contraction).
            w[e] = top + 1 - cost[e] - charge[e] + TIE * (rank[to[e]] - rank[from[e]]) / Math.max(1, n);
        }
        double[] rw = new double[n];
        for (int v = 0; v < n; v++) {
            rw[v] = top + 1 - rootCost[v];
        }
        return Branching.maximum(n, from, to, w, rw);
    }

    private static double total(int[] tree, double[] cost, double[] charge, double[] rootCost) {
        double t = 0;
        for (int v = 0; v < tree.length; v++) {
            int e = tree[v];
            t += e >= 0 ? cost[e] + charge[e] : rootCost[v];
        }
        return t;
    }

    /** Regain charge of every edge under {@code tree}: REGAIN per gained block carried outside the target's subtree. */
    static double[] charges(int n, int[] from, int[] to, int[][][] carriers, int[] tree, double regain) {
        int[] tin = new int[n];
        int[] tout = new int[n];
        subtreeIntervals(n, from, tree, tin, tout);
        double[] charge = new double[from.length];
        for (int e = 0; e < from.length; e++) {
            int[][] blocks = carriers[e];
            if (blocks == null) {
                continue;
            }
            int c = to[e];
            // One charge per edge however many blocks: text shared with an article outside the
            // lineage (a common absent source) also looks regained, and must not swamp the rest.
            outer:
            for (int[] carrying : blocks) {
                for (int q : carrying) {
                    if (tin[q] < tin[c] || tin[q] > tout[c]) {
                        charge[e] = regain;
                        break outer;
                    }
                }
            }
        }
        return charge;
    }

    /** Pre-order entry times and the last entry time inside each node's subtree. */
    private static void subtreeIntervals(int n, int[] from, int[] tree, int[] tin, int[] tout) {
        List<List<Integer>> kids = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            kids.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (tree[v] >= 0) {
                kids.get(from[tree[v]]).add(v);
            }
        }
        int clock = 0;
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int r = 0; r < n; r++) {
            if (tree[r] >= 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = r;
            tin[r] = clock++;
            while (sp > 0) {
                int v = stack[sp - 1];
                if (next[v] < kids.get(v).size()) {
                    int k = kids.get(v).get(next[v]++);
                    tin[k] = clock++;
                    stack[sp++] = k;
                } else {
                    tout[v] = clock - 1;
                    sp--;
                }
            }
        }
    }
}
