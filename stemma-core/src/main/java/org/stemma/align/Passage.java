package org.stemma.align;

import java.util.Objects;
import org.stemma.text.Span;

/**
 * A passage pair: a span of article {@code a} and a span of article {@code b} judged the same
 * text.
 *
 * @param a          span in the link's article a
 * @param b          span in the link's article b
 * @param kind       verbatim, edited or paraphrase
 * @param similarity in [0, 1]: token-level similarity for verbatim/edited, semantic similarity
 *                   for paraphrase
 */
public record Passage(Span a, Span b, PassageKind kind, double similarity) {
    public Passage {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity not in [0,1]: " + similarity);
        }
    }
}
