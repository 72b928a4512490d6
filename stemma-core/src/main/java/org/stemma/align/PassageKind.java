package org.stemma.align;

/** How two spans of text were judged the same. */
public enum PassageKind {
    /** Identical after normalisation. */
    VERBATIM,
    /** The same words with insertions, deletions or substitutions. */
    EDITED,
    /** The same meaning in different words. */
    PARAPHRASE;

    /** The lower-case name used in the JSON report. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
