package org.stemma.store;

import static org.stemma.store.StoreFields.ALIAS;
import static org.stemma.store.StoreFields.ARTICLE;
import static org.stemma.store.StoreFields.BAND;
import static org.stemma.store.StoreFields.DERIVATION;
import static org.stemma.store.StoreFields.EVENT_TERM;
import static org.stemma.store.StoreFields.HEAD;
import static org.stemma.store.StoreFields.ID;
import static org.stemma.store.StoreFields.JSON;
import static org.stemma.store.StoreFields.KEY;
import static org.stemma.store.StoreFields.LINK;
import static org.stemma.store.StoreFields.LINK_A;
import static org.stemma.store.StoreFields.LINK_B;
import static org.stemma.store.StoreFields.NAME;
import static org.stemma.store.StoreFields.NGRAM;
import static org.stemma.store.StoreFields.OUTLET;
import static org.stemma.store.StoreFields.OUTLET_NAME;
import static org.stemma.store.StoreFields.QUOTE;
import static org.stemma.store.StoreFields.SEQ;
import static org.stemma.store.StoreFields.SIZE;
import static org.stemma.store.StoreFields.SORT_ID;
import static org.stemma.store.StoreFields.SPEAKER;
import static org.stemma.store.StoreFields.SPEAKER_TEXT;
import static org.stemma.store.StoreFields.STORY;
import static org.stemma.store.StoreFields.TARGET;
import static org.stemma.store.StoreFields.TEXT;
import static org.stemma.store.StoreFields.TOUCH;
import static org.stemma.store.StoreFields.TYPE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.story.ArticleTerms;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;

/**
 * How the store's records become index documents: articles with their fingerprint keys, names
 * and {@link StemmaStore.Head}, and the analysis results (links, stories, derivations, quote
 * families) keyed so that those touching some articles can be dropped and replaced. Nothing is
 * visible before the store commits.
 */
final class StoreWrites {
    private final StoreIndex index;
    /** The insertion order of articles: the order a whole-corpus analysis would see them in. */
    private final AtomicLong seq;

    StoreWrites(StoreIndex index, long articlesStored) {
        this.index = index;
        this.seq = new AtomicLong(articlesStored);
    }

