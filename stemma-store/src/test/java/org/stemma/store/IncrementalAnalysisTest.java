package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;
import org.stemma.story.Story;

/**
 * Incremental ingest gives, on the seeds, what the whole-corpus {@link Analyzer} gives: the same
 * links, stories, derivations and quote families, whether the articles arrive in one batch, one
 * by one, in random batches, or with an article replaced afterwards.
 *
 * <p>The store runs no corpus furniture and judges the evidence rule's common phrases over each
 * batch's neighbourhood, not the whole corpus (docs/server.md): with the default options it
 * equals the Analyzer when the seeds come in one batch; the tests that split them compare with
 * furniture and the evidence rule turned off on both sides ({@link #INCREMENTAL}).
 */
class IncrementalAnalysisTest {
    private static final Path SEEDS = Path.of("../examples/sahel-2024");
    /** The options whose results do not depend on how the corpus is cut into batches. */
    static final ReuseOptions INCREMENTAL = ReuseOptions.defaults().withFurnitureMinDocs(0).withMinEvidence(0);
    private static List<Article> seeds;
    private static Analysis expected;
    private static Analysis expectedDefaults;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSeeds() {
        List<Article> read = new ArrayList<>();
        new Ingestor().read(List.of(SEEDS), read::add, p -> {
            throw new AssertionError(p.describe());
        });
        read.sort((a, b) -> a.id().compareTo(b.id()));
        seeds = List.copyOf(read);
        expected = new Analyzer(INCREMENTAL, null).analyze(seeds);
        expectedDefaults = new Analyzer().analyze(seeds);
    }

    private static IncrementalIngest ingest(StemmaStore store) {
        return ingest(store, INCREMENTAL);
    }

    private static IncrementalIngest ingest(StemmaStore store, ReuseOptions reuse) {
        // every stored seed is a candidate (lexical, k above the corpus size), as the Analyzer sees all
        CandidateSource candidates = CandidateSource.reuse(reuse, 50).or(CandidateSource.lexical(10));
        return new IncrementalIngest(store, candidates, FingerprintKeys.reuse(reuse), reuse, null, (s, n) -> { });
    }

    private static void assertSameAsAnalyzer(StemmaStore store) {
        assertSameAsAnalyzer(store, expected);
    }

    private static void assertSameAsAnalyzer(StemmaStore store, Analysis expected) {
        Analysis got = store.analysisOf(seeds.stream().map(Article::id).toList());
        assertThat(expected.links()).isNotEmpty();
        assertThat(expected.stories()).isNotEmpty();
        assertThat(expected.provenance()).isNotEmpty();
        assertThat(new HashSet<>(got.links())).isEqualTo(new HashSet<>(expected.links()));
        // the same stories, largest first; a stored story keeps the id it was born with, the Analyzer's is a
        // hash of its members, and stories of one size are ordered by id, so within a size the order may differ
        List<Members> stored = withoutIds(store.stories(null, 0, 100).items());
        List<Members> analyzed = withoutIds(expected.stories());
        assertThat(stored).extracting(m -> m.articles().size())
                .containsExactlyElementsOf(analyzed.stream().map(m -> m.articles().size()).toList());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(analyzed);
        assertThat(new HashSet<>(got.provenance())).isEqualTo(new HashSet<>(expected.provenance()));
        assertThat(new HashSet<>(got.quotes())).isEqualTo(new HashSet<>(expected.quotes()));
    }

    /** A story without its id. */
    record Members(String title, List<String> articles, List<List<String>> lineages, String start, String end,
                   List<String> outlets) {
    }

    static List<Members> withoutIds(List<Story> stories) {
        return stories.stream().map(s -> new Members(s.title(), s.articles(), s.lineages(), s.start(), s.end(), s.outlets()))
                .toList();
    }

