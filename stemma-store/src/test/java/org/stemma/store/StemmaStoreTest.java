package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;

class StemmaStoreTest {
    @TempDir
    Path tmp;

    @Test
    void storesArticlesAndResultsAcrossReopen() {
        Path dir = tmp.resolve("store");
        Article a = Fixtures.article(1);
        Article b = Fixtures.article(2);
        Article c = Fixtures.article(3);
        Analysis analysis = Fixtures.analysis(a, b, c);
        try (StemmaStore store = StemmaStore.open(dir)) {
            store.putArticles(List.of(a, b, c), Map.of());
            store.replaceResults(List.of(a.id(), b.id(), c.id()), analysis);
            store.commit();
        }
        try (StemmaStore store = StemmaStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.article(a.id())).contains(a);
            assertThat(store.article("nope")).isEmpty();
            assertThat(store.links(a.id())).containsExactlyInAnyOrderElementsOf(analysis.links());
            assertThat(store.links(b.id())).containsExactly(analysis.links().get(0));
            Story s = analysis.stories().get(0);
            assertThat(store.story(s.id())).contains(s);
            assertThat(store.storyOf(c.id())).contains(s);
            assertThat(store.stories(null, 0, 10).items()).containsExactly(s);
            assertThat(store.stories("RTVI", 0, 10).items()).containsExactly(s);
            assertThat(store.stories("nothingmatches", 0, 10).total()).isZero();
            assertThat(store.derivations(List.of(c.id()))).containsExactly(analysis.provenance().get(1));
            QuoteFamily f = analysis.quotes().get(0);
            assertThat(store.quotes("alou boi diarra", 0, 10).items()).containsExactly(f);
            assertThat(store.quotes("Diarra", 0, 10).items()).containsExactly(f);
            assertThat(store.quotes("Lavrov", 0, 10).items()).isEmpty();
            assertThat(store.search("Marker2", 0, 10).items()).extracting(Article::id).containsExactly(b.id());
            Analysis back = store.analysisOf(List.of(a.id(), b.id(), c.id()));
            assertThat(back.articles()).containsExactly(a, b, c);
            assertThat(back.links()).containsExactlyInAnyOrderElementsOf(analysis.links());
            assertThat(back.quotes()).containsExactly(f);
        }
    }

    @Test
    void replacingResultsDropsTheOldOnes() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            Article a = Fixtures.article(1);
            Article b = Fixtures.article(2);
            Article c = Fixtures.article(3);
            store.putArticles(List.of(a, b, c), Map.of());
            store.replaceResults(List.of(a.id()), Fixtures.analysis(a, b, c));
            store.commit();
            store.replaceResults(List.of(c.id()), new Analysis(List.of(), List.of(), List.of(), List.of(), List.of()));
            store.commit();
            // every result touching c went; the a-b link stays
            assertThat(store.links(a.id())).hasSize(1).allMatch(l -> l.touches(b.id()));
            assertThat(store.storyCount()).isZero();
            assertThat(store.quotes(null, 0, 10).total()).isZero();
        }
    }

    @Test
    void paginatesInStableOrder() {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            store.putArticles(Fixtures.articles(0, 25), Map.of());
            store.commit();
            Page<Article> p1 = store.articles(0, 10);
            Page<Article> p3 = store.articles(20, 10);
            assertThat(p1.total()).isEqualTo(25);
            assertThat(p1.items()).extracting(Article::id).startsWith(Fixtures.id(0), Fixtures.id(1));
            assertThat(p3.items()).extracting(Article::id).containsExactly(Fixtures.id(20), Fixtures.id(21),
                    Fixtures.id(22), Fixtures.id(23), Fixtures.id(24));
            assertThat(store.articles(30, 10).items()).isEmpty();
        }
    }

    @Test
    void uncommittedWritesAreInvisibleAndLostOnClose() {
        Path dir = tmp.resolve("s");
        try (StemmaStore store = StemmaStore.open(dir)) {
            store.putArticles(Fixtures.articles(0, 3), Map.of());
            store.commit();
            store.putArticles(Fixtures.articles(3, 6), Map.of());
            assertThat(store.articleCount()).isEqualTo(3);
        }
        try (StemmaStore store = StemmaStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void secondWriterGetsAClearError() {
        Path dir = tmp.resolve("s");
        try (StemmaStore first = StemmaStore.open(dir)) {
            assertThatThrownBy(() -> StemmaStore.open(dir))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("already open for writing")
                    .hasMessageContaining(dir.toString());
            try (StemmaStore reader = StemmaStore.openReadOnly(dir)) {
                assertThat(reader.readOnly()).isTrue();
                assertThatThrownBy(reader::commit).hasMessageContaining("read-only");
            }
        }
        // the lock goes with the writer
        try (StemmaStore again = StemmaStore.open(dir)) {
            assertThat(again.readOnly()).isFalse();
        }
    }

    @Test
    void readOnlyStoreFollowsTheWritersCommits() throws Exception {
        Path dir = tmp.resolve("s");
        try (StemmaStore writer = StemmaStore.open(dir); StemmaStore reader = StemmaStore.openReadOnly(dir)) {
            writer.putArticles(Fixtures.articles(0, 5), Map.of());
            writer.commit();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (reader.articleCount() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(reader.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void readsRunDuringIngest() throws Exception {
        try (StemmaStore store = StemmaStore.open(tmp.resolve("s"))) {
            IncrementalIngest ingest = new IncrementalIngest(store, CandidateSource.lexical(5), FingerprintKeys.NONE,
                    list -> new Analysis(list, List.of(), List.of(), List.of(), List.of()));
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                long last = 0;
                try {
                    while (!done.get()) {
                        long n = store.articleCount();
                        assertThat(n).isGreaterThanOrEqualTo(last);
                        assertThat(n % 20).isZero(); // only whole batches are ever visible
                        if (n > 0) {
                            assertThat(store.article(Fixtures.id((int) n - 1))).isPresent();
                        }
                        last = n;
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            for (int i = 0; i < 200; i += 20) {
                ingest.ingest(Fixtures.articles(i, i + 20));
            }
            done.set(true);
            reader.join();
            assertThat(failure.get()).isNull();
            assertThat(store.articleCount()).isEqualTo(200);
        }
    }

    @Test
    void refusesANewerFormat() throws Exception {
        Path dir = tmp.resolve("s");
        StemmaStore.open(dir).close();
        Files.writeString(dir.resolve(StoreFormat.FILE), "format=" + (StoreFormat.CURRENT + 1) + "\n");
        assertThatThrownBy(() -> StemmaStore.open(dir))
                .isInstanceOf(StoreFormatException.class)
                .hasMessageContaining("format " + (StoreFormat.CURRENT + 1))
                .hasMessageContaining("newer Stemma");
        assertThatThrownBy(() -> StemmaStore.openReadOnly(dir)).isInstanceOf(StoreFormatException.class);
    }

    @Test
    void refusesADirectoryThatIsNotAStore() throws Exception {
        Path dir = tmp.resolve("other");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> StemmaStore.open(dir))
                .isInstanceOf(StoreFormatException.class).hasMessageContaining("not a Stemma store");
        assertThatThrownBy(() -> StemmaStore.openReadOnly(tmp.resolve("missing")))
                .isInstanceOf(StoreFormatException.class).hasMessageContaining("not a Stemma store");
    }
}
