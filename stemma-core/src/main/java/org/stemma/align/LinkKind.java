package org.stemma.align;

/** What a link between two articles amounts to, judged from its passages and coverage. */
public enum LinkKind {
    /** Nearly all of both articles is the same text (verbatim or edited). */
    DUPLICATE,
    /** Most of one article is contained, verbatim or edited, in the other. */
    CONTAINMENT,
    /** Some passages are shared; neither article is mostly the other. */
    PARTIAL,
    /** The shared text is mostly paraphrased. */
    PARAPHRASE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