    @Test
    void oneBatchGivesTheAnalyzersResults() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest.Result r = ingest(store).ingest(seeds);
            assertThat(r.added()).isEqualTo(seeds.size());
            assertSameAsAnalyzer(store);
        }
    }

    @Test
    void oneBatchWithTheDefaultsGivesTheAnalyzersResults() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("d"))) {
            ingest(store, ReuseOptions.defaults()).ingest(seeds);
            assertSameAsAnalyzer(store, expectedDefaults);
        }
    }

    @Test
    void oneByOneGivesTheAnalyzersResults() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = ingest(store);
            for (Article a : seeds) {
                ingest.ingest(List.of(a));
            }
            assertSameAsAnalyzer(store);
        }
    }

    @Test
    void randomBatchesGiveTheAnalyzersResults() {
        Random random = new Random(42);
        for (int run = 0; run < 4; run++) {
            try (StemmaStore store = StemmaStore.open(tmp.resolve("s" + run))) {
                IncrementalIngest ingest = ingest(store);
                int i = 0;
                while (i < seeds.size()) {
                    int n = 1 + random.nextInt(3);
                    ingest.ingest(seeds.subList(i, Math.min(seeds.size(), i + n)));
                    i += n;
                }
                assertSameAsAnalyzer(store);
            }
        }
    }

    @Test
    void replacingAnArticleRecomputesItsResults() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = ingest(store);
            // first a version of the last seed without any text in common with the others
            Article last = seeds.get(seeds.size() - 1);
            Article unrelated = Article.builder(last.id(), "Nothing to see here: a short note about the weather in Oslo.")
                    .build();
            List<Article> first = new ArrayList<>(seeds.subList(0, seeds.size() - 1));
            first.add(unrelated);
            ingest.ingest(first);
            // then its real text, and an earlier seed replaced by itself
            IncrementalIngest.Result r = ingest.ingest(List.of(last));
            assertThat(r.replaced()).isEqualTo(1);
            assertSameAsAnalyzer(store);
        }
    }

    @Test
    void onlyPairsWithANewArticleAreAligned() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            ReuseOptions reuse = ReuseOptions.defaults();
            List<String> stages = new ArrayList<>();
            IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.lexical(10),
                    FingerprintKeys.reuse(reuse), reuse, null, (s, n) -> stages.add(s));
            ingest.ingest(seeds.subList(0, 4));
            long storedLinks = store.analysisOf(seeds.stream().map(Article::id).toList()).links().size();
            IncrementalIngest.Result r = ingest.ingest(seeds.subList(4, 5));
            // the new links all touch the new article; the stored ones are kept, not recomputed
            String newId = seeds.get(4).id();
            List<Link> links = store.analysisOf(seeds.stream().map(Article::id).toList()).links();
            assertThat(links.stream().filter(l -> !l.touches(newId)).count()).isEqualTo(storedLinks);
            assertThat(links.stream().filter(l -> l.touches(newId)).count()).isEqualTo(r.links());
            assertThat(stages).containsSubsequence("candidates", "touched", "links", "stories", "quotes",
                    "provenance", "write");
        }
    }

    /** Articles sharing no text, each naming Minister Halvorsen and Tromso among random words. */
    private static List<Article> sameNames(int n, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder("the");
            for (int w = 0; w < 12; w++) {
                t.append(' ').append(word(r));
            }
            t.append(" Minister Halvorsen");
            for (int w = 0; w < 12; w++) {
                t.append(' ').append(word(r));
            }
            t.append(" in Tromso and then ").append(word(r)).append(' ').append(word(r)).append(". the ").append(word(r))
                    .append(" Halvorsen ").append(word(r)).append(' ').append(word(r)).append('.');
            out.add(Article.builder(String.format("n%03d", i), t.toString()).build());
        }
        return out;
    }

    private static String word(Random r) {
        StringBuilder w = new StringBuilder();
        for (int c = 0, len = 4 + r.nextInt(5); c < len; c++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        return w.toString();
    }

    @Test
    void headTextEndsAfterTheFirstLineAHeadlineCanBeTakenFrom() {
        assertThat(StemmaStore.headText("short\n\n  A line long enough to be a headline  \nrest of the text"))
                .isEqualTo("short\n\n  A line long enough to be a headline  ");
        assertThat(StemmaStore.headText("no long line\nat all")).isEqualTo("no long line\nat all");
    }

    @Test
    void storiesOutsideTheTouchedSetAreLeftAlone() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = ingest(store);
            ingest.ingest(seeds);
            Set<Story> before = new HashSet<>(store.stories(null, 0, 100).items());
            // an article with nothing in common: no candidate, no story touched
            ingest.ingest(List.of(Article.builder("weather", "Rain and wind are expected over the fjords of western "
                    + "Norway through the weekend, the meteorological institute said.").build()));
            assertThat(new HashSet<>(store.stories(null, 0, 100).items())).isEqualTo(before);
            assertSameAsAnalyzer(store);
        }
    }
}
