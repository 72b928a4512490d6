package org.stemma.ingest;

import java.util.Objects;

/**
 * One problem met while reading input: which file (and where in it), what went wrong, and
 * whether the record was skipped or only repaired (e.g. undecodable bytes replaced).
 *
 * @param source   the file path as given or found
 * @param location where in the file ("line 12", "byte 4096", "offset 1234"), or null
 * @param reason   what went wrong, one line, no stack trace
 * @param skipped  true if a record or file was dropped; false for a warning
 */
public record IngestProblem(String source, String location, String reason, boolean skipped) {
    public IngestProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        reason = reason.replace('\n', ' ').replace('\r', ' ');
    }

    /** {@code source[: location]: reason}, one line. */
    public String describe() {
        return source + (location == null ? "" : ": " + location) + ": " + reason;
    }

    /** {@code error: ...} for skipped records, {@code warning: ...} otherwise. */
    @Override
    public String toString() {
        return (skipped ? "error: " : "warning: ") + describe() + (skipped ? " (skipped)" : "");
    }
}
