package org.stemma.align;

import java.util.Objects;
import org.stemma.text.Span;

/**
 * One run of the word diff of a passage pair: words kept, replaced, deleted (only in the link's
 * article a) or inserted (only in article b). Spans are char offsets into each article's text,
 * from the first word's start to the last word's end; the side without words is an empty span
 * at the place the edit happens.
 *
 * @param op what happened to the words
 * @param a  the words in article a (empty for an insertion)
 * @param b  the words in article b (empty for a deletion)
 */
public record EditOp(Kind op, Span a, Span b) {

    /** What a run of the diff is. */
    public enum Kind {
        EQUAL, INSERT, DELETE, REPLACE;

        /** The lower-case name used in the JSON report. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public EditOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
