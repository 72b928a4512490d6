package org.stemma.fingerprint;

import java.util.Arrays;
import org.stemma.text.Tokens;

/**
 * Computes {@link Fingerprint}s: word-shingle MinHash band keys for near-duplicate detection
 * and the set of word n-gram hashes for rare-n-gram seeding of partial reuse. Pure and
 * thread-safe.
 */
public final class Fingerprinter {

    private final int shingleSize;
    private final MinHash minHash;
    private final int bands;
    private final int rows;
    private final int ngramSize;

    /**
     * @param shingleSize words per shingle for MinHash
     * @param minHashSize signature length
     * @param bands       LSH bands ({@code bands * rows <= minHashSize})
     * @param rows        signature positions per band
     * @param ngramSize   words per n-gram in the rare-n-gram index
     * @param seed        MinHash seed
     */
    public Fingerprinter(int shingleSize, int minHashSize, int bands, int rows, int ngramSize,
                         long seed) {
        if (shingleSize < 1 || ngramSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("fingerprint sizes must be >= 1");
        }
        if (bands * rows > minHashSize) {
            throw new IllegalArgumentException("bands*rows > minHashSize");
        }
        this.shingleSize = shingleSize;
        this.minHash = new MinHash(minHashSize, seed);
        this.bands = bands;
        this.rows = rows;
        this.ngramSize = ngramSize;
    }

    public Fingerprint of(Tokens tokens) {
        return of(tokens.hashes());
    }

    /** The fingerprint of a token-hash sequence. */
    public Fingerprint of(long[] tokenHashes) {
        return of(tokenHashes, true);
    }

    /**
     * The fingerprint of a token-hash sequence without its n-grams (an empty array): for a caller
     * that keeps the tokens and makes the n-grams when it reads them ({@link #ngrams}).
     */
    public Fingerprint withoutNgrams(long[] tokenHashes) {
        return of(tokenHashes, false);
    }

    /** The n-gram hashes of a token-hash sequence, as {@link #of} puts them in its fingerprint. */
    public long[] ngrams(long[] tokenHashes) {
        return Hashing.windows(tokenHashes, ngramSize);
    }

    private Fingerprint of(long[] tokenHashes, boolean withNgrams) {
        long content = Hashing.sequence(tokenHashes);
        long[] shingles = Hashing.windows(tokenHashes, shingleSize);
        long[] bandKeys = shingles.length == 0 ? new long[0]
                : MinHash.bandKeys(minHash.signature(shingles), bands, rows);
        long[] ngrams = !withNgrams ? new long[0] : ngramSize == shingleSize ? shingles : ngrams(tokenHashes);
        return new Fingerprint(content, tokenHashes.length, bandKeys, ngrams);
    }

    /** Sorted copy without duplicates (sorts {@code v} in place if it is a private array). */
    static long[] distinctSorted(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return n == s.length ? s : Arrays.copyOf(s, n);
    }
}
