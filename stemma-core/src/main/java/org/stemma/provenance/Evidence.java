package org.stemma.provenance;

import java.util.Objects;

/**
 * One reason behind a derivation, as a plain sentence for a reader and as numbers for a program.
 *
 * @param signal what the reason rests on: {@code kind}, {@code shared}, {@code contained},
 *               {@code length}, {@code position}, {@code byline}, {@code changes},
 *               {@code quotes}, {@code date}, {@code leak}, {@code credit}, {@code elsewhere},
 *               {@code external}, {@code direction}, {@code parent}, or {@code note}
 * @param text   the reason in words: outlet names, headlines, dates; no ids, costs or weights
 * @param weight log-odds this reason adds for the derivation as drawn (negative: against it), or
 *               null when it weighs nothing (the kind, the credit)
 */
public record Evidence(String signal, String text, Double weight) {
    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(text, "text");
    }

    /** A reason that weighs nothing: a statement of fact. */
    public static Evidence note(String signal, String text) {
        return new Evidence(signal, text, null);
    }
}
