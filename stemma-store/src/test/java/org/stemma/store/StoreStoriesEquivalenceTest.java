package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.testing.TestData;

/**
 * The store's stories against {@code analyze}'s on real news: the seeds and whole incidents of
 * {@code ../shared/eval/events/gva-dev} (a few hundred articles), ingested in shuffled batches
 * as {@code stemma ingest} does, grouped as the whole-corpus {@link Analyzer} groups them, by
 * members (a stored story keeps the id it was born with).
 *
 * <p>The store weighs each batch's neighbourhood with the whole store's document frequencies and
 * takes in the stored articles sharing index keys with a new article. It cannot be exactly equal
 * in general: a batch's articles change the frequencies of every stored article's terms, so the
 * probability of a pair of stored articles outside the batch's neighbourhood moves without the
 * store regrouping it (docs/server.md). The test therefore measures the agreement (B-cubed F1
 * of the store's grouping against analyze's, every article counted, and the stories found
 * identically) and bounds it; the earlier rule (frequencies counted over the neighbourhood only,
 * no key candidates) runs beside it as the peer.
 */
class StoreStoriesEquivalenceTest {
    private static final int BATCH = 40;

    @TempDir
    Path tmp;

    @Test
    void gvaIncidentsAndSeedsInBatchesGroupAsAnalyzeDoes() throws Exception {
        List<Article> corpus = sample();
        AnalysisConfig config = AnalysisConfig.lexical();
        Map<String, Integer> expected = groups(new Analyzer(config, null).analyze(corpus).stories(), corpus);
        Agreement analyze = Agreement.of(expected, expected, 0);

        Agreement store = ingest(corpus, "store", new IncrementalAnalysis(config, null), expected);
        Agreement peer = ingest(corpus, "peer", new IncrementalAnalysis(config, null,
                (articles, links, size, frequencies, names, bodyTokens) ->
                        StoryBuilder.build(articles, links, config.eventSignals(null), names)), expected);
        System.out.printf("store vs analyze on %d articles (gva-dev incidents + seeds, batches of %d): %s;"
                + " peer (neighbourhood frequencies): %s; seeds {000-003} one story, 004 apart: analyze %s,"
                + " store %s%n", corpus.size(), BATCH, store, peer, analyze.seedsTogether(), store.seedsTogether());

        assertThat(store.bcubedF1()).as("B-cubed agreement with analyze").isGreaterThanOrEqualTo(0.95);
        assertThat(store.bcubedF1()).as("no worse than the neighbourhood's own frequencies")
                .isGreaterThanOrEqualTo(peer.bcubedF1());
        // the seeds are grouped as analyze groups them among these articles
        assertThat(store.seedsTogether()).isEqualTo(analyze.seedsTogether());
    }

    /** The seeds and every sixth gva-dev incident (sorted by id) until 240 articles. */
    private static List<Article> sample() throws Exception {
        Path gva = TestData.requireEval("events/gva-dev/corpus.jsonl").getParent();
        Map<String, String> events = new HashMap<>();
        com.fasterxml.jackson.databind.JsonNode gold = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(gva.resolve("gold.json").toFile()).get("events");
        gold.fields().forEachRemaining(e -> events.put(e.getKey(), e.getValue().asText()));
        List<Article> all = new ArrayList<>();
        new Ingestor().read(List.of(gva.resolve("corpus.jsonl")), all::add, p -> { });
        Map<String, List<Article>> byEvent = new TreeMap<>();
        for (Article a : all) {
            if (events.containsKey(a.id())) {
                byEvent.computeIfAbsent(events.get(a.id()), k -> new ArrayList<>()).add(a);
            }
        }
        List<Article> out = new ArrayList<>();
        new Ingestor().read(List.of(Path.of("../examples/sahel-2024")), out::add, p -> {
            throw new AssertionError(p.describe());
        });
        int k = 0;
        for (List<Article> incident : byEvent.values()) {
            if (k++ % 6 == 0 && out.size() < 240) {
                out.addAll(incident);
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    private Agreement ingest(List<Article> corpus, String name, IncrementalAnalysis analysis,
                             Map<String, Integer> expected) {
        List<Article> order = new ArrayList<>(corpus);
        Collections.shuffle(order, new Random(7));
        try (StemmaStore store = StemmaStore.open(tmp.resolve(name))) {
            IncrementalIngest ingest = new IncrementalIngest(store,
                    CandidateSource.reuse(AnalysisConfig.lexical().reuse(), 50),
                    FingerprintKeys.reuse(AnalysisConfig.lexical().reuse()), analysis, (s, n) -> { });
            for (int i = 0; i < order.size(); i += BATCH) {
                ingest.ingest(order.subList(i, Math.min(order.size(), i + BATCH)));
            }
            List<Story> stories = store.stories(null, 0, 10_000).items();
            return Agreement.of(groups(stories, corpus), expected, stories.size());
        }
    }

    /** Each article's group: its story's index, or a group of its own. */
    private static Map<String, Integer> groups(List<Story> stories, List<Article> corpus) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (String id : stories.get(s).articles()) {
                out.put(id, s);
            }
        }
        int next = stories.size();
        for (Article a : corpus) {
            if (!out.containsKey(a.id())) {
                out.put(a.id(), next++);
            }
        }
        return out;
    }

    /**
     * How a grouping agrees with analyze's.
     *
     * @param bcubedF1  B-cubed F1 of the grouping against analyze's (1 = the same partition)
     * @param identical stories (of two or more articles) found with exactly analyze's members
     * @param expected  analyze's stories
     * @param stories   the grouping's stories
     */
    record Agreement(double bcubedF1, int identical, int expected, int stories, boolean seedsTogether) {

        static Agreement of(Map<String, Integer> got, Map<String, Integer> want, int stories) {
            Map<Integer, Set<String>> gotGroups = invert(got);
            Map<Integer, Set<String>> wantGroups = invert(want);
            double p = 0;
            double r = 0;
            for (String id : want.keySet()) {
                Set<String> g = gotGroups.get(got.get(id));
                Set<String> w = wantGroups.get(want.get(id));
                Set<String> both = new HashSet<>(g);
                both.retainAll(w);
                p += both.size() / (double) g.size();
                r += both.size() / (double) w.size();
            }
            p /= want.size();
            r /= want.size();
            Set<Set<String>> gotSets = new HashSet<>(gotGroups.values());
            int identical = 0;
            int expected = 0;
            for (Set<String> w : wantGroups.values()) {
                if (w.size() > 1) {
                    expected++;
                    identical += gotSets.contains(w) ? 1 : 0;
                }
            }
            Map<String, Integer> seed = new HashMap<>();
            got.forEach((id, g) -> {
                if (id.matches("00[0-4]_.*")) {
                    seed.put(id.substring(0, 3), g);
                }
            });
            boolean seeds = seed.size() == 5 && seed.get("000").equals(seed.get("001"))
                    && seed.get("000").equals(seed.get("002")) && seed.get("000").equals(seed.get("003"))
                    && !seed.get("000").equals(seed.get("004"));
            return new Agreement(2 * p * r / (p + r), identical, expected, stories, seeds);
        }

        private static Map<Integer, Set<String>> invert(Map<String, Integer> groups) {
            Map<Integer, Set<String>> out = new HashMap<>();
            groups.forEach((id, g) -> out.computeIfAbsent(g, k -> new HashSet<>()).add(id));
            return out;
        }

        @Override
        public String toString() {
            return String.format("B-cubed F1 %.4f, %d of analyze's %d stories identical (%d stories)",
                    bcubedF1, identical, expected, stories);
        }
    }
}
