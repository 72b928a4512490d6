package org.stemma.spark;

/**
 * Row counts of a finished run's tables.
 *
 * @param articles      rows of {@code articles}
 * @param links         rows of {@code links} (article pairs sharing text)
 * @param stories       rows of {@code stories}
 * @param derivations   rows of {@code derivations}
 * @param quoteFamilies rows of {@code quotes}
 */
public record JobCounts(long articles, long links, long stories, long derivations, long quoteFamilies) {
}
