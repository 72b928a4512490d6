package org.stemma.store;

import static org.stemma.store.StoreFields.ARTICLE;
import static org.stemma.store.StoreFields.BAND;
import static org.stemma.store.StoreFields.EVENT_TERM;
import static org.stemma.store.StoreFields.ID;
import static org.stemma.store.StoreFields.MAX_KEYS_PER_QUERY;
import static org.stemma.store.StoreFields.NAME;
import static org.stemma.store.StoreFields.NGRAM;
import static org.stemma.store.StoreFields.TEXT;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;

/**
 * Candidate retrieval over the store: the stored articles worth comparing with a new one, found
 * through the fingerprint keys and names indexed with each article (never by reading the
 * corpus). The in-memory counterpart is {@link org.stemma.fingerprint.CandidateIndex}.
 */
final class StoreCandidates {
    /** One n-gram in this many is indexed (see {@link #sampled}). */
    static final int NGRAM_SAMPLE = 4;

    private final StoreIndex index;

    StoreCandidates(StoreIndex index) {
        this.index = index;
    }

    /**
     * True for the n-gram hashes the store indexes and looks up: one in {@code NGRAM_SAMPLE}, by
     * hash (the same n-grams in every article). Two texts sharing a passage of a few dozen words
     * still share several sampled n-grams, at a quarter of the terms to write and to seek.
     */
    static boolean sampled(long key) {
        return Long.remainderUnsigned(Long.rotateLeft(key * 0x9E3779B97F4A7C15L, 17), NGRAM_SAMPLE) == 0;
    }

