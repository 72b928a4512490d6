package org.stemma.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.fingerprint.Fingerprint;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Headline;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;

/**
 * The embedded, persistent corpus: articles and the analysis results about them (links,
 * stories, derivations, quote families), plus per-article fingerprint keys for finding the
 * candidates of new articles without re-processing the corpus. One Apache Lucene index in
 * {@code DIR/index}, next to a {@link StoreFormat} version file.
 *
 * <p>This class is the store's lifecycle (open, commit, close) and its one public face; the work
 * is done by three parts over a shared {@link StoreIndex}: {@link StoreWrites} (records as index
 * documents), {@link StoreReads} (look-ups and pages) and {@link StoreCandidates} (candidate
 * retrieval by fingerprint keys).
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

    private final FSDirectory directory;
    private final StoreIndex index;
    private final StoreWrites writes;
    private final StoreReads reads;
    private final StoreCandidates candidates;

    private StemmaStore(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.index = new StoreIndex(dir, writer, searchers);
        this.reads = new StoreReads(index);
        this.writes = new StoreWrites(index, writer == null ? 0 : reads.count(StoreFields.ARTICLE));
        this.candidates = new StoreCandidates(index);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Opens (creating if needed) the store in {@code dir} for reading and writing.
     *
     * @throws StoreLockedException if another writer holds the store
     * @throws StoreFormatException if {@code dir} is not a store or has a newer format
     */
    public static StemmaStore open(Path dir) {
        StoreFormat.check(dir, true);
        return withIndexDirectory(dir, directory -> {
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
                    writer.setLiveCommitData(formatCommitData());
                    writer.commit();
                }
                StemmaStore store = new StemmaStore(dir, directory, writer, new SearcherManager(writer, null));
                if (store.writes.upgradeLinks() > 0) {
                    store.commit();
                }
                return store;
            } catch (RuntimeException | IOException e) {
                writer.rollback();
                throw e;
            }
        });
    }

    /**
     * Opens the store in {@code dir} for reading only, following the commits of a writer in
     * another process (checked at most twice a second).
     */
    public static StemmaStore openReadOnly(Path dir) {
        StoreFormat.check(dir, false);
        return withIndexDirectory(dir, directory -> {
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
        });
    }

    /** What opens a store on its index directory. */
    private interface Opening {
        StemmaStore open(FSDirectory directory) throws IOException;
    }

    /** Opens the index directory of {@code dir} and the store on it; closes the directory if that fails. */
    private static StemmaStore withIndexDirectory(Path dir, Opening opening) {
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir.resolve("index"));
            return opening.open(directory);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static Iterable<Map.Entry<String, String>> formatCommitData() {
        return Map.of(StoreFormat.COMMIT_KEY, Integer.toString(StoreFormat.CURRENT)).entrySet();
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
        return index.dir;
    }

    /** True if this store object cannot write (opened with {@link #openReadOnly}). */
    public boolean readOnly() {
        return index.writer == null;
    }

    /** Makes every write so far durable (atomically) and visible to readers. */
    public void commit() {
        IndexWriter w = index.requireWriter();
        try {
            w.setLiveCommitData(formatCommitData());
            w.commit();
            index.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit store " + dir(), e);
        }
    }

    /**
     * Closes the store. Uncommitted writes are discarded (a store is only ever as of its last
     * {@link #commit()}).
     */
    @Override
    public void close() {
        try {
            index.searchers.close();
            if (index.writer != null) {
                index.writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close store " + dir(), e);
        }
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

    static boolean isStore(Path dir) {
        return Files.exists(dir.resolve(StoreFormat.FILE));
    }

    // ---------------------------------------------------------------- writing

    /**
     * Adds or replaces articles (by id) with their fingerprints; {@code fingerprints} may lack an
     * article (it is then found by text only). Visible and durable after {@link #commit()}.
     */
    public void putArticles(List<Article> articles, Map<String, Fingerprint> fingerprints) {
        writes.putArticles(articles, fingerprints);
    }

    /**
     * Replaces the analysis results about {@code articleIds}: every stored link, story,
     * derivation and quote family touching one of them is deleted, then those of
     * {@code results} are added (its articles are ignored). Visible after {@link #commit()}.
     */
    public void replaceResults(Collection<String> articleIds, Analysis results) {
        writes.replaceResults(articleIds, results);
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
        writes.updateResults(update);
    }

    // ---------------------------------------------------------------- reading

    /** Number of articles stored. */
    public long articleCount() {
        return reads.count(StoreFields.ARTICLE);
    }

    /** Number of stories stored. */
    public long storyCount() {
        return reads.count(StoreFields.STORY);
    }

    /** True if an article with this id is stored. */
    public boolean contains(String id) {
        return reads.contains(id);
    }

    /** The stored article with this id. */
    public Optional<Article> article(String id) {
        return reads.article(id);
    }

    /** The stored articles among {@code ids}, in the order of {@code ids} (missing ones skipped). */
    public List<Article> articles(Collection<String> ids) {
        return reads.articles(ids);
    }

    /** A page of all stored articles in insertion order. */
    public Page<Article> articles(int offset, int limit) {
        return reads.articles(offset, limit);
    }

    /**
     * The stored articles among {@code ids}, in the order they were first stored (the order a
     * whole-corpus analysis of the same input would see them in); missing ones skipped.
     */
    public List<Article> articlesInStoreOrder(Collection<String> ids) {
        return reads.articlesInStoreOrder(ids);
    }

    /** The stored ids among {@code ids}, in the order they were first stored (no record is read). */
    public List<String> idsInStoreOrder(Collection<String> ids) {
        return reads.idsInStoreOrder(ids);
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
    }

    /** The {@link Head}s of the stored articles among {@code ids}, in the order they were first stored. */
    public List<Head> headsInStoreOrder(Collection<String> ids) {
        return reads.headsInStoreOrder(ids);
    }

    /** The text up to where {@link Headline} stops reading it (the whole text if no line can be a headline). */
    static String headText(String text) {
        return text.substring(0, Headline.textEnd(text));
    }

    /**
     * The distinct outlet names of all stored articles, as written (read from doc values, not
     * from the articles). Articles stored before this index field existed do not contribute.
     */
    public Set<String> outlets() {
        return reads.outlets();
    }

    /** The links joining this article to others. */
    public List<Link> links(String articleId) {
        return reads.links(articleId);
    }

    /** A page of the links joining this article to others, in a fixed order. */
    public Page<Link> links(String articleId, int offset, int limit) {
        return reads.links(articleId, offset, limit);
    }

    /** The link between these two articles (either way round), if they are linked. */
    public Optional<Link> link(String a, String b) {
        return reads.link(a, b);
    }

    /**
     * A page of the links with both ends among {@code ids} (e.g. a story's members), in a fixed
     * order; its total is the number of such links.
     */
    public Page<Link> linksWithin(Collection<String> ids, int offset, int limit) {
        return reads.linksWithin(ids, offset, limit);
    }

    /** The outlet of each stored article among {@code ids} that has one (no article record is read). */
    public Map<String, String> outletsOf(Collection<String> ids) {
        return reads.outletsOf(ids);
    }

    /** The links with at least one end among {@code ids}. */
    public List<Link> linksOf(Collection<String> ids) {
        return reads.linksOf(ids);
    }

    /** The story with this id. */
    public Optional<Story> story(String id) {
        return reads.story(id);
    }

    /**
     * The story with this id or, if a story of this id was merged into another, the story it
     * now belongs to (stories keep their id as they grow; see {@link #putStoryAliases}).
     */
    public Optional<Story> resolveStory(String id) {
        Optional<Story> s = reads.story(id);
        if (s.isPresent()) {
            return s;
        }
        return reads.aliasOf(id).flatMap(reads::story);
    }

    /** True if a stored story, or the old id of a merged one, goes by {@code id}. */
    public boolean storyIdTaken(String id) {
        return reads.storyIdTaken(id);
    }

    /** Records, for each old story id, the story it was merged into. Visible after {@link #commit()}. */
    public void putStoryAliases(Map<String, String> oldToNew) {
        writes.putAliases(oldToNew);
    }

    /** The story that holds this article, if any. */
    public Optional<Story> storyOf(String articleId) {
        return reads.storyOf(articleId);
    }

    /** The stories holding one of {@code articleIds}. */
    public List<Story> storiesOf(Collection<String> articleIds) {
        return reads.storiesOf(articleIds);
    }

    /**
     * A page of stories: largest first, or, given a query (words of titles and outlet names),
     * best match first.
     */
    public Page<Story> stories(String query, int offset, int limit) {
        return reads.stories(query, offset, limit);
    }

    /** Derivations with the source or the copy among {@code ids}. */
    public List<Derivation> derivations(Collection<String> ids) {
        return reads.derivations(ids);
    }

    /** Quote families with a variant in one of {@code ids}. */
    public List<QuoteFamily> quotesOf(Collection<String> ids) {
        return reads.quotesOf(ids);
    }

    /** The stored quote families with these ids (missing ones skipped). */
    public List<QuoteFamily> quoteFamilies(Collection<String> ids) {
        return reads.quoteFamilies(ids);
    }

    /** The quote family with this id. */
    public Optional<QuoteFamily> quote(String id) {
        return reads.quote(id);
    }

    /**
     * A page of quote families, largest first; given a speaker, only the families whose speaker
     * (or a variant's) is that name exactly (case-insensitive) or contains its words.
     */
    public Page<QuoteFamily> quotes(String speaker, int offset, int limit) {
        return reads.quotes(speaker, offset, limit);
    }

    /** Full-text search over articles' titles and texts, best match first. */
    public Page<Article> search(String query, int offset, int limit) {
        return reads.search(query, offset, limit);
    }

    /** Everything the store says about these articles, as one {@link Analysis}. */
    public Analysis analysisOf(Collection<String> ids) {
        return reads.analysisOf(ids);
    }

    // ---------------------------------------------------------------- candidate retrieval

    /**
     * Ids of up to {@code k} stored articles whose texts share the most distinctive words with
     * {@code article}'s (Lucene "more like this"; the article itself excluded).
     */
    public List<String> similar(Article article, int k) {
        return candidates.similar(article, k);
    }

    /**
     * Ids of up to {@code k} stored articles worth aligning with a text of fingerprint
     * {@code fp}: those sharing a MinHash LSH band key, then those sharing at least
     * {@code minSharedNgrams} of the sampled word n-grams (one in four, by hash) that occur in at
     * most {@code maxDf} stored articles (most shared first); {@code selfId} excluded.
     */
    public List<String> fingerprintCandidates(Fingerprint fp, int maxDf, int minSharedNgrams, int k, String selfId) {
        return candidates.fingerprintCandidates(fp, maxDf, minSharedNgrams, k, selfId);
    }

    /**
     * For each of {@code names}, the number of stored articles carrying it (as
     * {@link NamedEntities} finds names; replaced articles may count until their segment merges).
     */
    public Map<String, Integer> nameFrequencies(Collection<String> names) {
        return candidates.nameFrequencies(names);
    }

    /**
     * For each of {@code terms} (same-event term hashes, {@link org.stemma.story.ArticleTerms#terms}),
     * the number of stored articles carrying it: the whole store's document frequencies. Articles
     * written by a version that did not index these terms are not counted.
     */
    public int[] eventTermFrequencies(long[] terms) {
        return candidates.eventTermFrequencies(terms);
    }

    /**
     * Ids of the stored articles carrying at least {@code minShared} of {@code keys} (an
     * article's same-event index keys, {@link org.stemma.story.EventVector#keys}), in index order.
     */
    public List<String> eventCandidates(long[] keys, int minShared) {
        return candidates.eventCandidates(keys, minShared);
    }
}
