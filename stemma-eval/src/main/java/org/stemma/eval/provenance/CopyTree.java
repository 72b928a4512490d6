package org.stemma.eval.provenance;

import java.util.List;
import org.stemma.align.Link;
import org.stemma.article.Article;

/**
 * One constructed family of articles: an original and its derived copies, with the true parent
 * of each and the links between every pair that shares text.
 *
 * @param articles articles in random order
 * @param parent   article id → true parent id (absent for the original)
 * @param op       article id → how it was made
 * @param links    links built from the construction (or by the aligner)
 * @param sentences article id → original sentence number → the article's version of that
 *                  sentence; key {@link #LEAKED} holds a leaked "MORE:" line (empty when unknown)
 */
public record CopyTree(List<Article> articles, java.util.Map<String, String> parent,
                       java.util.Map<String, CopyOp> op, List<Link> links,
                       java.util.Map<String, java.util.Map<Integer, String>> sentences) {

    /** The key of a leaked line in {@link #sentences}. */
    public static final int LEAKED = -1;

    /** A family whose sentence descent is unknown. */
    public CopyTree(List<Article> articles, java.util.Map<String, String> parent,
                    java.util.Map<String, CopyOp> op, List<Link> links) {
        this(articles, parent, op, links, java.util.Map.of());
    }
}
