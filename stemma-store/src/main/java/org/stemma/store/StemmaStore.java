package org.stemma.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;

/**
 * The embedded, persistent corpus: articles and the analysis results about them (links,
 * stories, derivations, quote families), plus per-article fingerprint keys for finding the
 * candidates of new articles without re-processing the corpus. One Apache Lucene index in
 * {@code DIR/index}, next to a {@link StoreFormat} version file.
 *
 * <p><b>Durability.</b> Writes become durable and visible to readers only at {@link #commit()},
 * which is a Lucene commit: atomic, so a crash (even {@code kill -9}) leaves the store as of the
 * last commit. <b>Concurrency.</b> One writer at a time: {@link #open} takes Lucene's
 * {@code write.lock} and a second writer gets a {@link StoreLockedException}. Any number of
 * threads may read while one thread writes; {@link #openReadOnly} lets another process read
 * (and follow the writer's commits) while an ingest runs.
 */
public final class StemmaStore implements Closeable {
    /** The default store directory, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("stemma-data");

    private static final String TYPE = "type";
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String TOUCH = "touch";
    private static final String TEXT = "text";
    private static final String OUTLET = "outlet";
    /** The outlet name as written, as doc values: the store-wide outlet list without reading articles. */
    private static final String OUTLET_NAME = "outletName";
    private static final String SPEAKER = "speaker";
    private static final String SPEAKER_TEXT = "speakerText";
    private static final String BAND = "band";
    private static final String NGRAM = "ngram";
    /** The article's names as the story builder finds them: their corpus-wide frequencies cap event pairs. */
    private static final String NAME = "name";
    private static final String SIZE = "size";
    private static final String SORT_ID = "sortId";
    private static final String SEQ = "seq";
    private static final String JSON = "json";
    /** A {@link Head}: the article with its text cut, and its names. */
    private static final String HEAD = "head";

    private static final String ARTICLE = "article";
    private static final String LINK = "link";
    private static final String STORY = "story";
    private static final String DERIVATION = "derivation";
    private static final String QUOTE = "quote";
    /** Lucene's default limit on boolean clauses; fingerprint queries stay below it. */
    private static final int MAX_KEYS_PER_QUERY = 1000;
    private static final long READ_ONLY_REFRESH_NANOS = 500_000_000L;

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final StoreCodec codec = new StoreCodec();
    private final AtomicLong seq = new AtomicLong();
    private volatile long lastRefresh = System.nanoTime();

