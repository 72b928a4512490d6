package org.stemma.store;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongList;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.story.ArticleTerms;
import org.stemma.story.DocFrequencies;
import org.stemma.story.EventCandidates;
import org.stemma.story.EventSignals;
import org.stemma.story.EventVector;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokens;

/**
 * Brings the stored analysis up to date with a batch of new articles by doing only the new work,
 * around the new articles, so that a batch's cost does not grow with the stories it touches:
 *
 * <ol>
 * <li><b>Neighbourhood.</b> The stored candidates of the new articles, the stored articles
 * sharing two of a new article's same-event index keys, and the stored link partners of
 * replaced articles (read whole), plus every member of the <i>small</i> stories
 * (at most {@link #EXACT_LIMIT} articles) these belong to (read as heads), in store order,
 * followed by the new articles. Of a <i>big</i> story only the candidates are read.</li>
 * <li><b>Links.</b> The reuse finder's candidate pairs over the candidates and the new articles,
 * of which only the pairs with a new article are aligned ({@link ReuseFinder#link(List, long[])});
 * stored links are read back only for articles of small stories or of none.</li>
 * <li><b>Stories</b> by the {@link StoryAlgorithm} over the neighbourhood, weighed with the whole
 * store's document frequencies ({@link StoreFrequencies}), then made the stored
 * stories' new state by {@link StoryLedger}: small stories are replaced (they may grow, merge,
 * split); big stories keep all their members and take in the new ones; ids are kept.</li>
 * <li><b>Quote families</b> ({@link QuoteFamilies}) over the new articles' extracted quotes and
 * the stored quotes of every family touching the candidates (read, not re-extracted), plus any
 * stored family the regrouping would collide with by id.</li>
 * <li><b>Derivations</b> ({@link ProvenanceBuilder}) of the lineages that changed: a lineage of
 * at most {@link #EXACT_LIMIT} articles is rebuilt whole; in a larger one only the new articles
 * get their parent, chosen among the articles they are linked to (the stored articles keep
 * theirs).</li>
 * </ol>
 *
 * Where every story and lineage touched is small this gives what the
 * {@link org.stemma.analysis.Analyzer} gives on the same articles, story ids apart (a stored
 * story keeps the id it was born with). Around big stories it differs in documented ways: a big
 * story never splits, and a stored article's parent is not revisited when an article it copied
 * arrives later. Pure apart from reading the store.
 */
public final class IncrementalAnalysis {
    /** Stage names given to the timing listener. */
    public static final List<String> STAGES = List.of("touched", "links", "stories", "quotes", "provenance");
    /**
     * A story or lineage of at most this many articles is rebuilt whole when a batch touches it;
     * a larger one only around the new articles.
     */
    public static final int EXACT_LIMIT = 200;

    private static final int MAX_COLLISION_ROUNDS = 3;

