package org.stemma.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.SentenceEmbedder;

/**
 * Stories kept up to date one article at a time, for a store that receives articles in batches:
 * a new article joins the story whose mean probability to it (average linkage of the article with
 * the story; a pair never proposed counts 0) is highest and at least the model's threshold, or
 * starts a story of its own; two stories whose cross pairs now reach the threshold are reported
 * as a merge due, and merge when the caller says so.
 *
 * <p>Candidates: the earlier articles indexed under {@link EventCandidates#MIN_SHARED_KEYS} of
 * the new article's keys (its highest-weighted terms that an earlier article also carries),
 * within the date window; each
 * article is indexed under all its kept terms. Unlike a
 * whole-corpus run, an article's TF-IDF is weighed with the document frequencies known when it
 * arrives (counted here over the articles added so far, its own included), and the articles
 * already grouped stay put: the result can differ from {@link StoryBuilder#build} on the same
 * articles, and a caller can regroup a neighbourhood with it when merges are due. Not
 * thread-safe.
 */
public final class IncrementalStories {

    /**
     * Where an added article went.
     *
     * @param story     the key of its story (a new key if it started one)
     * @param started   true if it started a story of its own
     * @param cohesion  mean probability of the article to the story it joined (0 if it started one)
     * @param mergesDue keys of stories whose merge with {@code story} is now due, most cohesive first
     */
    public record Assignment(int story, boolean started, double cohesion, List<Integer> mergesDue) {
    }

    private final EventSignals signals;
    private final LongIntMap df = new LongIntMap(1 << 12);
    private final List<String> ids = new ArrayList<>();
    private final List<EventVector> vectors = new ArrayList<>();
    private final List<Integer> storyOf = new ArrayList<>();
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    /** Per story: summed probability (thousandths) of judged pairs to each other story. */
    private final Map<Integer, Map<Integer, Long>> cross = new HashMap<>();
    private final Map<Long, List<Integer>> postings = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int nextStory;

    public IncrementalStories(EventSignals signals) {
        this.signals = signals;
    }

    /** Adds {@code a} (an id not added before) and places it in a story. */
    public Assignment add(Article a) {
        if (index.containsKey(a.id())) {
            throw new IllegalArgumentException("article already added: " + a.id());
        }
        ArticleTerms terms = ArticleTerms.of(a, StoryBuilder.entities(a));
        for (long t : terms.terms()) {
            df.put(t, df.get(t, 0) + 1);
        }
        int n = ids.size() + 1;
        DocFrequencies frequencies = StoryCorpus.frequencies(df, n);
        SentenceEmbedder embedder = signals.embedder();
        float[] embedding = embedder == null ? null : embedder.embed(List.of(ArticleTerms.headText(a)))[0];
        EventVector v = EventVector.of(terms, frequencies, signals.postingCap(n), embedding);
        // Judged candidates, summed per story.
        Map<Integer, Long> toStory = new HashMap<>();
        Map<Integer, Integer> shared = new java.util.TreeMap<>();
        long cap = signals.postingCap(n);
        for (long key : v.keys()) {
            List<Integer> posting = postings.get(key);
            if (posting == null) {
                continue;
            }
            // The most recent cap articles of a key at most, as the batch index caps a key's postings.
            for (int q = posting.size() - 1; q >= Math.max(0, posting.size() - cap); q--) {
                shared.merge(posting.get(q), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int j = e.getKey();
            EventVector w = vectors.get(j);
            if (e.getValue() < EventCandidates.MIN_SHARED_KEYS
                    || v.dated() && w.dated() && Math.abs((long) v.day() - w.day()) > signals.windowDays()) {
                continue;
            }
            double p = signals.model().probability(EventVector.features(v, w));
            if (p >= EventCandidates.MIN_PROBABILITY) {
                toStory.merge(storyOf.get(j), Math.round(p * EventClusters.SCALE), Long::sum);
            }
        }
        int me = ids.size();
        ids.add(a.id());
        vectors.add(v);
        index.put(a.id(), me);
        // Indexed under all its kept terms: when it arrives, most of its terms are carried by no
        // earlier article and cannot be keys yet; a later article finds it through its own keys.
        for (long term : v.terms()) {
            postings.computeIfAbsent(term, k -> new ArrayList<>()).add(me);
        }
        int best = -1;
        double bestCohesion = 0;
        for (Map.Entry<Integer, Long> e : toStory.entrySet()) {
            double c = e.getValue() / ((double) EventClusters.SCALE * members.get(e.getKey()).size());
            if (c > bestCohesion || c == bestCohesion && best >= 0 && e.getKey() < best) {
                best = e.getKey();
                bestCohesion = c;
            }
        }
        boolean started = best < 0 || bestCohesion < signals.model().threshold();
        int story = started ? nextStory++ : best;
        storyOf.add(story);
        members.computeIfAbsent(story, k -> new ArrayList<>()).add(me);
        Map<Integer, Long> mine = cross.computeIfAbsent(story, k -> new HashMap<>());
        for (Map.Entry<Integer, Long> e : toStory.entrySet()) {
            if (e.getKey() != story) {
                mine.merge(e.getKey(), e.getValue(), Long::sum);
                cross.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(story, e.getValue(), Long::sum);
            }
        }
        return new Assignment(story, started, started ? 0 : bestCohesion, mergesDue(story));
    }

    /** Keys of the stories whose average linkage with {@code story} reaches the threshold, most cohesive first. */
    public List<Integer> mergesDue(int story) {
        List<double[]> due = new ArrayList<>();
        int size = members.getOrDefault(story, List.of()).size();
        for (Map.Entry<Integer, Long> e : cross.getOrDefault(story, Map.of()).entrySet()) {
            double c = e.getValue() / ((double) EventClusters.SCALE * size * members.get(e.getKey()).size());
            if (c >= signals.model().threshold()) {
                due.add(new double[] {c, e.getKey()});
            }
        }
        due.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
        return due.stream().map(d -> (int) d[1]).toList();
    }

    /** Merges story {@code gone} into {@code keep}; returns {@code keep}. */
    public int merge(int keep, int gone) {
        if (keep == gone || !members.containsKey(keep) || !members.containsKey(gone)) {
            throw new IllegalArgumentException("no such pair of stories: " + keep + ", " + gone);
        }
        for (int i : members.remove(gone)) {
            storyOf.set(i, keep);
            members.get(keep).add(i);
        }
        Map<Integer, Long> goneCross = cross.remove(gone);
        Map<Integer, Long> keepCross = cross.computeIfAbsent(keep, k -> new HashMap<>());
        keepCross.remove(gone);
        for (Map.Entry<Integer, Long> e : goneCross.entrySet()) {
            int other = e.getKey();
            if (other == keep) {
                continue;
            }
            keepCross.merge(other, e.getValue(), Long::sum);
            Map<Integer, Long> otherCross = cross.get(other);
            otherCross.remove(gone);
            otherCross.merge(keep, e.getValue(), Long::sum);
        }
        return keep;
    }

    /** The story key of an added article. */
    public int storyOf(String articleId) {
        Integer i = index.get(articleId);
        if (i == null) {
            throw new IllegalArgumentException("unknown article: " + articleId);
        }
        return storyOf.get(i);
    }

    /** The article ids of a story, in the order they were added. */
    public List<String> members(int story) {
        return members.getOrDefault(story, List.of()).stream().map(ids::get).toList();
    }
}
