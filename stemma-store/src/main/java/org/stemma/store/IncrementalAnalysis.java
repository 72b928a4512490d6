package org.stemma.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.AnalysisConfig;
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
import org.stemma.story.NamedEntities;
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
    /**
     * Names of recently seen articles (a story touched again is rebuilt without re-reading its
     * members' names), least recently used first out.
     */
    private final Map<String, NamedEntities> entities = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NamedEntities> eldest) {
            return size() > ENTITY_CACHE;
        }
    };
    private static final int ENTITY_CACHE = 200_000;

    /**
     * @param reuse          parameters of lexical reuse detection (as the Analyzer's)
     * @param embedderOrNull sentence embedder for paraphrase passages, events and reworded quotes;
     *                       null for lexical signals only
     */
    public IncrementalAnalysis(ReuseOptions reuse, SentenceEmbedder embedderOrNull) {
        this(AnalysisConfig.defaults().withReuse(Objects.requireNonNull(reuse, "reuse"))
                .withEmbed(embedderOrNull != null), embedderOrNull);
    }

    /**
     * @param config         what the analysis uses (as the Analyzer's)
     * @param embedderOrNull the model, given exactly when {@code config.embed()}
     */
    public IncrementalAnalysis(AnalysisConfig config, SentenceEmbedder embedderOrNull) {
        config.check(embedderOrNull);
        this.embedder = embedderOrNull;
        this.finder = config.reuseFinder(embedderOrNull);
        this.signals = config.eventSignals(embedderOrNull);
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
        List<Story> oldStories = store.storiesOf(storyKeys);
        for (Story s : oldStories) {
            touched.addAll(s.articles());
        }
        touched.removeAll(freshIds);
        // The articles that may pair with a new one: the candidates (and partners of replaced
        // articles), read whole; the other members of their stories only as the story builder
        // reads them (headline line, names), whole again only if their lineage must be rebuilt.
        Set<String> pairable = new HashSet<>(candidates);
        if (!replaced.isEmpty()) {
            for (Link l : store.linksOf(replaced)) {
                pairable.add(l.a());
                pairable.add(l.b());
            }
        }
        pairable.removeAll(freshIds);
        for (String id : freshIds) {
            entities.remove(id);
        }
        Map<String, Article> whole = new HashMap<>();
        for (Article a : store.articles(pairable)) {
            whole.put(a.id(), a);
        }
        List<Article> all = new ArrayList<>();
        List<Article> near = new ArrayList<>();
        Set<String> storedIds = new HashSet<>();
        for (StemmaStore.Head h : store.headsInStoreOrder(touched)) {
            Article full = whole.get(h.article().id());
            all.add(full != null ? full : h.article());
            storedIds.add(h.article().id());
            if (full != null) {
                near.add(full);
            } else if (h.entities() != null) {
                cacheEntities(h.article().id(), h.entities());
            } else {
                // stored before heads were kept: read whole
                Article a = store.article(h.article().id()).orElse(h.article());
                whole.put(a.id(), a);
                all.set(all.size() - 1, a);
            }
        }
        int stored = near.size();
        near.addAll(fresh);
        all.addAll(fresh);
        fresh.forEach(a -> whole.put(a.id(), a));
        t = lap(timing, "touched", t);

        // Pairs (i, j), i < j: a pair involves a new article iff j does, as those come last.
        long[] pairs = finder.candidates(near);
        LongList mine = new LongList(Math.max(16, pairs.length));
        for (long p : pairs) {
            if ((int) p >= stored) {
                mine.add(p);
            }
        }
        List<Link> newLinks = finder.link(near, mine.toArray());
        List<Link> links = new ArrayList<>();
        for (Link l : store.linksOf(storedIds)) {
            if (storedIds.contains(l.a()) && storedIds.contains(l.b())) {
                links.add(l);
            }
        }
        links.addAll(newLinks);
        t = lap(timing, "links", t);

        // The event rule's posting cap is the whole corpus's: a name carried by more stored and
        // new articles than the cap for the corpus's size proposes no pair, as in a whole-corpus run.
        long corpus = store.articleCount() + fresh.size() - replaced.size();
        long cap = signals.postingCap(corpus);
        Map<String, Integer> freshNames = new HashMap<>();
        for (Article a : fresh) {
            for (String name : entitiesOf(a).names()) {
                freshNames.merge(name, 1, Integer::sum);
            }
        }
        Map<String, Boolean> usable = new HashMap<>();
        Predicate<String> proposes = name -> usable.computeIfAbsent(name, n ->
                store.nameFrequencies(List.of(n)).getOrDefault(n, 0) + freshNames.getOrDefault(n, 0) <= cap);
        EventSignals partSignals = new EventSignals(signals.embedder(), signals.windowDays(), signals.minOverlap(),
                signals.minCosine(), (cap + 0.5) / Math.max(1, all.size()));
        List<Story> stories = StoryBuilder.build(all, links, partSignals, proposes, this::entitiesOf);
        t = lap(timing, "stories", t);

        List<Quote> freshQuotes = QuoteExtractor.extractAll(fresh);
        // Families regrouped: those with a quote in a new article, a candidate or a replaced
        // article (a new quote's family is among them unless its other instances are all in
        // articles with no text in common with the new one).
        Set<String> quoteKeys = new LinkedHashSet<>(candidates);
        quoteKeys.addAll(replaced);
        quoteKeys.addAll(freshIds);
        Map<String, QuoteFamily> dropped = new LinkedHashMap<>();
        for (QuoteFamily f : store.quotesOf(quoteKeys)) {
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

        // Derivations are per lineage: only lineages that changed (new members, merged, split)
        // are rebuilt; the derivations of the others stay as stored.
        Set<Set<String>> before = new HashSet<>();
        oldStories.forEach(st -> st.lineages().forEach(l -> before.add(Set.copyOf(l))));
        Set<Set<String>> after = new HashSet<>();
        List<List<String>> changed = new ArrayList<>();
        for (Story st : stories) {
            for (List<String> l : st.lineages()) {
                Set<String> members = Set.copyOf(l);
                after.add(members);
                if (!before.contains(members)) {
                    changed.add(l);
                }
            }
        }
        Set<String> derivationKeys = new LinkedHashSet<>(freshIds);
        changed.forEach(derivationKeys::addAll);
        for (Set<String> l : before) {
            if (!after.contains(l)) {
                derivationKeys.addAll(l);
            }
        }
        List<Derivation> derivations = List.of();
        if (!changed.isEmpty()) {
            Set<String> members = new HashSet<>();
            changed.forEach(members::addAll);
            List<String> missing = members.stream().filter(id -> !whole.containsKey(id)).toList();
            store.articles(missing).forEach(a -> whole.put(a.id(), a));
            List<Article> lineageArticles = all.stream().filter(a -> members.contains(a.id()))
                    .map(a -> whole.getOrDefault(a.id(), a)).toList();
            // the quote families of the lineages' articles: the regrouped ones and the stored others
            List<QuoteFamily> fams = new ArrayList<>(families);
            for (QuoteFamily f : store.quotesOf(members)) {
                if (!dropped.containsKey(f.id())) {
                    fams.add(f);
                }
            }
            Story carrier = new Story("changed-lineages", null, List.copyOf(members), changed, null, null, List.of());
            derivations = ProvenanceBuilder.build(lineageArticles, links, fams, List.of(carrier), knownOutlets);
        }
        lap(timing, "provenance", t);

        Set<String> allIds = new LinkedHashSet<>(storedIds);
        allIds.addAll(freshIds);
        ResultUpdate update = new ResultUpdate(Set.copyOf(replaced), newLinks, allIds, stories, derivationKeys,
                derivations, dropped.keySet(), families);
        return new Outcome(update, all.size(), mine.size());
    }

    private void cacheEntities(String id, NamedEntities e) {
        synchronized (entities) {
            entities.putIfAbsent(id, e);
        }
    }

    /** The article's names for the event rule, cached by id (a new version of an id evicts it). */
    private NamedEntities entitiesOf(Article a) {
        NamedEntities e;
        synchronized (entities) {
            e = entities.get(a.id());
        }
        if (e == null) {
            // Read outside the lock: the stories stage calls this from several threads.
            e = StoryBuilder.entities(a);
            cacheEntities(a.id(), e);
        }
        return e;
    }

    private static long lap(BiConsumer<String, Long> timing, String stage, long since) {
        long now = System.nanoTime();
        timing.accept(stage, now - since);
        return now;
    }
}
