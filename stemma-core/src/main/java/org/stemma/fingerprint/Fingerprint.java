package org.stemma.fingerprint;

/**
 * The fingerprint of one text, everything candidate generation needs without the text.
 *
 * @param contentHash hash of the whole normalised token sequence (equal texts, equal hash)
 * @param tokenCount  number of word tokens
 * @param bandKeys    LSH band keys of the MinHash signature over word shingles (empty if the
 *                    text has fewer tokens than a shingle)
 * @param ngrams      distinct hashes of the word n-grams, sorted ascending
 */
public record Fingerprint(long contentHash, int tokenCount, long[] bandKeys, long[] ngrams) {
}
