package org.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.article.Article;

class JsonlLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aGzipBombOfOneHugeRecordIsOneProblemNotAlsoAnEmptyFile() throws Exception {
        Path f = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            byte[] chunk = "a".repeat(1 << 16).getBytes();
            for (int i = 0; i < 40; i++) { // 2.5 MB of one line, over the 1 MB limit
                out.write(chunk);
            }
        }
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        new Ingestor(new ArticleFactory(), 1 << 20).read(List.of(f), articles::add, problems::add);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains("larger than")
                .doesNotContain("empty"));
    }
}
