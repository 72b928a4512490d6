package org.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.stemma.article.Article;

/**
 * Fuzz tests of the input readers (JSONL, WARC, HTML, plain text) through {@link Ingestor}, as a
 * user's files reach them: whatever the bytes, a reader returns articles with an id and a text,
 * or reports problems, and never throws. Every run executes the inputs kept in
 * {@code src/test/resources/org/stemma/ingest/ReadersFuzzTestInputs/<test>/} (seeds, and every
 * input the fuzzer once found failing); {@code JAZZER_FUZZ=1} (see {@code .ci/fuzz}) fuzzes one
 * test for its {@code maxDuration}, saving new failing inputs there.
 */
class ReadersFuzzTest {
    private static Path dir;

    private static Path file(String name, byte[] bytes) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("stemma-fuzz-");
            }
            Path f = dir.resolve(name);
            Files.write(f, bytes);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void clean() throws IOException {
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Reads {@code bytes} as a file of this name; checks what comes out. */
    private static void read(String name, byte[] bytes) {
        Path f = file(name, bytes);
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        IngestStats stats = new Ingestor(new ArticleFactory(), 1 << 20).read(List.of(f), articles::add, problems::add);
        assertThat(stats.articles()).isEqualTo(articles.size());
        for (Article a : articles) {
            assertThat(a.id()).isNotBlank();
            assertThat(a.id().chars().noneMatch(Character::isISOControl)).as("id %s", a.id()).isTrue();
            assertThat(a.text()).isNotBlank();
        }
        for (IngestProblem p : problems) {
            assertThat(p.toString()).matches("(?s)(warning|error): .*").contains(name);
        }
        if (articles.isEmpty()) {
            assertThat(problems).as("nothing read and nothing said").isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void jsonl(byte[] bytes) {
        read("input.jsonl", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void warc(byte[] bytes) {
        read("input.warc", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void html(byte[] bytes) {
        read("input.html", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void text(byte[] bytes) {
        read("input.txt", bytes);
    }
}