    /** Lucene "more like this" over the stored texts (see {@link StemmaStore#similar}). */
    List<String> similar(Article article, int k) {
        return index.withSearcher(s -> {
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(index.analyzer);
            mlt.setFieldNames(new String[] {TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(TEXT, new StringReader(article.text()));
            return StoreIndex.ids(s, StoreIndex.typed(ARTICLE, like), article.id(), k);
        });
    }

    /** Shared band keys, then shared rare n-grams (see {@link StemmaStore#fingerprintCandidates}). */
    List<String> fingerprintCandidates(Fingerprint fp, int maxDf, int minSharedNgrams, int k, String selfId) {
        return index.withSearcher(s -> {
            Set<String> out = new LinkedHashSet<>();
            if (fp.bandKeys().length > 0) {
                Query bands = new TermInSetQuery(BAND, distinct(fp.bandKeys()).stream().map(StoreFields::keyBytes).toList());
                out.addAll(StoreIndex.ids(s, StoreIndex.typed(ARTICLE, bands), selfId, k));
            }
            if (out.size() < k) {
                out.addAll(rareNgramMatches(s, fp.ngrams(), maxDf, minSharedNgrams, k, selfId));
            }
            return out.stream().limit(k).toList();
        });
    }

    /**
     * Articles sharing at least {@code minShared} of the fingerprint's n-grams found in 1 to
     * {@code maxDf} documents (the first {@link StoreFields#MAX_KEYS_PER_QUERY} such n-grams),
     * most shared first, then in index order; up to {@code k}, {@code selfId} excluded. One terms
     * enumerator per segment walks the keys in sorted order and the rare keys' postings are
     * counted directly, instead of a document-frequency look-up and a query clause per key.
     */
    private static List<String> rareNgramMatches(IndexSearcher s, long[] ngrams, int maxDf, int minShared, int k,
                                                 String selfId) throws IOException {
        List<Long> distinctKeys = distinct(ngrams).stream().filter(StoreCandidates::sampled).toList();
        int m = distinctKeys.size();
        BytesRef[] terms = keyBytes(distinctKeys.stream().mapToLong(Long::longValue).toArray());
        Integer[] bySortedKey = sortedOrder(terms);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int[] df = new int[m];
        forEachTerm(leaves, NGRAM, terms, bySortedKey, (i, te, live, docBase) -> df[i] += te.docFreq());
        boolean[] rare = new boolean[m];
        int rareCount = 0;
        for (int i = 0; i < m && rareCount < MAX_KEYS_PER_QUERY; i++) {
            if (df[i] > 0 && df[i] <= maxDf) {
                rare[i] = true;
                rareCount++;
            }
        }
        if (rareCount < minShared) {
            return List.of();
        }
        Map<Integer, Integer> shared = countShared(leaves, NGRAM, terms, bySortedKey, rare);
        int need = Math.max(1, minShared);
        List<int[]> hits = new ArrayList<>();
        shared.forEach((doc, n) -> {
            if (n >= need) {
                hits.add(new int[] {doc, n});
            }
        });
        hits.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
        List<String> out = new ArrayList<>();
        for (int h = 0; h < hits.size() && h <= k; h++) {
            String id = s.storedFields().document(hits.get(h)[0], Set.of(ID)).get(ID);
            if (!id.equals(selfId) && out.size() < k) {
                out.add(id);
            }
        }
        return out;
    }

    /** For each live document holding a rare key: how many of the rare keys it holds. */
    private static Map<Integer, Integer> countShared(List<LeafReaderContext> leaves, String field, BytesRef[] terms,
                                                     Integer[] bySortedKey, boolean[] rare) throws IOException {
        Map<Integer, Integer> shared = new HashMap<>();
        PostingsEnum[] pe = {null};
        forEachTerm(leaves, field, terms, bySortedKey, (i, te, live, docBase) -> {
            if (rare[i]) {
                pe[0] = te.postings(pe[0], PostingsEnum.NONE);
                for (int d = pe[0].nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe[0].nextDoc()) {
                    if (live == null || live.get(d)) {
                        shared.merge(docBase + d, 1, Integer::sum);
                    }
                }
            }
        });
        return shared;
    }

    /** Told each term found in a segment: its index, the enumerator positioned on it, the live documents. */
    @FunctionalInterface
    private interface TermVisitor {
        void visit(int term, TermsEnum te, Bits live, int docBase) throws IOException;
    }

    /** Walks {@code terms} in sorted order ({@code bySortedKey}) through each segment's terms of {@code field}. */
    private static void forEachTerm(List<LeafReaderContext> leaves, String field, BytesRef[] terms,
                                    Integer[] bySortedKey, TermVisitor visitor) throws IOException {
        for (LeafReaderContext leaf : leaves) {
            Terms t = leaf.reader().terms(field);
            if (t == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = t.iterator();
            for (int i : bySortedKey) {
                if (te.seekExact(terms[i])) {
                    visitor.visit(i, te, live, leaf.docBase);
                }
            }
        }
    }

    /** For each of {@code names}, the number of stored articles carrying it (see {@link StemmaStore#nameFrequencies}). */
    Map<String, Integer> nameFrequencies(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        return index.withSearcher(s -> {
            Map<String, Integer> out = new HashMap<>();
            sorted.forEach(n -> out.put(n, 0));
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms t = leaf.reader().terms(NAME);
                if (t == null) {
                    continue;
                }
                TermsEnum te = t.iterator();
                for (String n : sorted) {
                    if (te.seekExact(new BytesRef(n))) {
                        out.merge(n, te.docFreq(), Integer::sum);
                    }
                }
            }
            return out;
        });
    }

    /**
     * For each of {@code terms} (same-event term hashes, {@link StoreFields#EVENT_TERM}), the
     * number of live stored articles carrying it: the store's document frequencies.
     */
    int[] eventTermFrequencies(long[] terms) {
        BytesRef[] bytes = keyBytes(terms);
        Integer[] bySortedKey = sortedOrder(bytes);
        return index.withSearcher(s -> {
            int[] df = new int[terms.length];
            PostingsEnum[] pe = {null};
            forEachTerm(s.getIndexReader().leaves(), EVENT_TERM, bytes, bySortedKey, (i, te, live, docBase) -> {
                if (live == null) {
                    df[i] += te.docFreq();
                    return;
                }
                // a replaced article's old version stays in its segment until a merge
                pe[0] = te.postings(pe[0], PostingsEnum.NONE);
                for (int d = pe[0].nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe[0].nextDoc()) {
                    if (live.get(d)) {
                        df[i]++;
                    }
                }
            });
            return df;
        });
    }

    /** Ids of the stored articles carrying at least {@code minShared} of {@code keys} (same-event index keys). */
    List<String> eventCandidates(long[] keys, int minShared) {
        if (keys.length < minShared) {
            return List.of();
        }
        BytesRef[] bytes = keyBytes(keys);
        Integer[] bySortedKey = sortedOrder(bytes);
        boolean[] all = new boolean[keys.length];
        Arrays.fill(all, true);
        return index.withSearcher(s -> {
            Map<Integer, Integer> shared = countShared(s.getIndexReader().leaves(), EVENT_TERM, bytes, bySortedKey, all);
            List<Integer> docs = new ArrayList<>();
            shared.forEach((doc, n) -> {
                if (n >= minShared) {
                    docs.add(doc);
                }
            });
            docs.sort(null);
            List<String> out = new ArrayList<>(docs.size());
            for (int doc : docs) {
                out.add(s.storedFields().document(doc, Set.of(ID)).get(ID));
            }
            return out;
        });
    }

    private static BytesRef[] keyBytes(long[] keys) {
        BytesRef[] out = new BytesRef[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = StoreFields.keyBytes(keys[i]);
        }
        return out;
    }

    /** Indexes of {@code terms} in the terms' sorted order (the order a terms enumerator seeks best). */
    private static Integer[] sortedOrder(BytesRef[] terms) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> terms[x].compareTo(terms[y]));
        return order;
    }

    private static List<Long> distinct(long[] keys) {
        Set<Long> seen = new LinkedHashSet<>();
        for (long key : keys) {
            seen.add(key);
        }
        return List.copyOf(seen);
    }
}