    private final ReuseFinder finder;
    private final SentenceEmbedder embedder;
    private final StoryAlgorithm stories;
    /** The same-event signals (their posting cap chooses a new article's index keys). */
    private final EventSignals signals;
    private final int exactLimit;
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
        this(config, embedderOrNull, StoryAlgorithm.storyBuilder(config.eventSignals(embedderOrNull)));
    }

    /** As {@link #IncrementalAnalysis(AnalysisConfig, SentenceEmbedder)}, with another story algorithm. */
    public IncrementalAnalysis(AnalysisConfig config, SentenceEmbedder embedderOrNull, StoryAlgorithm stories) {
        this(config, embedderOrNull, stories, EXACT_LIMIT);
    }

    /** With another limit between small (rebuilt whole) and big stories and lineages (tests). */
    IncrementalAnalysis(AnalysisConfig config, SentenceEmbedder embedderOrNull, StoryAlgorithm stories, int exactLimit) {
        config.check(embedderOrNull);
        this.exactLimit = exactLimit;
        this.embedder = embedderOrNull;
        this.finder = config.reuseFinder(embedderOrNull);
        this.stories = Objects.requireNonNull(stories, "stories");
        this.signals = config.eventSignals(embedderOrNull);
    }

    /**
     * What a batch changes.
     *
     * @param update   the results to drop and add
     * @param analysed number of articles in the neighbourhood (stored and new)
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
        Map<String, Set<String>> all = new HashMap<>();
        Set<String> shared = Set.copyOf(candidates);
        fresh.forEach(a -> all.put(a.id(), shared));
        return update(store, fresh, all, replaced, knownOutlets, timing);
    }

    /**
     * As {@link #update(StemmaStore, List, Collection, Collection, Set, BiConsumer)}, with each
     * new article's own candidates: a new article is aligned with its own candidates (and the
     * other new articles) only, so a batch aligns at most its size times the candidates per
     * article, however many articles those candidates' stories hold.
     *
     * @param candidatesOf for each new article, the stored article ids worth aligning with it
     */
    public Outcome update(StemmaStore store, List<Article> fresh, Map<String, ? extends Collection<String>> candidatesOf,
                          Collection<String> replaced, Set<String> knownOutlets, BiConsumer<String, Long> timing) {
        long t = System.nanoTime();
        Set<String> candidates = new LinkedHashSet<>();
        for (Article a : fresh) {
            Collection<String> own = candidatesOf.get(a.id());
            if (own != null) {
                candidates.addAll(own);
            }
        }
        Set<String> freshIds = new LinkedHashSet<>();
        fresh.forEach(a -> freshIds.add(a.id()));
        for (String id : freshIds) {
            entities.remove(id);
        }
        // The whole store's same-event frequencies as the batch leaves it, and the stored articles
        // sharing index keys with a new article: its same-event candidates in a whole-corpus run.
        long corpus = store.articleCount() + fresh.size() - replaced.size();
        List<ArticleTerms> freshTerms = fresh.stream().map(a -> ArticleTerms.of(a, entitiesOf(a))).toList();
        List<ArticleTerms> oldTerms = replaced.isEmpty() ? List.of() : store.articles(replaced).stream()
                .map(a -> ArticleTerms.of(a, StoryBuilder.entities(a))).toList();
        StoreFrequencies frequencies = new StoreFrequencies(store, freshTerms, oldTerms, corpus);
        // The articles that may pair with a new one: the candidates and the partners of replaced
        // articles, read whole; the other members of their small stories only as the story
        // algorithm reads them (headline line, names), whole again only if their lineage is rebuilt.
        Set<String> pairable = new LinkedHashSet<>(candidates);
        if (!replaced.isEmpty()) {
            for (Link l : store.linksOf(replaced)) {
                pairable.add(l.a());
                pairable.add(l.b());
            }
        }
        pairable.addAll(eventCandidates(store, freshTerms, frequencies));
        pairable.removeAll(freshIds);
        Set<String> storyKeys = new LinkedHashSet<>(pairable);
        storyKeys.addAll(replaced);
        List<Story> oldStories = store.storiesOf(storyKeys);
        Set<String> big = new HashSet<>();
        Set<String> bigMembers = new HashSet<>();
        Set<String> touched = new LinkedHashSet<>(pairable);
        for (Story s : oldStories) {
            if (s.articles().size() > exactLimit) {
                big.add(s.id());
                bigMembers.addAll(s.articles());
            } else {
                touched.addAll(s.articles());
            }
        }
        touched.removeAll(freshIds);
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
            } else {
                // The same-event model reads the whole text (its TF-IDF), not the head: read whole.
                Article a = store.article(h.article().id()).orElse(h.article());
                whole.put(a.id(), a);
                all.set(all.size() - 1, a);
                if (h.entities() != null) {
                    cacheEntities(h.article().id(), h.entities());
                }
            }
        }
        int stored = near.size();
        near.addAll(fresh);
        all.addAll(fresh);
        fresh.forEach(a -> whole.put(a.id(), a));
        t = lap(timing, "touched", t);

        // Pairs (i, j), i < j: a pair involves a new article iff j does, as those come last.
        // Common phrases (the evidence rule's) are judged over the neighbourhood, not the corpus.
        // Each neighbourhood text tokenised once, for candidates, links, quotes and provenance.
        Tokens[] tokens = FurnitureFinder.tokens(near);
        ReuseFinder.Candidates cands = finder.candidateSet(near, tokens);
        long[] pairs = cands.pairs();
        LongList mine = new LongList(Math.max(16, pairs.length));
        for (long p : pairs) {
            int i = (int) (p >>> 32);
            int j = (int) p;
            // a new article with another new one, or with one of its own candidates
            if (j >= stored && (i >= stored || isCandidate(candidatesOf.get(near.get(j).id()), near.get(i).id()))) {
                mine.add(p);
            }
        }
        List<Link> newLinks = finder.withCommonPhrases(cands.common()).link(near, mine.toArray(), tokens);
        // Stored links among the neighbourhood, except between two members of a big story (those
        // are many, and the story's stored lineages already say what they join).
        Set<String> linkKeys = new HashSet<>(storedIds);
        linkKeys.removeAll(bigMembers);
        List<Link> links = new ArrayList<>();
        for (Link l : store.linksOf(linkKeys)) {
            if (storedIds.contains(l.a()) && storedIds.contains(l.b())) {
                links.add(l);
            }
        }
        links.addAll(newLinks);
        t = lap(timing, "links", t);

        // The stories read the neighbourhood's tokens; the other articles' texts are tokenised there.
        Map<String, Integer> nearIndex = new HashMap<>();
        for (int i = 0; i < near.size(); i++) {
            nearIndex.put(near.get(i).id(), i);
        }
        Tokens[] allTokens = new Tokens[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Integer k = nearIndex.get(all.get(i).id());
            allTokens[i] = k == null ? null : tokens[k];
        }
        List<Story> local = stories.stories(all, links, corpus, frequencies::of, this::entitiesOf, allTokens);
        StoryLedger.Outcome ledger = StoryLedger.reconcile(oldStories, big, local, Set.copyOf(replaced),
                store::storyIdTaken);
        t = lap(timing, "stories", t);

        List<Quote> freshQuotes = QuoteExtractor.extractAll(fresh, Arrays.copyOfRange(tokens, stored, near.size()));
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

        Map<String, Tokens> tokensById = new HashMap<>();
        for (int i = 0; i < near.size(); i++) {
            tokensById.put(near.get(i).id(), tokens[i]);
        }
        tokens = null;
        Provenance p = provenance(store, oldStories, ledger.stories(), freshIds, Set.copyOf(replaced), whole, newLinks,
                families, dropped.keySet(), knownOutlets, tokensById);
        lap(timing, "provenance", t);

        Set<String> allIds = new LinkedHashSet<>(storedIds);
        allIds.addAll(freshIds);
        ResultUpdate update = new ResultUpdate(Set.copyOf(replaced), newLinks, allIds, ledger.stories(), p.dropped(),
                p.derivations(), dropped.keySet(), families, ledger.aliases());
        return new Outcome(update, all.size(), mine.size());
    }

    /**
     * The stored articles sharing at least {@link EventCandidates#MIN_SHARED_KEYS} of a new
     * article's same-event index keys (chosen with the whole store's frequencies).
     */
    private Set<String> eventCandidates(StemmaStore store, List<ArticleTerms> freshTerms, StoreFrequencies frequencies) {
        Set<String> out = new LinkedHashSet<>();
        if (freshTerms.isEmpty()) {
            return out;
        }
        DocFrequencies df = frequencies.of(freshTerms.toArray(ArticleTerms[]::new));
        long cap = signals.postingCap(frequencies.documents());
        for (ArticleTerms t : freshTerms) {
            out.addAll(store.eventCandidates(EventVector.of(t, df, cap, null).keys(), EventCandidates.MIN_SHARED_KEYS));
        }
        return out;
    }

    private static boolean isCandidate(Collection<String> own, String id) {
        return own != null && own.contains(id);
    }

    /** Derivations to add, and the articles whose stored derivations (as source or copy) are dropped. */
    private record Provenance(List<Derivation> derivations, Set<String> dropped) {
    }

    /** Articles a rebuilt provenance group may grow to by following links (a bound on one batch's work). */
    static final int GROUP_LIMIT = 5_000;

    /**
     * Derivations are per provenance group (articles joined by links, {@link ProvenanceBuilder#groups}):
     * the groups of the lineages that changed (new members, merged, split) and of the new and
     * replaced articles are rebuilt whole, found by following stored and new links from them; a
     * big lineage only around its new members; the derivations of the others stay.
     */
    private Provenance provenance(StemmaStore store, List<Story> oldStories, List<Story> newStories,
                                  Set<String> freshIds, Set<String> replaced, Map<String, Article> whole,
                                  List<Link> newLinks, List<QuoteFamily> families, Set<String> familiesDropped,
                                  Set<String> knownOutlets, Map<String, Tokens> tokens) {
        Set<Set<String>> before = new HashSet<>();
        oldStories.forEach(st -> st.lineages().forEach(l -> before.add(Set.copyOf(l))));
        Set<Set<String>> after = new HashSet<>();
        List<List<String>> exact = new ArrayList<>();
        List<Set<String>> grown = new ArrayList<>();
        for (Story st : newStories) {
            for (List<String> l : st.lineages()) {
                Set<String> members = Set.copyOf(l);
                after.add(members);
                if (before.contains(members)) {
                    continue;
                }
                if (l.size() <= exactLimit) {
                    exact.add(l);
                } else {
                    grown.add(members);
                }
            }
        }
        Set<String> dropped = new LinkedHashSet<>(freshIds);
        dropped.addAll(replaced);
        exact.forEach(dropped::addAll);
        for (Set<String> l : before) {
            // a lineage gone (split, merged into a small one, left): its derivations go, unless
            // it grew into a big lineage whose old members keep theirs
            if (!after.contains(l) && grown.stream().noneMatch(g -> g.containsAll(l))) {
                dropped.addAll(l);
            }
        }
        List<Derivation> derivations = new ArrayList<>();
        // The seeds of the whole groups: changed small lineages, new and replaced articles outside
        // big lineages; their groups follow the links (a derivation may follow a link too weak to
        // join a lineage).
        Set<String> seeds = new HashSet<>();
        exact.forEach(seeds::addAll);
        for (String id : dropped) {
            if (grown.stream().noneMatch(g -> g.contains(id))) {
                seeds.add(id);
            }
        }
        if (!seeds.isEmpty()) {
            Set<String> members = new LinkedHashSet<>(seeds);
            Set<String> frontier = new HashSet<>(seeds);
            while (!frontier.isEmpty() && members.size() <= GROUP_LIMIT) {
                Set<String> next = new HashSet<>();
                List<Link> around = new ArrayList<>(store.linksOf(frontier.stream().filter(id -> !freshIds.contains(id))
                        .toList()));
                around.addAll(newLinks);
                for (Link l : around) {
                    if (frontier.contains(l.a()) || frontier.contains(l.b())) {
                        for (String x : List.of(l.a(), l.b())) {
                            // a big lineage keeps its own, partial rebuild (below)
                            if (grown.stream().noneMatch(g -> g.contains(x)) && members.add(x)) {
                                next.add(x);
                            }
                        }
                    }
                }
                frontier = next;
            }
            dropped.addAll(members);
            List<Link> links = new ArrayList<>(store.linksWithin(members, 0, Integer.MAX_VALUE).items());
            newLinks.stream().filter(l -> members.contains(l.a()) && members.contains(l.b())).forEach(links::add);
            derivations.addAll(build(store, members, List.of(List.copyOf(members)), links, whole, freshIds, families,
                    familiesDropped, knownOutlets, tokens));
        }
        for (Set<String> g : grown) {
            // the new members and the stored articles they are linked to, with the new links only:
            // each new article's parent is chosen among its linked articles; stored ones keep theirs
            Set<String> members = new LinkedHashSet<>();
            List<Link> links = new ArrayList<>();
            for (Link l : newLinks) {
                if (g.contains(l.a()) && g.contains(l.b())) {
                    links.add(l);
                    members.add(l.a());
                    members.add(l.b());
                }
            }
            if (members.size() > 1) {
                List<String> lineage = members.stream().sorted().toList();
                for (Derivation d : build(store, members, List.of(lineage), links, whole, freshIds, families,
                        familiesDropped, knownOutlets, tokens)) {
                    if (freshIds.contains(d.copy())) {
                        derivations.add(d);
                    }
                }
            }
        }
        return new Provenance(derivations, dropped);
    }

    /**
     * The derivations of {@code lineages} (over {@code members}, stored ones in store order, then
     * the new ones), with the regrouped quote families and the stored others of those articles.
     */
    private static List<Derivation> build(StemmaStore store, Set<String> members, List<List<String>> lineages,
                                          List<Link> links, Map<String, Article> whole, Set<String> freshIds,
                                          List<QuoteFamily> families, Set<String> familiesDropped,
                                          Set<String> knownOutlets, Map<String, Tokens> tokens) {
        List<String> storedMembers = members.stream().filter(id -> !freshIds.contains(id)).toList();
        store.articles(storedMembers.stream().filter(id -> !whole.containsKey(id)).toList())
                .forEach(a -> whole.put(a.id(), a));
        List<Article> articles = new ArrayList<>();
        for (String id : store.idsInStoreOrder(storedMembers)) {
            articles.add(whole.get(id));
        }
        for (String id : freshIds) {
            if (members.contains(id)) {
                articles.add(whole.get(id));
            }
        }
        List<QuoteFamily> fams = new ArrayList<>(families);
        for (QuoteFamily f : store.quotesOf(members)) {
            if (!familiesDropped.contains(f.id())) {
                fams.add(f);
            }
        }
        Story carrier = new Story("changed-lineages", null, List.copyOf(members), lineages, null, null, List.of());
        // The neighbourhood's tokens where it has the article (CopyText checks they are of its text).
        Tokens[] given = articles.stream().map(a -> tokens.get(a.id())).toArray(Tokens[]::new);
        return ProvenanceBuilder.build(articles, links, fams, List.of(carrier), knownOutlets, given);
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
