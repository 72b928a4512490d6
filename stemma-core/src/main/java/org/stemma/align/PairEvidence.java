package org.stemma.align;

import java.util.List;

/**
 * What a candidate pair's lexical passages say about reuse, as the {@link LinkDecision} reads
 * it: for each passage (in the aligner's order) its rare shared words ({@link Integer#MAX_VALUE}
 * for a long passage, which is evidence whatever its words) and how many of those stand inside
 * quotation marks; the shorter article's length in words; whether the two articles share a name
 * outside the passages.
 *
 * @param passages     the aligner's passages, before any is dropped
 * @param rare         rare shared words per passage
 * @param quoted       of those, the ones inside quotation marks in the first article
 * @param shorterWords words of the shorter article
 * @param namesOutside   names (persons, places, titles) the articles share outside the passages
 * @param personsOutside of those, the persons'
 */
public record PairEvidence(List<Passage> passages, int[] rare, int[] quoted, int shorterWords,
                           int namesOutside, int personsOutside) {

    /** Whether some passage is long enough to be evidence on its own, whatever its words. */
    public boolean hasLong() {
        for (int r : rare) {
            if (r == Integer.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The most rare words of one passage ({@link Integer#MAX_VALUE} with a long one). */
    public int maxRare() {
        int max = 0;
        for (int r : rare) {
            max = Math.max(max, r);
        }
        return max;
    }
}
