package org.stemma.provenance;

import java.util.List;

/**
 * The candidate derivations of one group of linked articles as numbers, for fitting the copy
 * model ({@link CopyModel}): an edge's score is {@code weights·x[e] + rootCoef[e]·root +
 * offset[e]}; an article's score as a root is {@code root}, an external origin's 0.
 *
 * @param nodes    article ids, then {@code external:NAME} origins
 * @param members  how many of the nodes are articles (the first ones)
 * @param from     per edge, its source node
 * @param to       per edge, its copy node
 * @param x        per edge, the copy model's features
 * @param rootCoef per edge, the coefficient of the root score (1 for an external origin)
 * @param offset   per edge, the fixed part of its score (outside evidence)
 */
public record CandidateGraph(List<String> nodes, int members, int[] from, int[] to, double[][] x,
                             double[] rootCoef, double[] offset) {
}
