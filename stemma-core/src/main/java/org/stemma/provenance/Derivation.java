package org.stemma.provenance;

import java.util.List;
import java.util.Objects;

/**
 * A directed provenance edge: {@code copy} derives from {@code source}.
 *
 * @param source         article id, or {@code external:NAME} for an origin not in the corpus
 * @param copy           article id of the derived article
 * @param kind           copy, partial or rewrite
 * @param credited       whether the copy names or links its source
 * @param confidence     in [0, 1]
 * @param evidence       human-readable reasons that decided direction, kind and credit
 * @param runnerUpSource the second most likely parent, or null
 * @param runnerUpWeight that parent's edge weight (0 if none)
 */
public record Derivation(String source, String copy, DerivationKind kind, boolean credited,
                         double confidence, List<String> evidence, String runnerUpSource,
                         double runnerUpWeight) {
    public static final String EXTERNAL_PREFIX = "external:";

    public Derivation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
    }

    public boolean fromExternal() {
        return source.startsWith(EXTERNAL_PREFIX);
    }
}
