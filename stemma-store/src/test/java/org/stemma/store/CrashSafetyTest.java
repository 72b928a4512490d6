package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.article.Article;

/** Kills a real ingesting child process with SIGKILL and checks what the store kept. */
class CrashSafetyTest {
    private static final int N = 2000;
    private static final int BATCH = 100;

    @TempDir
    Path tmp;

    @Test
    void killDuringIngestKeepsEveryCommittedArticleAndARerunCompletes() throws Exception {
        Path dir = tmp.resolve("store");
        Process child = start(dir);
        // wait until a few batches are committed, then kill -9 mid-ingest
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (StemmaStore.isStore(dir)) {
                try (StemmaStore reader = StemmaStore.openReadOnly(dir)) {
                    seen = reader.articleCount();
                } catch (StoreException notYet) {
                    seen = 0;
                }
            }
            if (seen >= 3 * BATCH) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(child.isAlive()).as("child still ingesting when killed (saw %d)", seen).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long kept;
        try (StemmaStore store = StemmaStore.open(dir)) { // the dead writer's lock must not block us
            kept = store.articleCount();
            assertThat(kept).isGreaterThanOrEqualTo(seen).isLessThan(N);
            assertThat(kept % BATCH).as("only whole batches are committed").isZero();
            for (int i = 0; i < kept; i++) {
                assertThat(store.article(Fixtures.id(i))).as("article %d", i).contains(Fixtures.article(i));
            }
            assertThat(store.contains(Fixtures.id((int) kept))).isFalse();
        }

        Process rerun = start(dir);
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(rerun.getInputStream().readAllBytes());
        System.out.println("rerun: " + out.trim());
        assertThat(out).contains("done");
        assertThat(rerun.exitValue()).isZero();
        try (StemmaStore store = StemmaStore.openReadOnly(dir)) {
            assertThat(store.articleCount()).isEqualTo(N);
            for (int i = 0; i < N; i += 97) {
                Article a = store.article(Fixtures.id(i)).orElseThrow();
                assertThat(a).isEqualTo(Fixtures.article(i));
            }
        }
    }

    private static Process start(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), dir.toString(), Integer.toString(N), Integer.toString(BATCH))
                .redirectErrorStream(true).start();
    }
}