    private StemmaStore(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens (creating if needed) the store in {@code dir} for reading and writing.
     *
     * @throws StoreLockedException if another writer holds the store
     * @throws StoreFormatException if {@code dir} is not a store or has a newer format
     */
    public static StemmaStore open(Path dir) {
        StoreFormat.check(dir, true);
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir.resolve("index"));
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new StoreLockedException("store " + dir + " is already open for writing by another"
                        + " process (a running 'stemma serve' or 'stemma ingest'?); only one writer at a"
                        + " time: stop it first, or read it with 'stemma serve --read-only'", e);
            }
            try {
                checkCommitFormat(writer.getLiveCommitData(), dir);
                if (!DirectoryReader.indexExists(directory)) {
                    writer.setLiveCommitData(Map.of(StoreFormat.COMMIT_KEY, Integer.toString(StoreFormat.CURRENT)).entrySet());
                    writer.commit();
                }
                StemmaStore store = new StemmaStore(dir, directory, writer, new SearcherManager(writer, null));
                store.seq.set(store.count(new TermQuery(new Term(TYPE, ARTICLE))));
                return store;
            } catch (RuntimeException | IOException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /**
     * Opens the store in {@code dir} for reading only, following the commits of a writer in
     * another process (checked at most twice a second).
     */
    public static StemmaStore openReadOnly(Path dir) {
        StoreFormat.check(dir, false);
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir.resolve("index"));
            SearcherManager searchers;
            try {
                searchers = new SearcherManager(directory, null);
            } catch (IndexNotFoundException e) {
                throw new StoreException("store " + dir + " has no committed data yet", e);
            }
            IndexSearcher s = searchers.acquire();
            try {
                checkCommitFormat(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().entrySet(), dir);
            } finally {
                searchers.release(s);
            }
            return new StemmaStore(dir, directory, null, searchers);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static void checkCommitFormat(Iterable<Map.Entry<String, String>> userData, Path dir) {
        if (userData == null) {
            return;
        }
        for (Map.Entry<String, String> e : userData) {
            if (e.getKey().equals(StoreFormat.COMMIT_KEY)) {
                StoreFormat.requireReadable(StoreFormat.parse(dir + " (index commit)", e.getValue()), dir);
            }
        }
    }

    /** The store's directory. */
    public Path dir() {
        return dir;
    }

    /** True if this store object cannot write (opened with {@link #openReadOnly}). */
    public boolean readOnly() {
        return writer == null;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Adds or replaces articles (by id) with their fingerprints; {@code fingerprints} may lack an
     * article (it is then found by text only). Visible and durable after {@link #commit()}.
     */
    public void putArticles(List<Article> articles, Map<String, Fingerprint> fingerprints) {
        IndexWriter w = requireWriter();
        try {
            for (Article a : articles) {
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
                Fingerprint fp = fingerprints.get(a.id());
                if (fp != null) {
                    for (long key : fp.bandKeys()) {
                        d.add(new StringField(BAND, keyBytes(key), Field.Store.NO));
                    }
                    for (long key : fp.ngrams()) {
                        if (sampled(key)) {
                            d.add(new StringField(NGRAM, keyBytes(key), Field.Store.NO));
                        }
                    }
                }
                NamedEntities entities = NamedEntities.of(a.title() == null ? a.text() : a.title() + "\n" + a.text());
                for (String name : entities.names()) {
                    d.add(new StringField(NAME, name, Field.Store.NO));
                }
                d.add(new StoredField(HEAD, codec.encode(new Head(a.toBuilder().text(headText(a.text())).build(), entities, a.text().length()))));
                d.add(new NumericDocValuesField(SEQ, seq.getAndIncrement()));
                d.add(new StoredField(JSON, codec.encode(a)));
                w.updateDocument(new Term(KEY, ARTICLE + ":" + a.id()), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write articles to store " + dir, e);
        }
    }

    /**
     * Replaces the analysis results about {@code articleIds}: every stored link, story,
     * derivation and quote family touching one of them is deleted, then those of
     * {@code results} are added (its articles are ignored). Visible after {@link #commit()}.
     */
    public void replaceResults(Collection<String> articleIds, Analysis results) {
        IndexWriter w = requireWriter();
        try {
            deleteTouching(w, List.of(LINK, STORY, DERIVATION, QUOTE), articleIds);
            addResults(w, results.links(), results.stories(), results.provenance(), results.quotes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write analysis results to store " + dir, e);
        }
    }

    private void addResults(IndexWriter w, List<Link> links, List<Story> stories, List<Derivation> derivations,
                            List<QuoteFamily> families) throws IOException {
        for (Link l : links) {
            String key = LINK + ":" + l.a() + "\u0000" + l.b();
            w.updateDocument(new Term(KEY, key), doc(key, LINK, null, List.of(l.a(), l.b()), l));
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
            w.updateDocument(new Term(KEY, key), d);
        }
    }

    /**
     * Applies an incremental update of the analysis results (see {@link ResultUpdate}): deletes
     * the links touching {@link ResultUpdate#linksDroppedOf()}, the stories touching
     * {@link ResultUpdate#storiesDroppedOf()}, the derivations touching
     * {@link ResultUpdate#derivationsDroppedOf()} and the quote families whose ids are
     * {@link ResultUpdate#familiesDropped()}, then adds the update's results. Links, stories and
     * families that the update does not drop are kept as they are. Visible after {@link #commit()}.
     */
    public void updateResults(ResultUpdate update) {
        IndexWriter w = requireWriter();
        try {
            deleteTouching(w, List.of(LINK), update.linksDroppedOf());
            deleteTouching(w, List.of(STORY), update.storiesDroppedOf());
            deleteTouching(w, List.of(DERIVATION), update.derivationsDroppedOf());
            for (List<String> chunk : chunks(List.copyOf(update.familiesDropped()), MAX_KEYS_PER_QUERY)) {
                w.deleteDocuments(new TermInSetQuery(KEY, chunk.stream().map(id -> new BytesRef(QUOTE + ":" + id)).toList()));
            }
            addResults(w, update.links(), update.stories(), update.derivations(), update.families());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write analysis results to store " + dir, e);
        }
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
        for (List<String> chunk : chunks(List.copyOf(ids), MAX_KEYS_PER_QUERY)) {
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
        d.add(new StoredField(JSON, codec.encode(value)));
        return d;
    }

    /** Makes every write so far durable (atomically) and visible to readers. */
    public void commit() {
        IndexWriter w = requireWriter();
        try {
            w.setLiveCommitData(Map.of(StoreFormat.COMMIT_KEY, Integer.toString(StoreFormat.CURRENT)).entrySet());
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit store " + dir, e);
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new StoreException("store " + dir + " is open read-only");
        }
        return writer;
    }

    // ---------------------------------------------------------------- reading

    /** Number of articles stored. */
    public long articleCount() {
        return count(new TermQuery(new Term(TYPE, ARTICLE)));
    }

    /** Number of stories stored. */
    public long storyCount() {
        return count(new TermQuery(new Term(TYPE, STORY)));
    }

    /** True if an article with this id is stored. */
    public boolean contains(String id) {
        return count(new TermQuery(new Term(KEY, ARTICLE + ":" + id))) > 0;
    }

    /** The stored article with this id. */
    public Optional<Article> article(String id) {
        return first(new TermQuery(new Term(KEY, ARTICLE + ":" + id)), Article.class);
    }

    /** The stored articles among {@code ids}, in the order of {@code ids} (missing ones skipped). */
    public List<Article> articles(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)), MAX_KEYS_PER_QUERY)) {
            Query q = new TermInSetQuery(KEY, chunk.stream().map(id -> new BytesRef(ARTICLE + ":" + id)).toList());
            for (Article a : all(q, Article.class)) {
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

    /**
     * The stored articles among {@code ids}, in the order they were first stored (the order a
     * whole-corpus analysis of the same input would see them in); missing ones skipped.
     */
    public List<Article> articlesInStoreOrder(Collection<String> ids) {
        return inStoreOrder(ids, (s, doc) -> decode(s, doc, Article.class));
    }

    /**
     * What the story builder reads of a stored article, without its whole text: the article with
     * its text cut after the first line a headline can be taken from, the names in its full
     * title and text, and the full text's length in chars ({@code entities} null and
     * {@code length} 0 for articles stored before this was kept; their article is then whole).
     */
    public record Head(Article article, NamedEntities entities, int length) {
        /** Length of the article's whole text. */
        public int textLength() {
            return length > 0 ? length : article.text().length();
        }

        /**
         * True if the head holds the article's whole {@link StoryBuilder#lead} (heads written
         * before they kept it may not).
         */
        public boolean holdsLead() {
            return article.text().length() >= Math.min(textLength(), StoryBuilder.LEAD_CHARS);
        }
    }

    /** The {@link Head}s of the stored articles among {@code ids}, in the order they were first stored. */
    public List<Head> headsInStoreOrder(Collection<String> ids) {
        return inStoreOrder(ids, (s, doc) -> {
            org.apache.lucene.document.Document d = s.storedFields().document(doc, Set.of(HEAD, JSON));
            BytesRef head = d.getBinaryValue(HEAD);
            if (head != null) {
                return codec.decode(head.bytes, head.offset, head.length, Head.class);
            }
            BytesRef json = d.getBinaryValue(JSON);
            return new Head(codec.decode(json.bytes, json.offset, json.length, Article.class), null, 0);
        });
    }

    private interface DocDecoder<T> {
        T decode(IndexSearcher s, int doc) throws IOException;
    }

    private <T> List<T> inStoreOrder(Collection<String> ids, DocDecoder<T> decoder) {
        Sort bySeq = new Sort(new SortField(SEQ, SortField.Type.LONG));
        List<T> out = new ArrayList<>();
        List<long[]> order = new ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)), MAX_KEYS_PER_QUERY)) {
            Query q = new TermInSetQuery(KEY, chunk.stream().map(id -> new BytesRef(ARTICLE + ":" + id)).toList());
            withSearcher(s -> {
                TopDocs top = s.search(q, Math.max(1, chunk.size()), bySeq);
                for (ScoreDoc d : top.scoreDocs) {
                    order.add(new long[] {(Long) ((org.apache.lucene.search.FieldDoc) d).fields[0], out.size()});
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

    /**
     * What the story builder reads of the text: up to the end of its first line that is at least
     * 20 characters long once stripped (where it takes a headline from when there is no title),
     * and at least the first {@link StoryBuilder#LEAD_CHARS} characters (the {@link
     * StoryBuilder#lead} the model reads for the event rule), or the whole text if shorter.
     */
    static String headText(String text) {
        int lead = Math.min(text.length(), StoryBuilder.LEAD_CHARS);
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            if (text.substring(from, end).strip().length() >= 20) {
                return text.substring(0, Math.max(end, lead));
            }
            from = end + 1;
        }
        return text;
    }

    /**
     * For each of {@code names}, the number of stored articles carrying it (as
     * {@link NamedEntities} finds names; replaced articles may count until their segment merges).
     */
    public Map<String, Integer> nameFrequencies(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(names));
        return withSearcher(s -> {
            Map<String, Integer> out = new HashMap<>();
            sorted.forEach(n -> out.put(n, 0));
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms t = leaf.reader().terms(NAME);
                if (t == null) {
                    continue;
                }
                org.apache.lucene.index.TermsEnum te = t.iterator();
                for (String n : sorted) {
                    if (te.seekExact(new BytesRef(n))) {
                        out.merge(n, te.docFreq(), Integer::sum);
                    }
                }
            }
            return out;
        });
    }

    /** The stories holding one of {@code articleIds}. */
    public List<Story> storiesOf(Collection<String> articleIds) {
        return touching(STORY, articleIds, Story.class);
    }

    /**
     * The distinct outlet names of all stored articles, as written (read from doc values, not
     * from the articles). Articles stored before this index field existed do not contribute.
     */
    public Set<String> outlets() {
        return withSearcher(s -> {
            Set<String> out = new java.util.HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), OUTLET_NAME);
                for (long ord = 0; ord < dv.getValueCount(); ord++) {
                    out.add(dv.lookupOrd(ord).utf8ToString());
                }
            }
            return out;
        });
    }

    /** A page of all stored articles in insertion order. */
    public Page<Article> articles(int offset, int limit) {
        Query q = new TermQuery(new Term(TYPE, ARTICLE));
        return page(q, new Sort(new SortField(SEQ, SortField.Type.LONG)), offset, limit, Article.class);
    }

    /** The links joining this article to others. */
    public List<Link> links(String articleId) {
        return all(typed(LINK, new TermQuery(new Term(TOUCH, articleId))), Link.class);
    }

    /** The links with at least one end among {@code ids}. */
    public List<Link> linksOf(Collection<String> ids) {
        return touching(LINK, ids, Link.class);
    }

    /** The story with this id. */
    public Optional<Story> story(String id) {
        return first(new TermQuery(new Term(KEY, STORY + ":" + id)), Story.class);
    }

    /** The story that holds this article, if any. */
    public Optional<Story> storyOf(String articleId) {
        return first(typed(STORY, new TermQuery(new Term(TOUCH, articleId))), Story.class);
    }

    /**
     * A page of stories: largest first, or, given a query (words of titles and outlet names),
     * best match first.
     */
    public Page<Story> stories(String query, int offset, int limit) {
        if (query == null || query.isBlank()) {
            Sort bySize = new Sort(new SortField(SIZE, SortField.Type.LONG, true), new SortField(SORT_ID, SortField.Type.STRING));
            return page(new TermQuery(new Term(TYPE, STORY)), bySize, offset, limit, Story.class);
        }
        return page(typed(STORY, parse(query)), null, offset, limit, Story.class);
    }

    /** Derivations with the source or the copy among {@code ids}. */
    public List<Derivation> derivations(Collection<String> ids) {
        return touching(DERIVATION, ids, Derivation.class);
    }

    /** Quote families with a variant in one of {@code ids}. */
    public List<QuoteFamily> quotesOf(Collection<String> ids) {
        return touching(QUOTE, ids, QuoteFamily.class);
    }

    /** The stored quote families with these ids (missing ones skipped). */
    public List<QuoteFamily> quoteFamilies(Collection<String> ids) {
        List<QuoteFamily> out = new ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)), MAX_KEYS_PER_QUERY)) {
            out.addAll(all(new TermInSetQuery(KEY, chunk.stream().map(id -> new BytesRef(QUOTE + ":" + id)).toList()),
                    QuoteFamily.class));
        }
        return out;
    }

    /** The quote family with this id. */
    public Optional<QuoteFamily> quote(String id) {
        return first(new TermQuery(new Term(KEY, QUOTE + ":" + id)), QuoteFamily.class);
    }

    /**
     * A page of quote families, largest first; given a speaker, only the families whose speaker
     * (or a variant's) is that name exactly (case-insensitive) or contains its words.
     */
    public Page<QuoteFamily> quotes(String speaker, int offset, int limit) {
        Sort bySize = new Sort(new SortField(SIZE, SortField.Type.LONG, true), new SortField(SORT_ID, SortField.Type.STRING));
        if (speaker == null || speaker.isBlank()) {
            return page(new TermQuery(new Term(TYPE, QUOTE)), bySize, offset, limit, QuoteFamily.class);
        }
        Query words = new SimpleQueryParser(analyzer, SPEAKER_TEXT).parse(speaker);
        BooleanQuery.Builder who = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SPEAKER, speaker.trim().toLowerCase(Locale.ROOT))), Occur.SHOULD);
        if (words != null) {
            who.add(words, Occur.SHOULD);
        }
        return page(typed(QUOTE, who.build()), bySize, offset, limit, QuoteFamily.class);
    }

    /** Full-text search over articles' titles and texts, best match first. */
    public Page<Article> search(String query, int offset, int limit) {
        return page(typed(ARTICLE, parse(query)), null, offset, limit, Article.class);
    }

    /**
     * Ids of up to {@code k} stored articles whose texts share the most distinctive words with
     * {@code article}'s (Lucene "more like this"; the article itself excluded).
     */
    public List<String> similar(Article article, int k) {
        return withSearcher(s -> {
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(TEXT, new StringReader(article.text()));
            return ids(s, typed(ARTICLE, like), article.id(), k);
        });
    }

    /**
     * Ids of up to {@code k} stored articles worth aligning with a text of fingerprint
     * {@code fp}: those sharing a MinHash LSH band key, then those sharing at least
     * {@code minSharedNgrams} of the {@link #sampled} word n-grams (one in four) that occur in at
     * most {@code maxDf} stored articles (most shared first); {@code selfId} excluded.
     */
    public List<String> fingerprintCandidates(Fingerprint fp, int maxDf, int minSharedNgrams, int k, String selfId) {
        return withSearcher(s -> {
            Set<String> out = new LinkedHashSet<>();
            if (fp.bandKeys().length > 0) {
                Query bands = new TermInSetQuery(BAND, distinct(fp.bandKeys()).stream().map(StemmaStore::keyBytes).toList());
                out.addAll(ids(s, typed(ARTICLE, bands), selfId, k));
            }
            if (out.size() < k) {
                out.addAll(rareNgramMatches(s, fp.ngrams(), maxDf, minSharedNgrams, k, selfId));
            }
            return out.stream().limit(k).toList();
        });
    }

    /**
     * Articles sharing at least {@code minShared} of the fingerprint's n-grams found in 1 to
     * {@code maxDf} documents (the first {@link #MAX_KEYS_PER_QUERY} such n-grams), most shared
     * first, then in index order; up to {@code k}, {@code selfId} excluded. One terms enumerator
     * per segment walks the keys in sorted order and the rare keys' postings are counted
     * directly, instead of a document-frequency look-up and a query clause per key.
     */
    private List<String> rareNgramMatches(IndexSearcher s, long[] ngrams, int maxDf, int minShared, int k,
                                          String selfId) throws IOException {
        List<Long> distinctKeys = distinct(ngrams).stream().filter(StemmaStore::sampled).toList();
        int m = distinctKeys.size();
        BytesRef[] terms = new BytesRef[m];
        Integer[] bySortedKey = new Integer[m];
        for (int i = 0; i < m; i++) {
            terms[i] = keyBytes(distinctKeys.get(i));
            bySortedKey[i] = i;
        }
        java.util.Arrays.sort(bySortedKey, (x, y) -> terms[x].compareTo(terms[y]));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int[] df = new int[m];
        for (LeafReaderContext leaf : leaves) {
            org.apache.lucene.index.Terms t = leaf.reader().terms(NGRAM);
            if (t == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum te = t.iterator();
            for (int i : bySortedKey) {
                if (te.seekExact(terms[i])) {
                    df[i] += te.docFreq();
                }
            }
        }
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
        Map<Integer, Integer> shared = new HashMap<>();
        org.apache.lucene.index.PostingsEnum pe = null;
        for (LeafReaderContext leaf : leaves) {
            org.apache.lucene.index.Terms t = leaf.reader().terms(NGRAM);
            if (t == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.TermsEnum te = t.iterator();
            for (int i : bySortedKey) {
                if (rare[i] && te.seekExact(terms[i])) {
                    pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            shared.merge(leaf.docBase + d, 1, Integer::sum);
                        }
                    }
                }
            }
        }
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

    /**
     * True for the n-gram hashes the store indexes and looks up: one in {@code NGRAM_SAMPLE}, by
     * hash (the same n-grams in every article). Two texts sharing a passage of a few dozen words
     * still share several sampled n-grams, at a quarter of the terms to write and to seek.
     */
    static boolean sampled(long key) {
        return Long.remainderUnsigned(Long.rotateLeft(key * 0x9E3779B97F4A7C15L, 17), NGRAM_SAMPLE) == 0;
    }

    /** One n-gram in this many is indexed (see {@link #sampled}). */
    static final int NGRAM_SAMPLE = 4;

    private static List<Long> distinct(long[] keys) {
        Set<Long> seen = new LinkedHashSet<>();
        for (long key : keys) {
            seen.add(key);
        }
        return List.copyOf(seen);
    }

    /** Everything the store says about these articles, as one {@link Analysis}. */
    public Analysis analysisOf(Collection<String> ids) {
        List<Article> articles = articles(ids);
        List<String> present = articles.stream().map(Article::id).toList();
        Set<String> idSet = new LinkedHashSet<>(present);
        List<Link> links = linksOf(present).stream().filter(l -> idSet.contains(l.a()) && idSet.contains(l.b())).toList();
        List<Story> stories = touching(STORY, present, Story.class).stream()
                .filter(st -> idSet.containsAll(st.articles())).toList();
        return new Analysis(articles, links, stories, derivations(present), quotesOf(present));
    }

    // ---------------------------------------------------------------- plumbing

    private interface SearchFn<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearchFn<T> fn) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read store " + dir, e);
        }
    }

    private long count(Query q) {
        return withSearcher(s -> (long) s.count(q));
    }

    private static Query typed(String type, Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER)
                .add(q, Occur.MUST)
                .build();
    }

    private Query parse(String query) {
        Query q = new SimpleQueryParser(analyzer, TEXT).parse(query == null ? "" : query);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    private <T> Optional<T> first(Query q, Class<T> type) {
        return withSearcher(s -> {
            TopDocs top = s.search(q, 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(decode(s, top.scoreDocs[0].doc, type));
        });
    }

    private <T> List<T> all(Query q, Class<T> type) {
        return withSearcher(s -> {
            int n = Math.max(1, s.count(q));
            List<T> out = new ArrayList<>();
            for (ScoreDoc d : s.search(q, n).scoreDocs) {
                out.add(decode(s, d.doc, type));
            }
            return out;
        });
    }

    private <T> List<T> touching(String type, Collection<String> ids, Class<T> cls) {
        Map<String, T> out = new LinkedHashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)), MAX_KEYS_PER_QUERY)) {
            Query q = typed(type, new TermInSetQuery(TOUCH, chunk.stream().map(BytesRef::new).toList()));
            withSearcher(s -> {
                int n = Math.max(1, s.count(q));
                for (ScoreDoc d : s.search(q, n).scoreDocs) {
                    BytesRef json = s.storedFields().document(d.doc).getBinaryValue(JSON);
                    out.putIfAbsent(json.utf8ToString(), codec.decode(json.bytes, json.offset, json.length, cls));
                }
                return null;
            });
        }
        return new ArrayList<>(out.values());
    }

    private <T> Page<T> page(Query q, Sort sort, int offset, int limit, Class<T> type) {
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

    private List<String> ids(IndexSearcher s, Query q, String selfId, int k) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : s.search(q, k + 1).scoreDocs) {
            String id = s.storedFields().document(d.doc, Set.of(ID)).get(ID);
            if (!id.equals(selfId) && out.size() < k) {
                out.add(id);
            }
        }
        return out;
    }

    private <T> T decode(IndexSearcher s, int doc, Class<T> type) throws IOException {
        BytesRef json = s.storedFields().document(doc).getBinaryValue(JSON);
        return codec.decode(json.bytes, json.offset, json.length, type);
    }

    private static BytesRef keyBytes(long key) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (key >>> (56 - 8 * i));
        }
        return new BytesRef(b);
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    /**
     * Closes the store. Uncommitted writes are discarded (a store is only ever as of its last
     * {@link #commit()}).
     */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close store " + dir, e);
        }
    }

    static boolean isStore(Path dir) {
        return Files.exists(dir.resolve(StoreFormat.FILE));
    }
}
