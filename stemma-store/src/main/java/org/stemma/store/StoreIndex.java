package org.stemma.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The open Lucene index behind a {@link StemmaStore}, and the few ways every part of the store
 * reads it: a searcher borrowed for one call, and the stored JSON of matching documents decoded
 * (one, all, a page, or those touching some articles). A read-only index follows another
 * process's commits, refreshing at most twice a second.
 */
final class StoreIndex {
    private static final long READ_ONLY_REFRESH_NANOS = 500_000_000L;

    final Path dir;
    /** The single writer, or null when opened read-only. */
    final IndexWriter writer;
    final SearcherManager searchers;
    final Analyzer analyzer = new StandardAnalyzer();
    final StoreCodec codec = new StoreCodec();
    private volatile long lastRefresh = System.nanoTime();

    StoreIndex(Path dir, IndexWriter writer, SearcherManager searchers) {
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
    }

    interface SearchFn<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    <T> T withSearcher(SearchFn<T> fn) {
        try {
            if (writer == null && System.nanoTime() - lastRefresh > READ_ONLY_REFRESH_NANOS) {
                lastRefresh = System.nanoTime();
                searchers.maybeRefresh();
            }
            IndexSearcher s = searchers.acquire();
            try {
                return fn.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooLong(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read store " + dir, e);
        }
    }

    IndexWriter requireWriter() {
        if (writer == null) {
            throw new StoreException("store " + dir + " is open read-only");
        }
        return writer;
    }

    long count(Query q) {
        return withSearcher(s -> (long) s.count(q));
    }

    /** {@code q} restricted to documents of one type (article, link, story, ...). */
    static Query typed(String type, Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(StoreFields.TYPE, type)), Occur.FILTER)
                .add(q, Occur.MUST)
                .build();
    }

    /** A user's words as a query over {@code field} (Lucene's simple syntax); null for no words. */
    Query parse(String field, String query) {
        try {
            return new SimpleQueryParser(analyzer, field).parse(query == null ? "" : query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooLong(e);
        }
    }

    /** A user's words as a query over the text field; nothing for no words. */
    Query parse(String query) {
        Query q = parse(StoreFields.TEXT, query);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    private static QueryTooLongException tooLong(IndexSearcher.TooManyClauses e) {
        return new QueryTooLongException("the search has too many words or terms: at most "
                + IndexSearcher.getMaxClauseCount() + " are allowed", e);
    }

    <T> Optional<T> first(Query q, Class<T> type) {
        return withSearcher(s -> {
            TopDocs top = s.search(q, 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(decode(s, top.scoreDocs[0].doc, type));
        });
    }

    <T> List<T> all(Query q, Class<T> type) {
        return withSearcher(s -> {
            int n = Math.max(1, s.count(q));
            List<T> out = new ArrayList<>();
            for (ScoreDoc d : s.search(q, n).scoreDocs) {
                out.add(decode(s, d.doc, type));
            }
            return out;
        });
    }

    /** The documents of {@code type} touching one of {@code ids}, each once. */
    <T> List<T> touching(String type, Collection<String> ids, Class<T> cls) {
        Map<String, T> out = new LinkedHashMap<>();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            Query q = typed(type, new TermInSetQuery(StoreFields.TOUCH, chunk.stream().map(BytesRef::new).toList()));
            withSearcher(s -> {
                int n = Math.max(1, s.count(q));
                for (ScoreDoc d : s.search(q, n).scoreDocs) {
                    BytesRef json = s.storedFields().document(d.doc).getBinaryValue(StoreFields.JSON);
                    out.putIfAbsent(json.utf8ToString(), codec.decode(json.bytes, json.offset, json.length, cls));
                }
                return null;
            });
        }
        return new ArrayList<>(out.values());
    }

    /** One page of the matches of {@code q}, by {@code sort} (null: by relevance). */
    <T> Page<T> page(Query q, Sort sort, int offset, int limit, Class<T> type) {
        int from = Math.max(0, offset);
        int size = Math.max(0, limit);
        return withSearcher(s -> {
            int total = s.count(q);
            List<T> items = new ArrayList<>();
            if (size > 0 && from < total) {
                int n = Math.min(total, from + size);
                TopDocs top = sort == null ? s.search(q, n) : s.search(q, n, sort);
                for (int i = from; i < top.scoreDocs.length; i++) {
                    items.add(decode(s, top.scoreDocs[i].doc, type));
                }
            }
            return new Page<>(items, from, size, total);
        });
    }

    /** The ids of the best {@code k} matches of {@code q}, {@code selfId} excluded. */
    static List<String> ids(IndexSearcher s, Query q, String selfId, int k) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : s.search(q, k + 1).scoreDocs) {
            String id = s.storedFields().document(d.doc, Set.of(StoreFields.ID)).get(StoreFields.ID);
            if (!id.equals(selfId) && out.size() < k) {
                out.add(id);
            }
        }
        return out;
    }

    <T> T decode(IndexSearcher s, int doc, Class<T> type) throws IOException {
        BytesRef json = s.storedFields().document(doc).getBinaryValue(StoreFields.JSON);
        return codec.decode(json.bytes, json.offset, json.length, type);
    }
}
