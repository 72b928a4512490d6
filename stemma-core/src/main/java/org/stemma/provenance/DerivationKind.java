package org.stemma.provenance;

/** How a copy derives from its source. */
public enum DerivationKind {
    /** Nearly all of the source's text. */
    COPY,
    /** Some passages of the source. */
    PARTIAL,
    /** The source's content reworded. */
    REWRITE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
