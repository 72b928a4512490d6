package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.store.StemmaStore;

/** {@code ingest} and {@code serve} as a user meets them: exit codes and messages. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void ingestWithSomeUnreadableFilesStoresTheRestExitsZeroAndWarnsLikeAnalyze() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Niger closes its border\n\nNiamey - The government closed the border"
                + " with Benin on Sunday after an attack on a convoy near the town of Gaya, officials said.\n");
        Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 0});
        Files.writeString(in.resolve("records.jsonl"), "{\"id\":\"a\\u0000b\",\"text\":\"nul id\"}\n");
        int code = Main.run("ingest", in.toString(), "--store", dir.resolve("store").toString());
        assertThat(code).as(console.err()).isZero();
        assertThat(console.err()).contains("error: ").contains("bad.txt").contains("control character")
                .doesNotContain("stemma ingest: error").doesNotContain("Exception");
        try (StemmaStore store = StemmaStore.openReadOnly(dir.resolve("store"))) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void ingestThatReadsNothingExitsOne() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0});
        assertThat(Main.run("ingest", bad.toString(), "--store", dir.resolve("store").toString())).isEqualTo(1);
        assertThat(console.err()).contains("no articles read");
    }

    @Test
    void serveRefusesADirectoryThatIsNotAStoreAndCreatesNothing() {
        Path typo = dir.resolve("typo");
        assertThat(Main.run("serve", "--store", typo.toString(), "--port", "0")).isEqualTo(2);
        assertThat(console.err()).contains("is not a Stemma store").contains("stemma ingest");
        assertThat(Files.exists(typo)).isFalse();
    }

    @Test
    void reuseFlagsBelowOneAreUsageErrors() {
        assertThat(Main.run("analyze", "--bands", "0", "examples")).isEqualTo(2);
        assertThat(console.err()).contains("--bands").contains("at least 1").doesNotContain("stemma: internal error");
        assertThat(Main.run("ingest", "--candidates", "0", "examples", "--store", dir.resolve("s").toString())).isEqualTo(2);
    }
}
