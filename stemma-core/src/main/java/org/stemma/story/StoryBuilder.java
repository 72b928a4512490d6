package org.stemma.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;

/**
 * Groups articles into stories. Lineages (articles joined by substantial shared text, see
 * {@link Lineages}) always belong to one story; beyond them, two articles report the same event
 * when their publication dates (if both known) are within the window and they name the same
 * person with enough overlap of their other names (places, organisations), or, with an
 * embedder, when their leads are close in meaning and they share some names. Stories are the
 * connected groups of two or more articles.
 */
public final class StoryBuilder {

    private static final int LEAD_CHARS = 400;

    private StoryBuilder() {
    }

    /**
     * Share of possible same-event pairs between two groups needed to merge them (average
     * linkage on the same-event relation). Merging on any single pair would chain a whole
     * campaign's coverage into one "story" through articles that each share a name with the
     * next; requiring half the cross pairs keeps a story about one event.
     */
    public static final double MIN_COHESION = 0.5;

    /** Two articles found to report the same event. */
    public record EventPair(String a, String b) {
    }

    /** The stories of {@code articles}, largest first. Pure. */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals) {
        return build(articles, links, eventPairs(articles, signals));
    }

    /**
     * As {@link #build(List, List, EventSignals)}, for a part of a corpus: a name for which
     * {@code proposes} is false (e.g. one carried by more articles of the whole corpus than the
     * posting cap allows) proposes no same-event pair, so the part gives the pairs the whole would.
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    java.util.function.Predicate<String> proposes) {
        return build(articles, links, signals, proposes, StoryBuilder::entities);
    }

    /**
     * As {@link #build(List, List, EventSignals, java.util.function.Predicate)}, with each
     * article's names given by {@code entitiesOf} (which must equal {@link #entities(Article)};
     * lets a caller that sees the same articles again reuse them).
     */
    public static List<Story> build(List<Article> articles, List<Link> links, EventSignals signals,
                                    java.util.function.Predicate<String> proposes,
                                    java.util.function.Function<Article, NamedEntities> entitiesOf) {
        return build(articles, links, eventPairs(articles, signals, proposes, entitiesOf));
    }

    /** The names the event rule reads in an article: those of its title and text. */
    public static NamedEntities entities(Article a) {
        return NamedEntities.of(a.title() == null ? a.text() : a.title() + "\n" + a.text());
    }

    /**
     * The stories of {@code articles} given their same-event pairs (as found by
     * {@link #eventPairs}, possibly over a larger corpus: pairs naming other articles are
     * ignored), largest first. Lineages always stay whole; groups then merge, most cohesive
     * first, while at least {@link #MIN_COHESION} of the pairs across two groups are same-event
     * pairs. Pure.
     */
    public static List<Story> build(List<Article> articles, List<Link> links, List<EventPair> events) {
        int n = articles.size();
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids.add(articles.get(i).id());
            index.putIfAbsent(articles.get(i).id(), i);
        }
        List<List<String>> lineages = Lineages.of(ids, links);
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
        List<int[]> pairs = new ArrayList<>(events.size());
        for (EventPair e : events) {
            Integer i = index.get(e.a());
            Integer j = index.get(e.b());
            if (i != null && j != null && !i.equals(j)) {
                pairs.add(new int[] {i, j});
            }
        }
        int[] group = EventClusters.merge(parent, pairs, MIN_COHESION);
        PublishedTime[] times = new PublishedTime[n];
        for (int i = 0; i < n; i++) {
            times[i] = PublishedTime.parse(articles.get(i).published());
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        }
        // Each group's lineages, found from their first member's group (one pass, not one per group).
        Map<Integer, List<List<String>>> lineagesOf = new HashMap<>();
        for (List<String> l : lineages) {
            lineagesOf.computeIfAbsent(group[index.get(l.get(0))], k -> new ArrayList<>()).add(l);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() > 1) {
                stories.add(story(g, articles, times, lineagesOf.getOrDefault(group[g.get(0)], List.of())));
            }
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return stories;
    }

    /**
     * Every pair of {@code articles} that reports the same event by the signals' rules, each
     * once, in a deterministic order. Candidates share a name that is a person somewhere in
     * {@code articles} (any name with an embedder) and that fewer than the posting cap carry.
     */
    public static List<EventPair> eventPairs(List<Article> articles, EventSignals signals) {
        return eventPairs(articles, signals, name -> true, StoryBuilder::entities);
    }

    /**
     * As {@link #eventPairs(List, EventSignals)}, where names for which {@code proposes} is false
     * propose no pair and {@code entitiesOf} gives each article's names.
     */
    public static List<EventPair> eventPairs(List<Article> articles, EventSignals signals,
                                             java.util.function.Predicate<String> proposes,
                                             java.util.function.Function<Article, NamedEntities> entitiesOf) {
        int n = articles.size();
        SentenceEmbedder embedder = signals.embedder();
        // Names are read in parallel (the costliest part of the stage; entitiesOf is a pure
        // function of the article) and then interned: each article's names and persons become
        // sorted int arrays, so the pair tests below are merges, not hash lookups of strings.
        NamedEntities[] entities = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(i -> entitiesOf.apply(articles.get(i))).toArray(NamedEntities[]::new);
        PublishedTime[] times = new PublishedTime[n];
        for (int i = 0; i < n; i++) {
            times[i] = PublishedTime.parse(articles.get(i).published());
        }
        NameIds ids = new NameIds();
        int[][] names = new int[n][];
        int[][] persons = new int[n][];
        for (int i = 0; i < n; i++) {
            names[i] = ids.of(entities[i].names());
            persons[i] = ids.of(entities[i].persons());
        }
        int vocabulary = ids.size();
        boolean[] personKey = new boolean[vocabulary];
        int[] df = new int[vocabulary];
        for (int i = 0; i < n; i++) {
            for (int p : persons[i]) {
                personKey[p] = true;
            }
            for (int x : names[i]) {
                df[x]++;
            }
        }
        int cap = (int) signals.postingCap(n);
        // A name proposes pairs if two to cap articles carry it, it is a person somewhere (any
        // name with an embedder) and the caller lets it.
        boolean[] usable = new boolean[vocabulary];
        for (int x = 0; x < vocabulary; x++) {
            usable[x] = df[x] >= 2 && df[x] <= cap && (embedder != null || personKey[x])
                    && proposes.test(ids.name(x));
        }
        // Postings of the usable names (CSR), and for each article the usable names it carries.
        int[] start = new int[vocabulary + 1];
        for (int x = 0; x < vocabulary; x++) {
            start[x + 1] = start[x] + (usable[x] ? df[x] : 0);
        }
        int[] postings = new int[start[vocabulary]];
        int[] fill = java.util.Arrays.copyOf(start, vocabulary);
        int[][] keysOf = new int[n][];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int x : names[i]) {
                if (usable[x]) {
                    postings[fill[x]++] = i;
                    k++;
                }
            }
            keysOf[i] = new int[k];
            k = 0;
            for (int x : names[i]) {
                if (usable[x]) {
                    keysOf[i][k++] = x;
                }
            }
        }
        // Each posting sorted by publication day, undated articles first: a dated article then
        // reads only the undated and the in-window part of a posting (the rule rejects the rest).
        int[] dayOf = new int[postings.length];
        for (int x = 0; x < vocabulary; x++) {
            long[] keyed = new long[start[x + 1] - start[x]];
            for (int q = start[x]; q < start[x + 1]; q++) {
                int i = postings[q];
                keyed[q - start[x]] = ((long) day(times[i]) << 32) | i;
            }
            java.util.Arrays.sort(keyed);
            for (int q = start[x]; q < start[x + 1]; q++) {
                postings[q] = (int) keyed[q - start[x]];
                dayOf[q] = (int) (keyed[q - start[x]] >> 32);
            }
        }
        Names signalsOf = new Names(names, persons, times);
        Postings index = new Postings(keysOf, start, postings, dayOf, signals.windowDays());
        List<long[]> found;
        if (embedder == null) {
            // Each article's later candidates are judged independently: in parallel, by
            // blocks of articles, concatenated in article order (the same pairs in the same order).
            int blocks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
            found = java.util.stream.IntStream.range(0, blocks).parallel()
                    .mapToObj(b -> judge((int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks),
                            n, index, signalsOf, null, null, signals))
                    .flatMap(List::stream).toList();
        } else {
            found = judge(0, n, n, index, signalsOf, articles, new float[n][], signals);
        }
        List<EventPair> out = new ArrayList<>(found.size());
        for (long[] p : found) {
            out.add(new EventPair(articles.get((int) p[0]).id(), articles.get((int) p[1]).id()));
        }
        return out;
    }

    /**
     * The same-event pairs (i, j), i in [from, to), j > i, among the candidates that share a
     * usable name, in (i, j) order. Each candidate pair is judged once: later candidates are
     * deduplicated with a stamp array, without a set of all pairs.
     */
    private static List<long[]> judge(int from, int to, int n, Postings index, Names signalsOf,
                                      List<Article> articles, float[][] leads, EventSignals signals) {
        int[] stamp = new int[n];
        java.util.Arrays.fill(stamp, -1);
        int[] candidates = new int[n];
        List<long[]> found = new ArrayList<>();
        int[] postings = index.postings();
        int[] dayOf = index.dayOf();
        for (int i = from; i < to; i++) {
            int k = 0;
            int day = day(signalsOf.times()[i]);
            for (int x : index.keysOf()[i]) {
                int q = index.start()[x];
                int end = index.start()[x + 1];
                if (day != UNDATED) {
                    int undatedEnd = firstAtLeast(dayOf, q, end, UNDATED + 1L);
                    // Undated articles are not held to the window; dated ones outside it are
                    // rejected by the rule, so they are not read.
                    k = collect(i, postings, q, undatedEnd, stamp, candidates, k);
                    q = firstAtLeast(dayOf, undatedEnd, end, (long) day - index.windowDays());
                    end = firstAtLeast(dayOf, q, end, (long) day + index.windowDays() + 1);
                }
                k = collect(i, postings, q, end, stamp, candidates, k);
            }
            java.util.Arrays.sort(candidates, 0, k);
            for (int c = 0; c < k; c++) {
                int j = candidates[c];
                if (sameEvent(i, j, articles, signalsOf, leads, signals)) {
                    found.add(new long[] {i, j});
                }
            }
        }
        return found;
    }

    private static final int UNDATED = Integer.MIN_VALUE;

    /** The publication day, {@link #UNDATED} when unknown; kept inside the int range. */
    private static int day(PublishedTime t) {
        if (t == null) {
            return UNDATED;
        }
        return (int) Math.max(-(1L << 30), Math.min(1L << 30, t.epochDay()));
    }

    /** Adds the articles of postings[from, to) after i not yet seen for i; returns the count. */
    private static int collect(int i, int[] postings, int from, int to, int[] stamp, int[] candidates, int k) {
        for (int q = from; q < to; q++) {
            int j = postings[q];
            if (j > i && stamp[j] != i) {
                stamp[j] = i;
                candidates[k++] = j;
            }
        }
        return k;
    }

    /** The first index in [from, to) whose day is at least {@code day} (days sorted there). */
    private static int firstAtLeast(int[] dayOf, int from, int to, long day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayOf[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The usable names' postings (CSR: the articles of name x are {@code postings[start[x] ..
     * start[x+1])}, undated first, then by day in {@code dayOf}) and each article's usable names.
     */
    private record Postings(int[][] keysOf, int[] start, int[] postings, int[] dayOf, int windowDays) {
    }

    /** Every article's names and persons as sorted name ids, and its publication time. */
    private record Names(int[][] names, int[][] persons, PublishedTime[] times) {
    }

    /** Interns names as dense ids. */
    private static final class NameIds {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int[] of(Set<String> set) {
            int[] out = new int[set.size()];
            int k = 0;
            for (String s : set) {
                Integer id = ids.get(s);
                if (id == null) {
                    id = names.size();
                    ids.put(s, id);
                    names.add(s);
                }
                out[k++] = id;
            }
            java.util.Arrays.sort(out);
            return out;
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * The lexical event rule {@link #eventPairs} applies to a candidate pair (articles sharing a
     * name that is a person in one of them), from the two articles' entities and publication
     * times (null when undated) alone: same answer as {@code eventPairs} on that pair without an
     * embedder. For distributed runs, which ship these signals instead of the articles' text.
     *
     * @throws IllegalArgumentException if {@code signals} has an embedder (that rule needs text)
     */
    public static boolean sameEventLexically(NamedEntities a, PublishedTime ta, NamedEntities b,
                                             PublishedTime tb, EventSignals signals) {
        if (signals.embedder() != null) {
            throw new IllegalArgumentException("the lexical rule takes signals without an embedder");
        }
        // The rule of sameEvent without an embedder, on the name sets themselves: a distributed
        // run calls this once per candidate pair, where interning the names would cost more.
        if (ta != null && tb != null && Math.abs(ta.epochDay() - tb.epochDay()) > signals.windowDays()) {
            return false;
        }
        boolean person = sharesAny(a.persons(), b.names()) || sharesAny(b.persons(), a.names());
        return person && overlap(a.names(), b.names()) >= signals.minOverlap();
    }

    private static boolean sharesAny(Set<String> few, Set<String> many) {
        for (String s : few) {
            if (many.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Overlap coefficient of two name sets: shared names over the smaller set's size. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared / (double) small.size();
    }

    /** True if articles i and j report the same event by the signals' rules. */
    static boolean sameEvent(int i, int j, List<Article> articles, Names signalsOf, float[][] leads,
                             EventSignals signals) {
        PublishedTime[] times = signalsOf.times();
        if (times[i] != null && times[j] != null
                && Math.abs(times[i].epochDay() - times[j].epochDay()) > signals.windowDays()) {
            return false;
        }
        SentenceEmbedder embedder = signals.embedder();
        int[] namesI = signalsOf.names()[i];
        int[] namesJ = signalsOf.names()[j];
        // The person test first: it reads the few persons, and without an embedder most
        // candidate pairs fail it, so the overlap of the larger name sets is rarely needed.
        boolean person = sharesAny(signalsOf.persons()[i], namesJ) || sharesAny(signalsOf.persons()[j], namesI);
        if (embedder == null && !person) {
            return false;
        }
        double overlap = overlap(namesI, namesJ);
        if (person && overlap >= signals.minOverlap()) {
            return true;
        }
        if (embedder == null || overlap < signals.minOverlap() / 2) {
            return false;
        }
        if (leads[i] == null) {
            leads[i] = embedder.embed(List.of(lead(articles.get(i))))[0];
        }
        if (leads[j] == null) {
            leads[j] = embedder.embed(List.of(lead(articles.get(j))))[0];
        }
        return SentenceEmbedder.cosine(leads[i], leads[j]) >= signals.minCosine();
    }

    /** Overlap coefficient of two sorted id sets: shared ids over the smaller set's size. */
    static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                shared++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared / (double) Math.min(a.length, b.length);
    }

    /** True if the sorted id sets share an id. */
    private static boolean sharesAny(int[] few, int[] many) {
        for (int x : few) {
            if (java.util.Arrays.binarySearch(many, x) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String lead(Article a) {
        String t = a.text().length() > LEAD_CHARS ? a.text().substring(0, LEAD_CHARS) : a.text();
        return a.title() == null ? t : a.title() + ". " + t;
    }

    /** The story of {@code members}, whose lineages are {@code own}. */
    private static Story story(List<Integer> members, List<Article> articles, PublishedTime[] times,
                               List<List<String>> own) {
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
        return new Story(id, title(members, articles, times, own), ids, own,
                earliest < 0 ? null : articles.get(earliest).published(),
                latest < 0 ? null : articles.get(latest).published(), List.copyOf(outlets));
    }

    /** The headline of the earliest article of the largest lineage (else of the story). */
    private static String title(List<Integer> members, List<Article> articles, PublishedTime[] times,
                                List<List<String>> lineages) {
        Set<String> pool = null;
        for (List<String> l : lineages) {
            if (pool == null || l.size() > pool.size()) {
                pool = Set.copyOf(l);
            }
        }
        int best = -1;
        for (int i : members) {
            if (pool != null && !pool.contains(articles.get(i).id())) {
                continue;
            }
            if (best < 0 || earlier(i, best, times, articles)) {
                best = i;
            }
        }
        for (int i : candidatesByPreference(best, members)) {
            String t = Headline.of(articles.get(i));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static List<Integer> candidatesByPreference(int best, List<Integer> members) {
        List<Integer> out = new ArrayList<>();
        out.add(best);
        for (int i : members) {
            if (i != best) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean earlier(int i, int j, PublishedTime[] times, List<Article> articles) {
        if (times[i] != null && times[j] != null) {
            return times[i].epochSecond() < times[j].epochSecond();
        }
        if (times[i] != null || times[j] != null) {
            return times[i] != null;
        }
        return articles.get(i).id().compareTo(articles.get(j).id()) < 0;
    }
}
