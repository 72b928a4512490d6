package org.stemma.fingerprint;

/**
 * The fingerprint of one text, everything candidate generation needs without the text.
 *
 * @param contentHash hash of the whole normalised token sequence (equal texts, equal hash)
 * @param tokenCount  number of word tokens
 * @param bandKeys    LSH band keys of the MinHash signature over word shingles (empty if the
 *                    text has fewer tokens than a shingle)
 * @param ngrams      hashes of the word n-grams in text order (a repeated n-gram repeats;
 *                    consumers count documents, not occurrences)
 */
public record Fingerprint(long contentHash, int tokenCount, long[] bandKeys, long[] ngrams) {
}
