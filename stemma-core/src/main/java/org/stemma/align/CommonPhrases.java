package org.stemma.align;

import java.util.Arrays;
import org.stemma.fingerprint.NgramKeys;

/**
 * The word n-grams of a corpus that are common phrases: found in more groups of articles that
 * share nothing else than the reuse options' {@code evidenceMaxDf} (articles sharing a copied
 * paragraph are one group; see {@code CommonNgrams}). Sharing them is not evidence that one article reused another
 * ("anyone with information is asked to call", "according to the medical examiner's office").
 * N-grams are given by the hash the {@link org.stemma.fingerprint.Fingerprinter} computes.
 */
@FunctionalInterface
public interface CommonPhrases {

    /** Nothing is common (a corpus too small to tell, or the rule off). */
    CommonPhrases NONE = ngram -> false;

    /** Bits of an n-gram hash compared: the top 40, as candidate generation packs them. */
    long KEY_MASK = NgramKeys.KEY_MASK;

    boolean isCommon(long ngramHash);

    /** The n-grams whose 40-bit keys ({@code hash & KEY_MASK}) are in {@code sortedKeys}. */
    static CommonPhrases ofSortedKeys(long[] sortedKeys) {
        if (sortedKeys.length == 0) {
            return NONE;
        }
        long[] keys = sortedKeys.clone();
        return ngram -> Arrays.binarySearch(keys, ngram & KEY_MASK) >= 0;
    }
}
