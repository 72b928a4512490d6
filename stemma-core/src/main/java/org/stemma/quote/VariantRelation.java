package org.stemma.quote;

/** How one instance of a quotation relates to its family's best-supported wording. */
public enum VariantRelation {
    /** The same words. */
    VERBATIM,
    /** A sub-span of the wording. */
    TRIMMED,
    /** Words inside the quotation marks changed. */
    ALTERED,
    /** Attributed to a different speaker. */
    MISATTRIBUTED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
