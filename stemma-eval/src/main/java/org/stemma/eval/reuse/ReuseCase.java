package org.stemma.eval.reuse;

import org.stemma.text.Span;

/**
 * One reuse case (gold) or one detection: a span of the source document and the span of the
 * suspicious document it corresponds to.
 */
public record ReuseCase(Span source, Span suspicious) {
}
