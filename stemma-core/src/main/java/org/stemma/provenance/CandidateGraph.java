package org.stemma.provenance;

import java.util.List;

/**
 * The candidate derivations of one group of linked articles as numbers, for fitting the copy
 * model ({@link CopyModel}): an edge's score is {@code weights·x[e] + offset[e]}, or, for an
 * edge from an external origin ({@code onRoot[e]}), its copy's root score plus {@code offset[e]};
 * an article's score as a root is {@code rootWeights·rootX[v]}, an external origin's 0.
 *
 * @param nodes   article ids, then {@code external:NAME} origins
 * @param members how many of the nodes are articles (the first ones)
 * @param from    per edge, its source node
 * @param to      per edge, its copy node
 * @param x       per edge, the copy model's features
 * @param onRoot  per edge, whether it comes from an external origin
 * @param offset  per edge, the fixed part of its score (outside evidence)
 * @param rootX   per article node, its root features
 */
public record CandidateGraph(List<String> nodes, int members, int[] from, int[] to, double[][] x,
                             boolean[] onRoot, double[] offset, double[][] rootX) {

    /** Per node id, its index in {@link #nodes}. */
    public java.util.Map<String, Integer> index() {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int v = 0; v < nodes.size(); v++) {
            index.put(nodes.get(v), v);
        }
        return index;
    }
}
