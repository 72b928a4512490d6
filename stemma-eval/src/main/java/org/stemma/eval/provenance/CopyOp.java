package org.stemma.eval.provenance;

/** How a constructed article was derived from its parent. */
public enum CopyOp {
    /** The tree's original (no parent). */
    ORIGINAL,
    /** The parent's text unchanged. */
    COPY,
    /** The parent's text with its first and/or last paragraphs or sentences dropped. */
    TRIM,
    /** Word-level edits (substitutions, insertions, deletions) in some sentences. */
    EDIT,
    /** Paraphrase by deletion: clauses cut from sentences, some sentences dropped. */
    DELETION
}
