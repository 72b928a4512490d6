package org.stemma.align;

import java.util.List;

/**
 * What a candidate pair's lexical passages say about reuse, as the {@link LinkDecision} reads
 * it: for each passage (in the aligner's order) its rare shared words ({@link Integer#MAX_VALUE}
 * for a long passage, which is evidence whatever its words) and how many of those stand inside
 * quotation marks; the shorter article's length in words; the names the two articles share
 * outside the passages, each by how common it is ({@link NameCounts}: its document frequency in
 * the corpus, or its share of the pair's site or place).
 *
 * @param passages     the aligner's passages, before any is dropped
 * @param rare         rare shared words per passage
 * @param quoted       of those, the ones inside quotation marks in the first article
 * @param shorterWords words of the shorter article
 * @param nameDf       how common each name (persons, places, titles) the articles share outside
 *                     the passages is (0 when the corpus's counts are not known)
 * @param personDf     the same for those of the names that are persons'
 */
public record PairEvidence(List<Passage> passages, int[] rare, int[] quoted, int shorterWords,
                           int[] nameDf, int[] personDf) {

    /** Evidence whose shared names' frequencies are not known (every name counts as rare). */
    public PairEvidence(List<Passage> passages, int[] rare, int[] quoted, int shorterWords,
                        int namesOutside, int personsOutside) {
        this(passages, rare, quoted, shorterWords, new int[namesOutside], new int[personsOutside]);
    }

    /** Every name the articles share outside the passages. */
    public int namesOutside() {
        return nameDf.length;
    }

    /** Of those, the persons'. */
    public int personsOutside() {
        return personDf.length;
    }

    /** The shared names outside the passages found in at most {@code maxDf} articles of the corpus. */
    public int namesOutside(int maxDf) {
        return atMost(nameDf, maxDf);
    }

    /** Of those, the persons'. */
    public int personsOutside(int maxDf) {
        return atMost(personDf, maxDf);
    }

    private static int atMost(int[] df, int maxDf) {
        int n = 0;
        for (int d : df) {
            n += d <= maxDf ? 1 : 0;
        }
        return n;
    }

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