    void putArticles(List<Article> articles, Map<String, Fingerprint> fingerprints) {
        IndexWriter w = index.requireWriter();
        try {
            for (Article a : articles) {
                w.updateDocument(new Term(KEY, ARTICLE + ":" + a.id()), articleDoc(a, fingerprints.get(a.id())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write articles to store " + index.dir, e);
        }
    }

    private Document articleDoc(Article a, Fingerprint fp) {
        Document d = new Document();
        d.add(new StringField(KEY, ARTICLE + ":" + a.id(), Field.Store.NO));
        d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new TextField(TEXT, (a.title() == null ? "" : a.title() + "\n\n") + a.text(), Field.Store.NO));
        if (a.outlet() != null) {
            d.add(new StringField(OUTLET, a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
            if (!a.outlet().isBlank()) {
                d.add(new SortedSetDocValuesField(OUTLET_NAME, new BytesRef(a.outlet())));
            }
        }
        if (fp != null) {
            for (long key : fp.bandKeys()) {
                d.add(new StringField(BAND, StoreFields.keyBytes(key), Field.Store.NO));
            }
            for (long key : fp.ngrams()) {
                if (StoreCandidates.sampled(key)) {
                    d.add(new StringField(NGRAM, StoreFields.keyBytes(key), Field.Store.NO));
                }
            }
        }
        NamedEntities entities = NamedEntities.of(a.title() == null ? a.text() : a.title() + "\n" + a.text());
        for (String name : entities.names()) {
            d.add(new StringField(NAME, name, Field.Store.NO));
        }
        for (long term : ArticleTerms.of(a, entities).terms()) {
            d.add(new StringField(EVENT_TERM, StoreFields.keyBytes(term), Field.Store.NO));
        }
        Article head = a.toBuilder().text(StemmaStore.headText(a.text())).build();
        d.add(new StoredField(HEAD, index.codec.encode(new StemmaStore.Head(head, entities, a.text().length()))));
        d.add(new NumericDocValuesField(SEQ, seq.getAndIncrement()));
        d.add(new StoredField(JSON, index.codec.encode(a)));
        return d;
    }

    void replaceResults(Collection<String> articleIds, Analysis results) {
        IndexWriter w = index.requireWriter();
        try {
            deleteTouching(w, List.of(LINK, STORY, DERIVATION, QUOTE), articleIds);
            addResults(w, results.links(), results.stories(), results.provenance(), results.quotes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write analysis results to store " + index.dir, e);
        }
    }

    void updateResults(ResultUpdate update) {
        IndexWriter w = index.requireWriter();
        try {
            deleteTouching(w, List.of(LINK), update.linksDroppedOf());
            deleteTouching(w, List.of(STORY), update.storiesDroppedOf());
            deleteTouching(w, List.of(DERIVATION), update.derivationsDroppedOf());
            for (List<String> chunk : StoreFields.chunks(List.copyOf(update.familiesDropped()))) {
                w.deleteDocuments(new TermInSetQuery(KEY, chunk.stream().map(id -> new BytesRef(QUOTE + ":" + id)).toList()));
            }
            addResults(w, update.links(), update.stories(), update.derivations(), update.families());
            putAliases(update.storyAliases());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write analysis results to store " + index.dir, e);
        }
    }

    private void addResults(IndexWriter w, List<Link> links, List<Story> stories, List<Derivation> derivations,
                            List<QuoteFamily> families) throws IOException {
        for (Link l : links) {
            w.updateDocument(new Term(KEY, linkKey(l)), linkDoc(l));
        }
        for (Story s : stories) {
            String key = STORY + ":" + s.id();
            Document d = doc(key, STORY, s.id(), s.articles(), s);
            d.add(new TextField(TEXT, (s.title() == null ? "" : s.title()) + "\n" + String.join(" ", s.outlets()), Field.Store.NO));
            for (String o : s.outlets()) {
                d.add(new StringField(OUTLET, o.toLowerCase(Locale.ROOT), Field.Store.NO));
            }
            d.add(new NumericDocValuesField(SIZE, s.articles().size()));
            d.add(new SortedDocValuesField(SORT_ID, new BytesRef(s.id())));
            w.updateDocument(new Term(KEY, key), d);
        }
        for (Derivation v : derivations) {
            String key = DERIVATION + ":" + v.source() + "\u0000" + v.copy();
            w.updateDocument(new Term(KEY, key), doc(key, DERIVATION, null, List.of(v.source(), v.copy()), v));
        }
        for (QuoteFamily q : families) {
            w.updateDocument(new Term(KEY, QUOTE + ":" + q.id()), quoteDoc(q));
        }
    }

    private static String linkKey(Link l) {
        return LINK + ":" + l.a() + "\u0000" + l.b();
    }

    private Document linkDoc(Link l) {
        String key = linkKey(l);
        Document d = doc(key, LINK, null, List.of(l.a(), l.b()), l);
        d.add(new StringField(LINK_A, l.a(), Field.Store.NO));
        d.add(new StringField(LINK_B, l.b(), Field.Store.NO));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(key)));
        return d;
    }

    /**
     * Gives the links written before their ends were indexed ({@link StoreFields#LINK_A}) those
     * fields, so that "the links within a story" is one query; the number of links upgraded.
     * Visible after the store commits.
     */
    int upgradeLinks() {
        IndexWriter w = index.requireWriter();
        Query old = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, LINK)), Occur.FILTER)
                .add(new FieldExistsQuery(SORT_ID), Occur.MUST_NOT)
                .build();
        int upgraded = 0;
        try {
            while (true) {
                List<Link> batch = index.withSearcher(s -> {
                    List<Link> out = new ArrayList<>();
                    for (ScoreDoc d : s.search(old, 10_000).scoreDocs) {
                        out.add(index.decode(s, d.doc, Link.class));
                    }
                    return out;
                });
                if (batch.isEmpty()) {
                    return upgraded;
                }
                for (Link l : batch) {
                    w.updateDocument(new Term(KEY, linkKey(l)), linkDoc(l));
                }
                upgraded += batch.size();
                index.searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot upgrade the links of store " + index.dir, e);
        }
    }

    /** Records that story {@code oldId} now goes by {@code newId} (a merge); replaces an alias of the same id. */
    void putAliases(Map<String, String> oldToNew) {
        IndexWriter w = index.requireWriter();
        try {
            for (Map.Entry<String, String> e : oldToNew.entrySet()) {
                String key = ALIAS + ":" + e.getKey();
                Document d = new Document();
                d.add(new StringField(KEY, key, Field.Store.NO));
                d.add(new StringField(TYPE, ALIAS, Field.Store.NO));
                d.add(new StringField(ID, e.getKey(), Field.Store.NO));
                d.add(new StoredField(TARGET, e.getValue()));
                w.updateDocument(new Term(KEY, key), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write story aliases to store " + index.dir, e);
        }
    }

    private Document quoteDoc(QuoteFamily q) {
        String key = QUOTE + ":" + q.id();
        List<String> members = q.variants().stream().map(v -> v.quote().article()).distinct().toList();
        Document d = doc(key, QUOTE, q.id(), members, q);
        Set<String> speakers = new LinkedHashSet<>();
        if (q.speaker() != null) {
            speakers.add(q.speaker());
        }
        for (QuoteVariant v : q.variants()) {
            if (v.quote().speaker() != null) {
                speakers.add(v.quote().speaker());
            }
        }
        for (String s : speakers) {
            d.add(new StringField(SPEAKER, s.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new TextField(SPEAKER_TEXT, s, Field.Store.NO));
        }
        d.add(new TextField(TEXT, q.wording() == null ? "" : q.wording(), Field.Store.NO));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(q.id())));
        d.add(new NumericDocValuesField(SIZE, q.variants().size()));
        return d;
    }

    private static void deleteTouching(IndexWriter w, List<String> docTypes, Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        for (String t : docTypes) {
            types.add(new TermQuery(new Term(TYPE, t)), Occur.SHOULD);
        }
        Query typeQuery = types.build();
        for (List<String> chunk : StoreFields.chunks(List.copyOf(ids))) {
            w.deleteDocuments(new BooleanQuery.Builder()
                    .add(typeQuery, Occur.FILTER)
                    .add(new TermInSetQuery(TOUCH, chunk.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .build());
        }
    }

    private Document doc(String key, String type, String id, List<String> touches, Object value) {
        Document d = new Document();
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StringField(TYPE, type, Field.Store.NO));
        if (id != null) {
            d.add(new StringField(ID, id, Field.Store.NO));
        }
        for (String t : new LinkedHashSet<>(touches)) {
            d.add(new StringField(TOUCH, t, Field.Store.NO));
        }
        d.add(new StoredField(JSON, index.codec.encode(value)));
        return d;
    }
}
