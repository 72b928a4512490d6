package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.story.EventSignals;
import org.stemma.story.Lineages;
import org.stemma.story.Story;

/**
 * A story that grows past the size rebuilt whole: the work of each batch stays bounded by the
 * batch and its candidates, the story keeps its id and every member, each new article gets its
 * parent, and stories joined by a new article merge with the other id resolving to the merged one.
 */
class GrowingStoryTest {
    private static final int LIMIT = 10;
    private static final int K = 5;

    @TempDir
    Path tmp;

    /** A text of {@code words} words drawn by {@code r} from a vocabulary of made-up words. */
    private static String original(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            StringBuilder w = new StringBuilder();
            for (int c = 0, len = 3 + r.nextInt(6); c < len; c++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            sb.append(i == 0 ? "" : i % 15 == 0 ? ". " : " ").append(w);
        }
        return sb.append('.').toString();
    }

    /** {@code n} retellings of one original: each a copy or a cut of an earlier one. */
    static List<Article> retellings(String prefix, String root, int n, long seed) {
        Random r = new Random(seed);
        List<String> texts = new ArrayList<>();
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String text = root;
            if (k > 0) {
                String src = texts.get(r.nextInt(k));
                String[] w = src.split(" ");
                text = r.nextBoolean() ? src : String.join(" ", java.util.Arrays.copyOf(w, Math.max(60, w.length * 4 / 5)));
            }
            texts.add(text);
            out.add(Article.builder(String.format("%s%04d", prefix, k), text).outlet("outlet" + (k % 13) + ".example")
                    .published(String.format("2024-09-01T%02d:%02d:00Z", k / 60 % 24, k % 60)).build());
        }
        return out;
    }

    private static IncrementalIngest ingest(StemmaStore store) {
        return ingest(store, K);
    }

    private static IncrementalIngest ingest(StemmaStore store, int k) {
        return ingest(store, k, StoryAlgorithm.storyBuilder(EventSignals.lexical()));
    }

    /**
     * Stories as the groups of articles joined by shared text: a rule under which one article
     * carrying two texts must merge their stories, so the ledger's merge and id handling can be
     * tested apart from the same-event model (which rightly keeps two unrelated texts apart).
     */
    private static final StoryAlgorithm SHARED_TEXT = (articles, links, corpusSize, nameCount, names, bodyTokens) -> {
        List<String> ids = articles.stream().map(Article::id).toList();
        List<Story> out = new ArrayList<>();
        for (List<String> group : Lineages.of(ids, links)) {
            out.add(new Story("story-" + group.get(0), null, group, List.of(group), null, null, List.of()));
        }
        Set<String> grouped = new HashSet<>();
        out.forEach(st -> grouped.addAll(st.articles()));
        for (String id : ids) {
            if (!grouped.contains(id)) {
                out.add(new Story("story-" + id, null, List.of(id), List.of(), null, null, List.of()));
            }
        }
        out.sort(java.util.Comparator.comparingInt((Story st) -> -st.articles().size()));
        return out;
    };

    private static IncrementalIngest ingest(StemmaStore store, int k, StoryAlgorithm stories) {
        ReuseOptions reuse = ReuseOptions.defaults();
        IncrementalAnalysis analysis = new IncrementalAnalysis(AnalysisConfig.lexical().withReuse(reuse), null,
                stories, LIMIT);
        return new IncrementalIngest(store, CandidateSource.reuse(reuse, k), FingerprintKeys.reuse(reuse), analysis,
                (s, n) -> { });
    }

    @Test
    void aGrowingStoryKeepsItsIdAndEachBatchStaysAroundItsNewArticles() {
        List<Article> articles = retellings("g", original(new Random(1), 120), 50, 2);
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = ingest(store);
            String id = null;
            for (int i = 0; i < articles.size(); i += LIMIT) {
                List<Article> batch = articles.subList(i, i + LIMIT);
                IncrementalIngest.Result r = ingest.ingest(batch);
                // the neighbourhood: the batch and its candidates, whatever the story's size
                assertThat(r.analysed()).as("batch at %d", i).isLessThanOrEqualTo(LIMIT * (1 + K));
                assertThat(store.storyCount()).isEqualTo(1);
                Story s = store.stories(null, 0, 1).items().get(0);
                if (id == null) {
                    id = s.id();
                }
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.articles()).containsExactlyElementsOf(articles.subList(0, i + LIMIT).stream().map(Article::id).toList());
                assertThat(s.lineages()).hasSize(1);
                assertThat(s.lineages().get(0)).hasSize(i + LIMIT);
            }
            List<Derivation> derivations = store.derivations(articles.stream().map(Article::id).toList());
            Set<String> copies = new HashSet<>();
            derivations.forEach(d -> copies.add(d.copy()));
            // every article after the first has a parent (the first may get one from a later verbatim copy)
            assertThat(copies).containsAll(articles.subList(LIMIT, articles.size()).stream().map(Article::id).toList());
        }
    }

    @Test
    void storiesJoinedByANewArticleMergeAndTheOldIdResolves() {
        String x = original(new Random(3), 100);
        String y = original(new Random(4), 100);
        List<Article> xs = retellings("x", x, 14, 5);
        List<Article> ys = retellings("y", y, 12, 6);
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            // the joining article's candidates in both stories; stories by shared text alone
            IncrementalIngest ingest = ingest(store, 50, SHARED_TEXT);
            ingest.ingest(xs);
            ingest.ingest(ys);
            String idX = store.storyOf(xs.get(0).id()).orElseThrow().id();
            String idY = store.storyOf(ys.get(0).id()).orElseThrow().id();
            assertThat(idX).isNotEqualTo(idY);
            // one article carrying both texts joins the two (big) stories
            ingest.ingest(List.of(Article.builder("both", x + "\n\n" + y).outlet("joint.example").build()));
            assertThat(store.storyCount()).isEqualTo(1);
            Story merged = store.stories(null, 0, 1).items().get(0);
            assertThat(merged.id()).isEqualTo(idX); // the larger one's id
            assertThat(merged.articles()).hasSize(xs.size() + ys.size() + 1);
            assertThat(store.story(idY)).isEmpty();
            assertThat(store.resolveStory(idY)).contains(merged);
            assertThat(store.resolveStory("story-nothing")).isEmpty();
        }
    }
}
