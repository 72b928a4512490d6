package org.stemma.align;

import java.util.List;
import java.util.Objects;

/**
 * All passage pairs between two articles.
 *
 * @param a         id of the first article (passages' {@code a} spans refer to it)
 * @param b         id of the second article
 * @param kind      what the link amounts to
 * @param coverageA share of article a's text (chars) inside its passages, in [0, 1]
 * @param coverageB share of article b's text (chars) inside its passages, in [0, 1]
 * @param passages  passage pairs ordered by their position in a
 */
public record Link(String a, String b, LinkKind kind, double coverageA, double coverageB,
                   List<Passage> passages) {
    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        passages = List.copyOf(passages);
    }

    /** True if this link joins the given article to another. */
    public boolean touches(String id) {
        return a.equals(id) || b.equals(id);
    }

    /** The other article's id. */
    public String other(String id) {
        return a.equals(id) ? b : a;
    }
}
