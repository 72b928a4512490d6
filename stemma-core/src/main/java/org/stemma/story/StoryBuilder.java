package org.stemma.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Groups articles into stories: articles about one news event, all of them and nothing else.
 *
 * <ol>
 * <li>Each article is read as an {@link EventVector} (TF-IDF of its text and of its title and
 *     lead over the corpus, names, day, head embedding).</li>
 * <li>Candidate pairs come from an inverted index of each article's top terms within a date
 *     window ({@link EventCandidates}), never all pairs; a learnt model
 *     ({@link SameEventModel}) gives each the probability that it reports one event.</li>
 * <li>Lineages (articles joined by substantial shared text, {@link Lineages#joins}) stay whole
 *     only where the model agrees the linked articles report one event (probability at least
 *     {@link #LINEAGE_AGREEMENT}): shared site furniture or a stock paragraph does not force
 *     two events into one story.</li>
 * <li>Groups merge by average linkage, most cohesive first, while the mean probability over
 *     all their cross pairs reaches the model's threshold ({@link EventClusters}); a story has
 *     two or more articles.</li>
 * </ol>
 */
public final class StoryBuilder {

    private StoryBuilder() {
    }

    /**
     * Least probability at which a lineage link's two articles count as one event: more likely
     * than not. The model is fitted on candidate pairs; a linked pair that the index does not
     * propose (two copies of a wire story carried by more outlets than the posting cap, or two
     * pages sharing only furniture) is judged too, and the average-linkage threshold, chosen for
     * means over many pairs, is too low a bar for one pair (two unrelated reports of one day
     * score about 0.45).
     */
    public static final double LINEAGE_AGREEMENT = 0.5;

    /**
     * A judged pair of articles.
     *
     * @param probability the model's probability that {@code a} and {@code b} report one event
     */
    public record EventPair(String a, String b, double probability) implements java.io.Serializable {
    }

    /** The stories of {@code articles}, largest first. Pure. */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals) {
        return build(articles, links, signals, StoryBuilder::entities);
    }

    /**
     * As {@link #build(List, List, EventSignals)}, reading each article's body words from
     * {@code bodyTokensOrNull[i]} (the analysis's tokens of article {@code i}'s text) instead of
     * tokenising it again; null tokenises. Same stories.
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    Tokens[] bodyTokensOrNull) {
        StoryCorpus corpus = StoryCorpus.unembedded(articles, signals, StoryCorpus::frequencies,
                bodyTokensOrNull);
        List<EventPair> events = eventPairs(corpus, links, signals);
        return build(articles, links, events, signals.model(), corpus::entities);
    }

    /**
     * As {@link #build(List, List, EventSignals)}, with each article's names given by
     * {@code entitiesOf} (which must equal {@link #entities(Article)}; lets a caller that sees
     * the same articles again reuse them).
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    Function<Article, NamedEntities> entitiesOf) {
        return build(articles, links, signals, entitiesOf, StoryCorpus::frequencies);
    }

    /**
     * As {@link #build(List, List, EventSignals, Function)}, with the document frequencies of
     * a larger corpus these articles are part of (see {@link StoryCorpus#of(List, EventSignals,
     * Function, Function)}).
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    Function<Article, NamedEntities> entitiesOf,
                                    Function<ArticleTerms[], DocFrequencies> frequencies) {
        return build(articles, links, signals, entitiesOf, frequencies, null);
    }

    /**
     * As {@link #build(List, List, EventSignals, Function, Function)}, reading each article's body
     * words from {@code bodyTokensOrNull[i]} (the caller's tokens of article {@code i}'s text; a
     * null entry tokenises it) instead of tokenising it again. Same stories.
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    Function<Article, NamedEntities> entitiesOf,
                                    Function<ArticleTerms[], DocFrequencies> frequencies,
                                    Tokens[] bodyTokensOrNull) {
        StoryCorpus corpus = StoryCorpus.unembedded(articles, signals, entitiesOf, frequencies, bodyTokensOrNull);
        List<EventPair> events = eventPairs(corpus, links, signals);
        return build(articles, links, events, signals.model(), corpus::entities);
    }

    /** The names the model reads in an article: those of its title and text. */
    public static NamedEntities entities(Article a) {
        return NamedEntities.of(a.title() == null ? a.text() : a.title() + "\n" + a.text());
    }

    /**
     * As {@link #entities(Article)}, from the tokens of {@code a}'s title ({@code title}, ignored
     * if it has none) and of its text ({@code body}): the same names, no text tokenised again.
     */
    static NamedEntities entities(Article a, Tokens title, Tokens body) {
        return NamedEntities.of(a.title() == null ? body : Tokenizer.joinLines(title, body));
    }

    /**
     * As {@link #entities(Article)}, given the tokens of {@code a}'s text if the caller has them
     * (null, or tokens of another text, tokenises it).
     */
    public static NamedEntities entities(Article a, Tokens bodyOrNull) {
        Tokens body = bodyOrNull != null && bodyOrNull.text().equals(a.text()) ? bodyOrNull : Tokenizer.tokenize(a.text());
        return entities(a, Tokenizer.tokenize(a.title() == null ? "" : a.title()), body);
    }

    /**
     * The judged pairs of a corpus: its candidate pairs at or above
     * {@link EventCandidates#MIN_PROBABILITY}, and every pair joined by a lineage link
     * ({@link Lineages#joins}) whatever its probability, each once, in a deterministic order.
     * With an embedder, heads are embedded (in one batch) only for the articles of these pairs
     * whose cosine can matter ({@link #headsNeeded}): the same pairs and probabilities as with
     * every head embedded.
     */
    public static List<EventPair> eventPairs(StoryCorpus corpus, List<Link> links, EventSignals signals) {
        long[] candidates = EventCandidates.candidates(corpus, signals.windowDays());
        List<long[]> lineagePairs = lineagePairs(corpus, links);
        StoryCorpus judged = corpus.withHeads(headsNeeded(corpus, candidates, lineagePairs, signals),
                signals.embedder());
        List<EventCandidates.Scored> scored = EventCandidates.judge(judged, candidates, signals.model());
        List<EventPair> out = new ArrayList<>(scored.size());
        for (EventCandidates.Scored s : scored) {
            out.add(new EventPair(judged.article(s.i()).id(), judged.article(s.j()).id(), s.probability()));
        }
        if (!lineagePairs.isEmpty()) {
            Set<Long> proposed = new java.util.HashSet<>();
            for (EventCandidates.Scored s : scored) {
                proposed.add(key(s.i(), s.j()));
            }
            for (long[] p : lineagePairs) {
                int i = (int) p[0];
                int j = (int) p[1];
                if (!proposed.contains(key(i, j))) {
                    out.add(new EventPair(judged.article(i).id(), judged.article(j).id(),
                            signals.model().probability(judged.features(i, j))));
                }
            }
        }
        return out;
    }

    /**
     * The articles whose heads the model reads: both of every lineage pair (judged whatever its
     * probability) and of every candidate pair that could reach
     * {@link EventCandidates#MIN_PROBABILITY} ({@link SameEventModel#needsHeads}); none without
     * an embedder. An article in no such pair is never compared by its head.
     */
    static java.util.BitSet headsNeeded(StoryCorpus corpus, long[] candidates, List<long[]> lineagePairs,
                                        EventSignals signals) {
        if (signals.embedder() == null) {
            return new java.util.BitSet();
        }
        java.util.BitSet need = EventCandidates.needingHeads(corpus, candidates, signals.model());
        for (long[] p : lineagePairs) {
            need.set((int) p[0]);
            need.set((int) p[1]);
        }
        return need;
    }

    /** The pairs (i &lt; j) of corpus articles joined by a lineage link, each once, in link order. */
    private static List<long[]> lineagePairs(StoryCorpus corpus, List<Link> links) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            index.putIfAbsent(corpus.article(i).id(), i);
        }
        Set<Long> seen = new java.util.HashSet<>();
        List<long[]> out = new ArrayList<>();
        for (Link l : links) {
            Integer a = index.get(l.a());
            Integer b = index.get(l.b());
            if (a != null && b != null && !a.equals(b) && Lineages.joins(l)) {
                int i = Math.min(a, b);
                int j = Math.max(a, b);
                if (seen.add(key(i, j))) {
                    out.add(new long[] {i, j});
                }
            }
        }
        return out;
    }

    /**
     * Average-linkage groups of {@code n} items over judged pairs {@code (a[k], b[k])} of
     * probability {@code p[k]} at {@code threshold}, with no lineage: for every item, the
     * smallest item index of its group (evaluation and peers cluster with this).
     */
    public static int[] groups(int n, int[] a, int[] b, double[] p, double threshold) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] weight = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            weight[k] = (int) Math.round(p[k] * EventClusters.SCALE);
        }
        return EventClusters.merge(parent, a, b, weight, threshold);
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    /**
     * The stories of {@code articles} given their judged pairs (as found by {@link #eventPairs},
     * possibly over a larger corpus: pairs naming other articles are ignored), largest first.
     * Pure.
     */
    public static List<Story> build(List<Article> articles, List<Link> links, List<EventPair> events,
                                    SameEventModel model) {
        NamedEntities[] names = new NamedEntities[articles.size()];
        return build(articles, links, events, model, i -> {
            if (names[i] == null) {
                names[i] = entities(articles.get(i));
            }
            return names[i];
        });
    }

    private static List<Story> build(List<Article> articles, List<Link> links, List<EventPair> events,
                                     SameEventModel model, IntFunction<NamedEntities> entitiesOf) {
        int n = articles.size();
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids.add(articles.get(i).id());
            index.putIfAbsent(articles.get(i).id(), i);
        }
        int m = 0;
        int[] pa = new int[events.size()];
        int[] pb = new int[events.size()];
        int[] weight = new int[events.size()];
        Map<Long, Integer> agreeing = new HashMap<>(); // lineage-link pairs -> their weight
        for (EventPair e : events) {
            Integer i = index.get(e.a());
            Integer j = index.get(e.b());
            if (i != null && j != null && !i.equals(j)) {
                pa[m] = Math.min(i, j);
                pb[m] = Math.max(i, j);
                weight[m] = (int) Math.round(e.probability() * EventClusters.SCALE);
                m++;
            }
        }
        // Lineage links join only where the model agrees the two articles report one event.
        List<Link> joining = new ArrayList<>();
        for (Link l : links) {
            Integer a = index.get(l.a());
            Integer b = index.get(l.b());
            if (a != null && b != null && !a.equals(b) && Lineages.joins(l)) {
                agreeing.put(key(Math.min(a, b), Math.max(a, b)), -1);
                joining.add(l);
            }
        }
        if (!agreeing.isEmpty()) {
            for (int k = 0; k < m; k++) {
                int wk = weight[k];
                agreeing.computeIfPresent(key(pa[k], pb[k]), (x, w) -> Math.max(w, wk));
            }
        }
        int threshold = (int) Math.ceil(Math.max(model.threshold(), LINEAGE_AGREEMENT) * EventClusters.SCALE);
        List<Link> agreed = new ArrayList<>();
        for (Link l : joining) {
            int a = index.get(l.a());
            int b = index.get(l.b());
            if (agreeing.get(key(Math.min(a, b), Math.max(a, b))) >= threshold) {
                agreed.add(l);
            }
        }
        List<List<String>> lineages = Lineages.of(ids, agreed);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (List<String> lineage : lineages) {
            int first = index.get(lineage.get(0));
            for (String id : lineage) {
                Lineages.union(parent, first, index.get(id));
            }
        }
        int[] group = EventClusters.merge(parent, java.util.Arrays.copyOf(pa, m), java.util.Arrays.copyOf(pb, m),
                java.util.Arrays.copyOf(weight, m), model.threshold());
        // Each article's summed weight to the other members of its group: the representative
        // headline is the one of the article closest to the rest.
        long[] strength = new long[n];
        for (int k = 0; k < m; k++) {
            if (group[pa[k]] == group[pb[k]]) {
                strength[pa[k]] += weight[k];
                strength[pb[k]] += weight[k];
            }
        }
        PublishedTime[] times = new PublishedTime[n];
        for (int i = 0; i < n; i++) {
            times[i] = PublishedTime.parse(articles.get(i).published());
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<List<String>>> lineagesOf = new HashMap<>();
        for (List<String> l : lineages) {
            lineagesOf.computeIfAbsent(group[index.get(l.get(0))], k -> new ArrayList<>()).add(l);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() > 1) {
                stories.add(story(g, articles, times, strength,
                        lineagesOf.getOrDefault(group[g.get(0)], List.of()), entitiesOf));
            }
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return stories;
    }

    /** The story of {@code members}, whose lineages are {@code own}. */
    private static Story story(List<Integer> members, List<Article> articles, PublishedTime[] times,
                               long[] strength, List<List<String>> own, IntFunction<NamedEntities> entitiesOf) {
        List<String> ids = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        int earliest = -1;
        int latest = -1;
        for (int i : members) {
            Article a = articles.get(i);
            ids.add(a.id());
            if (a.outlet() != null && !a.outlet().isBlank()) {
                outlets.add(a.outlet());
            }
            if (times[i] != null) {
                if (earliest < 0 || times[i].epochSecond() < times[earliest].epochSecond()) {
                    earliest = i;
                }
                if (latest < 0 || times[i].epochSecond() > times[latest].epochSecond()) {
                    latest = i;
                }
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.naturalOrder());
        String id = "story-" + String.format("%016x", Tokenizer.fnv1a64(String.join("\u0000", sorted)))
                .substring(0, 12);
        return new Story(id, StoryLabel.headline(members, articles, times, strength), ids, own,
                earliest < 0 ? null : articles.get(earliest).published(),
                latest < 0 ? null : articles.get(latest).published(), List.copyOf(outlets),
                StoryLabel.names(members, articles, entitiesOf));
    }
}
