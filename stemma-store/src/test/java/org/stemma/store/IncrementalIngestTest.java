package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.ReuseOptions;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.story.Story;

class IncrementalIngestTest {
    @TempDir
    Path tmp;

    /** An analyzer that links every pair it is given and makes one story of them. */
    private static final Function<List<Article>, Analysis> LINK_ALL = list -> {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                links.add(new Link(list.get(i).id(), list.get(j).id(), LinkKind.PARTIAL, 0.5, 0.5, List.of()));
            }
        }
        List<String> ids = list.stream().map(Article::id).sorted().toList();
        Story s = new Story("story-" + ids.get(0), "t", ids, List.of(ids), null, null, List.of());
        return new Analysis(list, links, List.of(s), List.of(), List.of());
    };

    @Test
    void newArticlesAreAnalysedWithTheirCandidatesAndTheirStories() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            List<List<Article>> analysed = new ArrayList<>();
            Function<List<Article>, Analysis> spy = list -> {
                analysed.add(list);
                return LINK_ALL.apply(list);
            };
            // candidate of a new article: the stored article with the previous number
            CandidateSource previous = (article, s) -> {
                int n = Integer.parseInt(article.id().substring(1));
                return s.contains(Fixtures.id(n - 1)) ? List.of(Fixtures.id(n - 1)) : List.of();
            };
            IncrementalIngest ingest = new IncrementalIngest(store, previous, FingerprintKeys.NONE, spy);
            ingest.ingest(List.of(Fixtures.article(1), Fixtures.article(2)));
            ingest.ingest(List.of(Fixtures.article(50)));
            IncrementalIngest.Result r = ingest.ingest(List.of(Fixtures.article(3)));
            // 3's candidate is 2, whose story holds 1 and 2: those three are analysed, not 50
            assertThat(analysed.get(2)).extracting(Article::id)
                    .containsExactlyInAnyOrder(Fixtures.id(3), Fixtures.id(2), Fixtures.id(1));
            assertThat(r.added()).isEqualTo(1);
            assertThat(store.storyOf(Fixtures.id(1)).orElseThrow().articles()).hasSize(3);
            assertThat(store.storyCount()).isEqualTo(2);
            assertThat(store.links(Fixtures.id(1))).hasSize(2);
            assertThat(store.links(Fixtures.id(50))).isEmpty();
        }
    }

    @Test
    void reuseFingerprintsFindTheCopiedArticleOnly() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            ReuseOptions options = ReuseOptions.defaults();
            IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.reuse(options, 10),
                    FingerprintKeys.reuse(options), new Analyzer()::analyze);
            List<Article> originals = List.of(
                    Article.builder("rt", "Brigadier General Alou Boi Diarra told RTVI that the armed forces of Mali now "
                            + "control almost the entire territory of the country after a decade of war.").build(),
                    Article.builder("tass", "Foreign ministers Sergey Lavrov and Abdoulaye Diop met in Moscow on Monday "
                            + "to discuss grain deliveries, fertiliser and a new embassy building.").build());
            ingest.ingest(originals);
            Article copy = Article.builder("copy", "MENAFN reports: Brigadier General Alou Boi Diarra told RTVI that the "
                    + "armed forces of Mali now control almost the entire territory of the country.").build();
            CandidateSource reuse = CandidateSource.reuse(options, 10);
            assertThat(reuse.candidates(copy, store)).containsExactly("rt");
            ingest.ingest(List.of(copy));
            assertThat(store.storyOf("copy").orElseThrow().articles()).containsExactlyInAnyOrder("copy", "rt");
            assertThat(reuse.candidates(Article.builder("x", "Nothing in common with any stored text at all here.").build(), store))
                    .isEmpty();
        }
    }

    @Test
    void lexicalCandidatesFindTheArticleSharingDistinctiveWords() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.lexical(3), FingerprintKeys.NONE,
                    list -> new Analysis(list, List.of(), List.of(), List.of(), List.of()));
            ingest.ingest(Fixtures.articles(0, 30));
            Article copy = Article.builder("copy", Fixtures.article(7).text()).build();
            assertThat(store.similar(copy, 3)).first().isEqualTo(Fixtures.id(7));
        }
    }
}
