package org.stemma.store;

import static org.stemma.store.StoreFields.ARTICLE;
import static org.stemma.store.StoreFields.DERIVATION;
import static org.stemma.store.StoreFields.HEAD;
import static org.stemma.store.StoreFields.JSON;
import static org.stemma.store.StoreFields.KEY;
import static org.stemma.store.StoreFields.LINK;
import static org.stemma.store.StoreFields.LINK_A;
import static org.stemma.store.StoreFields.LINK_B;
import static org.stemma.store.StoreFields.OUTLET_NAME;
import static org.stemma.store.StoreFields.QUOTE;
import static org.stemma.store.StoreFields.SEQ;
import static org.stemma.store.StoreFields.SIZE;
import static org.stemma.store.StoreFields.SORT_ID;
import static org.stemma.store.StoreFields.SPEAKER;
import static org.stemma.store.StoreFields.SPEAKER_TEXT;
import static org.stemma.store.StoreFields.STORY;
import static org.stemma.store.StoreFields.TOUCH;
import static org.stemma.store.StoreFields.TYPE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;

/**
 * Reading the store: records by id, the results touching some articles, and paged lists
 * (articles in insertion order, stories and quote families largest first, full-text search).
 * The public contract of each method is documented on {@link StemmaStore}.
 */
final class StoreReads {
    private static final Sort BY_SIZE = new Sort(new SortField(SIZE, SortField.Type.LONG, true),
            new SortField(SORT_ID, SortField.Type.STRING));
    private static final Sort BY_KEY = new Sort(new SortField(SORT_ID, SortField.Type.STRING));
    /** Longest chain of merges an old story id is followed through. */
    private static final int MAX_ALIAS_HOPS = 64;
    private static final Sort BY_SEQ = new Sort(new SortField(SEQ, SortField.Type.LONG));

    private final StoreIndex index;

    StoreReads(StoreIndex index) {
        this.index = index;
    }

    long count(String type) {
        return index.count(new TermQuery(new Term(TYPE, type)));
    }

    boolean contains(String id) {
        return index.count(articleKey(id)) > 0;
    }

    Optional<Article> article(String id) {
        return index.first(articleKey(id), Article.class);
    }

    List<Article> articles(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            for (Article a : index.all(keys(ARTICLE, chunk), Article.class)) {
                found.put(a.id(), a);
            }
        }
        List<Article> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Article a = found.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    Page<Article> articles(int offset, int limit) {
        return index.page(new TermQuery(new Term(TYPE, ARTICLE)), BY_SEQ, offset, limit, Article.class);
    }

    List<Article> articlesInStoreOrder(Collection<String> ids) {
        return inStoreOrder(ids, (s, doc) -> index.decode(s, doc, Article.class));
    }

    List<String> idsInStoreOrder(Collection<String> ids) {
        return inStoreOrder(ids, (s, doc) -> s.storedFields().document(doc, Set.of(StoreFields.ID)).get(StoreFields.ID));
    }

    List<StemmaStore.Head> headsInStoreOrder(Collection<String> ids) {
        return inStoreOrder(ids, (s, doc) -> {
            Document d = s.storedFields().document(doc, Set.of(HEAD, JSON));
            BytesRef head = d.getBinaryValue(HEAD);
            if (head != null) {
                return index.codec.decode(head.bytes, head.offset, head.length, StemmaStore.Head.class);
            }
            BytesRef json = d.getBinaryValue(JSON);
            return new StemmaStore.Head(index.codec.decode(json.bytes, json.offset, json.length, Article.class), null, 0);
        });
    }

    private interface DocDecoder<T> {
        T decode(IndexSearcher s, int doc) throws IOException;
    }

