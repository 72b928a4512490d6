package org.stemma.provenance;

import java.util.List;
import java.util.Objects;

/**
 * A provenance relation: {@code copy} derives from {@code source}, or, when not
 * {@link #directed()}, the two are related by derivation but which came first is undetermined
 * ({@code source} is then only the more likely of the two).
 *
 * @param source         article id, or {@code external:NAME} for an origin not in the corpus
 * @param copy           article id of the derived article
 * @param kind           copy, partial or rewrite
 * @param credited       whether the copy names or links its source
 * @param confidence     probability in [0, 1] that {@code source} is the parent of {@code copy}
 * @param directed       whether the confidence is high enough to state the direction
 * @param evidence       the reasons, in words and as log-odds
 * @param runnerUpSource the second most likely parent, or null
 * @param runnerUpWeight the probability that the runner-up is the parent (0 if none)
 */
public record Derivation(String source, String copy, DerivationKind kind, boolean credited,
                         double confidence, boolean directed, List<Evidence> evidence, String runnerUpSource,
                         double runnerUpWeight) {
    public static final String EXTERNAL_PREFIX = "external:";

    public Derivation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
    }

    /** A directed derivation whose reasons are plain sentences (notes). */
    public Derivation(String source, String copy, DerivationKind kind, boolean credited, double confidence,
                      List<String> notes, String runnerUpSource, double runnerUpWeight) {
        this(source, copy, kind, credited, confidence, true,
                notes.stream().map(t -> Evidence.note("note", t)).toList(), runnerUpSource, runnerUpWeight);
    }

    public boolean fromExternal() {
        return source.startsWith(EXTERNAL_PREFIX);
    }

    /** The reasons' sentences, in order. */
    public List<String> evidenceText() {
        return evidence.stream().map(Evidence::text).toList();
    }
}
