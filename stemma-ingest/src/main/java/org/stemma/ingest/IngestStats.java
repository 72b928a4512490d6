package org.stemma.ingest;

/**
 * Counts from one {@link Ingestor#read} call.
 *
 * @param files    input files opened
 * @param articles articles delivered
 * @param skipped  records or files dropped because of a problem
 * @param warnings problems that did not drop anything
 * @param ignored  files in input directories with an unsupported extension, not read
 */
public record IngestStats(long files, long articles, long skipped, long warnings, long ignored) {
}
