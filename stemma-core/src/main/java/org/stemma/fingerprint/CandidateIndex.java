package org.stemma.fingerprint;

import java.util.Arrays;
import org.stemma.text.Tokens;

/**
 * The incremental form of candidate generation: an in-memory index that documents are added to
 * one at a time and that proposes, for a new text, the already indexed documents worth aligning
 * with it. Same signals as {@link CandidatePairs}: a shared MinHash LSH band key, or at least
 * {@code minSharedNgrams} shared word n-grams whose document frequency in the index is at most
 * {@code maxDf}. A band bucket contributes at most {@code clusterLimit} documents (the first
 * ones added), so a query against 10,000 indexed copies of the same text stays bounded.
 *
 * <p>Pure and in memory (a persistent store can rebuild it, or keep the same keys in its own
 * index). Not thread-safe: callers serialise {@link #add} and {@link #candidates}.
 */
public final class CandidateIndex {

    private final Fingerprinter fingerprinter;
    private final int maxDf;
    private final int minSharedNgrams;
    private final int clusterLimit;

    private final Postings bands = new Postings();
    private final Postings ngrams = new Postings();
    private int documents;

    /**
     * @param fingerprinter   how texts are fingerprinted (must be the same for every call)
     * @param maxDf           n-grams in more indexed documents than this are ignored
     * @param minSharedNgrams shared rare n-grams needed for a candidate
     * @param clusterLimit    documents taken from one LSH bucket at most
     */
    public CandidateIndex(Fingerprinter fingerprinter, int maxDf, int minSharedNgrams,
                          int clusterLimit) {
        this.fingerprinter = fingerprinter;
        this.maxDf = maxDf;
        this.minSharedNgrams = minSharedNgrams;
        this.clusterLimit = clusterLimit;
    }

    /** Number of documents added. */
    public int size() {
        return documents;
    }

    /** Adds document {@code docId} (a caller-chosen non-negative number). */
    public void add(int docId, Tokens tokens) {
        add(docId, fingerprinter.of(tokens));
    }

    /** Adds a document by its precomputed fingerprint. */
    public void add(int docId, Fingerprint fp) {
        if (docId < 0) {
            throw new IllegalArgumentException("negative doc id " + docId);
        }
        for (long k : fp.bandKeys()) {
            bands.add(k, docId, clusterLimit);
        }
        for (long k : fp.ngrams()) {
            // Keep counting past maxDf (so the key is known as common) but store no more docs.
            ngrams.add(k, docId, maxDf);
        }
        documents++;
    }

    /** Indexed documents worth aligning with {@code tokens}, sorted ascending, distinct. */
    public int[] candidates(Tokens tokens) {
        return candidates(fingerprinter.of(tokens));
    }

    /** Indexed documents worth aligning with a text of fingerprint {@code fp}. */
    public int[] candidates(Fingerprint fp) {
        LongList hits = new LongList(64);
        for (long k : fp.bandKeys()) {
            bands.collect(k, Integer.MAX_VALUE, hits, (long) minSharedNgrams);
        }
        long[] query = fp.ngrams().clone();
        Arrays.sort(query);
        for (int i = 0; i < query.length; i++) {
            if (i == 0 || query[i] != query[i - 1]) {
                ngrams.collect(query[i], maxDf, hits, 1L);
            }
        }
        // Each hit is (doc << 32 | weight): band hits weigh minShared, n-gram hits 1.
        long[] h = hits.toArray();
        Arrays.sort(h);
        int[] out = new int[h.length];
        int n = 0;
        for (int x = 0; x < h.length; ) {
            long doc = h[x] >>> 32;
            long weight = 0;
            int y = x;
            while (y < h.length && (h[y] >>> 32) == doc) {
                weight += h[y] & 0xffffffffL;
                y++;
            }
            if (weight >= minSharedNgrams) {
                out[n++] = (int) doc;
            }
            x = y;
        }
        return Arrays.copyOf(out, n);
    }

    /** Key → list of docs as linked postings in primitive arrays, with a count per key. */
    private static final class Postings {
        private final LongIntMap slots = new LongIntMap(1024);
        private int[] head = new int[1024];
        private int[] count = new int[1024];
        private int[] doc = new int[4096];
        private int[] next = new int[4096];
        private int keys;
        private int postings;

        void add(long key, int docId, int storeLimit) {
            int s = slots.getOrPut(key, keys);
            if (s < 0) {
                s = keys++;
                if (s == head.length) {
                    head = Arrays.copyOf(head, s * 2);
                    count = Arrays.copyOf(count, s * 2);
                }
                head[s] = -1;
                count[s] = 0;
            }
            if (head[s] >= 0 && doc[head[s]] == docId) {
                return; // the same key again in the document being added
            }
            count[s]++;
            if (count[s] > storeLimit) {
                return;
            }
            if (postings == doc.length) {
                doc = Arrays.copyOf(doc, postings * 2);
                next = Arrays.copyOf(next, postings * 2);
            }
            doc[postings] = docId;
            next[postings] = head[s];
            head[s] = postings++;
        }

        /** Adds (doc << 32 | weight) for each doc of {@code key} unless its count > maxCount. */
        void collect(long key, int maxCount, LongList out, long weight) {
            int s = slots.get(key, -1);
            if (s < 0 || count[s] > maxCount) {
                return;
            }
            for (int p = head[s]; p >= 0; p = next[p]) {
                out.add(((long) doc[p] << 32) | weight);
            }
        }
    }
}
