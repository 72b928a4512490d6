package org.stemma.provenance;

import java.util.Objects;

/**
 * An attribution phrase found in an article's text or furniture.
 *
 * @param name   the outlet named (for a link, its host), or the unnamed source's words
 * @param kind   what the phrase says
 * @param phrase the phrase as written, for evidence
 */
public record Attribution(String name, AttributionKind kind, String phrase) {
    public Attribution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
    }
}