    private <T> List<T> inStoreOrder(Collection<String> ids, DocDecoder<T> decoder) {
        List<T> out = new ArrayList<>();
        List<long[]> order = new ArrayList<>();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            Query q = keys(ARTICLE, chunk);
            index.withSearcher(s -> {
                TopDocs top = s.search(q, Math.max(1, chunk.size()), BY_SEQ);
                for (ScoreDoc d : top.scoreDocs) {
                    order.add(new long[] {(Long) ((FieldDoc) d).fields[0], out.size()});
                    out.add(decoder.decode(s, d.doc));
                }
                return null;
            });
        }
        order.sort((x, y) -> Long.compare(x[0], y[0]));
        List<T> sorted = new ArrayList<>(out.size());
        for (long[] o : order) {
            sorted.add(out.get((int) o[1]));
        }
        return sorted;
    }

    Set<String> outlets() {
        return index.withSearcher(s -> {
            Set<String> out = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), OUTLET_NAME);
                for (long ord = 0; ord < dv.getValueCount(); ord++) {
                    out.add(dv.lookupOrd(ord).utf8ToString());
                }
            }
            return out;
        });
    }

    List<Link> links(String articleId) {
        return index.all(StoreIndex.typed(LINK, new TermQuery(new Term(TOUCH, articleId))), Link.class);
    }

    Page<Link> links(String articleId, int offset, int limit) {
        return index.page(StoreIndex.typed(LINK, new TermQuery(new Term(TOUCH, articleId))), BY_KEY, offset, limit,
                Link.class);
    }

    Optional<Link> link(String a, String b) {
        Query either = new TermInSetQuery(KEY, List.of(new BytesRef(LINK + ":" + a + "\u0000" + b),
                new BytesRef(LINK + ":" + b + "\u0000" + a)));
        return index.first(either, Link.class);
    }

    /** The links with both ends among {@code ids}, a page at a time in key order. */
    Page<Link> linksWithin(Collection<String> ids, int offset, int limit) {
        List<BytesRef> terms = new LinkedHashSet<>(ids).stream().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, LINK)), Occur.FILTER)
                .add(new TermInSetQuery(LINK_A, terms), Occur.FILTER)
                .add(new TermInSetQuery(LINK_B, terms), Occur.FILTER)
                .build();
        return index.page(q, BY_KEY, offset, limit, Link.class);
    }

    /** The outlet of each stored article among {@code ids} that has one, read from doc values (no record decoded). */
    Map<String, String> outletsOf(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            Query q = keys(ARTICLE, chunk);
            index.withSearcher(s -> {
                int[] docs = java.util.Arrays.stream(s.search(q, Math.max(1, chunk.size())).scoreDocs)
                        .mapToInt(d -> d.doc).sorted().toArray();
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                SortedSetDocValues dv = null;
                int leafIndex = -1;
                for (int doc : docs) {
                    int li = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
                    LeafReaderContext leaf = leaves.get(li);
                    if (li != leafIndex) {
                        leafIndex = li;
                        dv = DocValues.getSortedSet(leaf.reader(), OUTLET_NAME);
                    }
                    if (dv.advanceExact(doc - leaf.docBase)) {
                        String id = s.storedFields().document(doc, Set.of(StoreFields.ID)).get(StoreFields.ID);
                        out.put(id, dv.lookupOrd(dv.nextOrd()).utf8ToString());
                    }
                }
                return null;
            });
        }
        return out;
    }

    /** The id a merged story's old id now resolves to (following later merges), if it has one. */
    Optional<String> aliasOf(String storyId) {
        String id = storyId;
        Set<String> seen = new HashSet<>();
        while (seen.add(id) && seen.size() <= MAX_ALIAS_HOPS) {
            Query q = new TermQuery(new Term(KEY, StoreFields.ALIAS + ":" + id));
            String target = index.withSearcher(s -> {
                TopDocs top = s.search(q, 1);
                return top.scoreDocs.length == 0 ? null
                        : s.storedFields().document(top.scoreDocs[0].doc).get(StoreFields.TARGET);
            });
            if (target == null) {
                return id.equals(storyId) ? Optional.empty() : Optional.of(id);
            }
            id = target;
        }
        return Optional.of(id);
    }

    /** True if a story or a story alias goes by this id. */
    boolean storyIdTaken(String id) {
        return index.count(new TermInSetQuery(KEY, List.of(new BytesRef(STORY + ":" + id),
                new BytesRef(StoreFields.ALIAS + ":" + id)))) > 0;
    }

    List<Link> linksOf(Collection<String> ids) {
        return index.touching(LINK, ids, Link.class);
    }

    Optional<Story> story(String id) {
        return index.first(new TermQuery(new Term(KEY, STORY + ":" + id)), Story.class);
    }

    Optional<Story> storyOf(String articleId) {
        return index.first(StoreIndex.typed(STORY, new TermQuery(new Term(TOUCH, articleId))), Story.class);
    }

    List<Story> storiesOf(Collection<String> articleIds) {
        return index.touching(STORY, articleIds, Story.class);
    }

    Page<Story> stories(String query, int offset, int limit) {
        if (query == null || query.isBlank()) {
            return index.page(new TermQuery(new Term(TYPE, STORY)), BY_SIZE, offset, limit, Story.class);
        }
        return index.page(StoreIndex.typed(STORY, index.parse(query)), null, offset, limit, Story.class);
    }

    List<Derivation> derivations(Collection<String> ids) {
        return index.touching(DERIVATION, ids, Derivation.class);
    }

    List<QuoteFamily> quotesOf(Collection<String> ids) {
        return index.touching(QUOTE, ids, QuoteFamily.class);
    }

    List<QuoteFamily> quoteFamilies(Collection<String> ids) {
        List<QuoteFamily> out = new ArrayList<>();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            out.addAll(index.all(keys(QUOTE, chunk), QuoteFamily.class));
        }
        return out;
    }

    Optional<QuoteFamily> quote(String id) {
        return index.first(new TermQuery(new Term(KEY, QUOTE + ":" + id)), QuoteFamily.class);
    }

    Page<QuoteFamily> quotes(String speaker, int offset, int limit) {
        if (speaker == null || speaker.isBlank()) {
            return index.page(new TermQuery(new Term(TYPE, QUOTE)), BY_SIZE, offset, limit, QuoteFamily.class);
        }
        Query words = index.parse(SPEAKER_TEXT, speaker);
        BooleanQuery.Builder who = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SPEAKER, speaker.trim().toLowerCase(Locale.ROOT))), Occur.SHOULD);
        if (words != null) {
            who.add(words, Occur.SHOULD);
        }
        return index.page(StoreIndex.typed(QUOTE, who.build()), BY_SIZE, offset, limit, QuoteFamily.class);
    }

    Page<Article> search(String query, int offset, int limit) {
        return index.page(StoreIndex.typed(ARTICLE, index.parse(query)), null, offset, limit, Article.class);
    }

    Analysis analysisOf(Collection<String> ids) {
        List<Article> articles = articles(ids);
        List<String> present = articles.stream().map(Article::id).toList();
        Set<String> idSet = new LinkedHashSet<>(present);
        List<Link> links = linksOf(present).stream().filter(l -> idSet.contains(l.a()) && idSet.contains(l.b())).toList();
        List<Story> stories = storiesOf(present).stream().filter(st -> idSet.containsAll(st.articles())).toList();
        return new Analysis(articles, links, stories, derivations(present), quotesOf(present));
    }

    private static Query articleKey(String id) {
        return new TermQuery(new Term(KEY, ARTICLE + ":" + id));
    }

    private static Query keys(String type, List<String> ids) {
        return new TermInSetQuery(KEY, ids.stream().map(id -> new BytesRef(type + ":" + id)).toList());
    }
}
