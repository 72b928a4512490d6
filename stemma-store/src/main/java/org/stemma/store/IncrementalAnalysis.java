package org.stemma.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongList;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.story.EventSignals;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.text.SentenceEmbedder;

/**
 * Brings the stored analysis up to date with a batch of new articles by doing only the new work,
 * with the core's pure functions:
 *
 * <ol>
 * <li><b>Touched set.</b> The stored candidates of the new articles, the stored link partners of
 * replaced articles, and every member of the stories these belong to, in the order they were
 * stored, followed by the new articles.</li>
 * <li><b>Links.</b> The reuse finder's candidate pairs over the touched set (the pairs the
 * {@link org.stemma.analysis.Analyzer} would align on those articles), of which only the pairs
 * with a new article are aligned ({@link ReuseFinder#link(List, long[])}); links between two
 * stored articles are read back from the store, not recomputed.</li>
 * <li><b>Stories</b> ({@link StoryBuilder}) over the touched set with the stored and the new links;
 * <b>quote families</b> ({@link QuoteFamilies}) over the new articles' extracted quotes and the
 * stored quotes of every family touching the set (read from the store, not re-extracted), plus
 * any stored family the regrouping would collide with by id; <b>derivations</b>
 * ({@link ProvenanceBuilder}) of the new stories, with the store-wide outlet list.</li>
 * </ol>
 *
 * For a story whose articles were all in the touched set this gives what the Analyzer gives on
 * those articles (in store order). Pure apart from reading the store.
 */
public final class IncrementalAnalysis {
    /** Stage names given to the timing listener. */
    public static final List<String> STAGES = List.of("touched", "links", "stories", "quotes", "provenance");

    private static final int MAX_COLLISION_ROUNDS = 3;

    private final ReuseFinder finder;
    private final SentenceEmbedder embedder;
    private final EventSignals signals;
    private final QuoteExtractor extractor = new QuoteExtractor();

    /**
     * @param reuse          parameters of lexical reuse detection (as the Analyzer's)
     * @param embedderOrNull sentence embedder for paraphrase passages, events and reworded quotes;
     *                       null for lexical signals only
     */
    public IncrementalAnalysis(ReuseOptions reuse, SentenceEmbedder embedderOrNull) {
        this.embedder = embedderOrNull;
        this.finder = new ReuseFinder(Objects.requireNonNull(reuse, "reuse"),
                embedderOrNull == null ? null : new EmbeddingParaphraseFinder(embedderOrNull));
        this.signals = embedderOrNull == null ? EventSignals.lexical() : EventSignals.withEmbedder(embedderOrNull);
    }

    /**
     * What a batch changes.
     *
     * @param update   the results to drop and add
     * @param analysed number of articles in the touched set (stored and new)
     * @param aligned  number of article pairs aligned
     */
    public record Outcome(ResultUpdate update, int analysed, int aligned) {
    }

    /**
     * Computes the update for {@code fresh} (distinct ids, not yet written) against the committed
     * {@code store}.
     *
     * @param candidates   stored article ids worth aligning with a new article
     * @param replaced     ids of {@code fresh} already stored (their old results are recomputed)
     * @param knownOutlets the outlets of the whole corpus, new articles included
     * @param timing       told each stage's name ({@link #STAGES}) and wall time in nanoseconds
     */
    public Outcome update(StemmaStore store, List<Article> fresh, Collection<String> candidates,
                          Collection<String> replaced, Set<String> knownOutlets, BiConsumer<String, Long> timing) {
        long t = System.nanoTime();
        Set<String> freshIds = new LinkedHashSet<>();
        fresh.forEach(a -> freshIds.add(a.id()));
        Set<String> touched = new LinkedHashSet<>(candidates);
        if (!replaced.isEmpty()) {
            for (Link l : store.linksOf(replaced)) {
                touched.add(l.a());
                touched.add(l.b());
            }
        }
        Set<String> storyKeys = new LinkedHashSet<>(touched);
        storyKeys.addAll(replaced);
        for (Story s : store.storiesOf(storyKeys)) {
            touched.addAll(s.articles());
        }
        touched.removeAll(freshIds);
        List<Article> all = new ArrayList<>(store.articlesInStoreOrder(touched));
        int stored = all.size();
        Set<String> storedIds = new HashSet<>();
        all.forEach(a -> storedIds.add(a.id()));
        all.addAll(fresh);
        t = lap(timing, "touched", t);

        // Pairs (i, j), i < j: a pair involves a new article iff j does, as those come last.
        long[] pairs = finder.candidates(all);
        LongList mine = new LongList(Math.max(16, pairs.length));
        for (long p : pairs) {
            if ((int) p >= stored) {
                mine.add(p);
            }
        }
        List<Link> newLinks = finder.link(all, mine.toArray());
        List<Link> links = new ArrayList<>();
        for (Link l : store.linksOf(storedIds)) {
            if (storedIds.contains(l.a()) && storedIds.contains(l.b())) {
                links.add(l);
            }
        }
        links.addAll(newLinks);
        t = lap(timing, "links", t);

        List<Story> stories = StoryBuilder.build(all, links, signals);
        t = lap(timing, "stories", t);

        List<Quote> freshQuotes = fresh.parallelStream().flatMap(a -> extractor.extract(a).stream()).toList();
        Map<String, QuoteFamily> dropped = new LinkedHashMap<>();
        for (QuoteFamily f : store.quotesOf(all.stream().map(Article::id).toList())) {
            dropped.put(f.id(), f);
        }
        List<QuoteFamily> families = List.of();
        for (int round = 0; round < MAX_COLLISION_ROUNDS; round++) {
            Set<Quote> quotes = new LinkedHashSet<>();
            for (QuoteFamily f : dropped.values()) {
                for (QuoteVariant v : f.variants()) {
                    if (!freshIds.contains(v.quote().article())) {
                        quotes.add(v.quote());
                    }
                }
            }
            quotes.addAll(freshQuotes);
            families = new QuoteFamilies().group(List.copyOf(quotes), embedder);
            // A new family with the id of a stored family left out (same wording and speaker)
            // would overwrite it: take that family's quotes in and group again.
            List<String> unseen = families.stream().map(QuoteFamily::id).filter(id -> !dropped.containsKey(id)).toList();
            List<QuoteFamily> clashing = unseen.isEmpty() ? List.of() : store.quoteFamilies(unseen);
            if (clashing.isEmpty()) {
                break;
            }
            clashing.forEach(f -> dropped.put(f.id(), f));
        }
        t = lap(timing, "quotes", t);

        List<Derivation> derivations = stories.isEmpty() ? List.of()
                : ProvenanceBuilder.build(all, links, families, stories, knownOutlets);
        lap(timing, "provenance", t);

        Set<String> allIds = new LinkedHashSet<>(storedIds);
        allIds.addAll(freshIds);
        ResultUpdate update = new ResultUpdate(Set.copyOf(replaced), newLinks, allIds, stories, derivations,
                dropped.keySet(), families);
        return new Outcome(update, all.size(), mine.size());
    }

    private static long lap(BiConsumer<String, Long> timing, String stage, long since) {
        long now = System.nanoTime();
        timing.accept(stage, now - since);
        return now;
    }
}
