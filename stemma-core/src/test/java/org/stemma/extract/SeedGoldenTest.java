package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.stemma.testing.TestData;

/**
 * Golden-file tests on the seed articles: the whole extraction (metadata, text, related
 * headlines) is pinned in {@code src/test/resources/org/stemma/extract/golden}. The test only
 * compares; {@link SeedGoldenFiles} is the separate command that rewrites the files.
 */
class SeedGoldenTest {

    static Stream<String> seeds() throws IOException {
        return SeedGoldenFiles.seeds().stream();
    }

    static TextExtraction extract(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(TestData.seeds())) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return new PlainTextExtractor().extract(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesGoldenFile(String file) throws IOException {
        Path golden = SeedGoldenFiles.folder().resolve(file);
        assertThat(golden).as("golden file; write it with SeedGoldenFiles").isRegularFile();
        assertThat(SeedGoldenFiles.render(file)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void seed003KeepsOnlyTheArticle() throws IOException {
        TextExtraction t = extract("003_");
        assertThat(t.text()).startsWith("Mali had been divided");
        assertThat(t.text()).endsWith("there will be more to come.”");
        assertThat(t.title()).startsWith("Mali regains territory");
        assertThat(t.published()).isEqualTo("2024-08-22");
        assertThat(t.text()).doesNotContain("Most Read", "Read Next", "BREAKING", "Related News",
                "All Rights Reserved", "Privacy Policy", "Politics\n", "4 Min Read", "Listen",
                "martyred", "Sep 2025", "• ");
        assertThat(t.related()).hasSize(3);
    }

    @Test
    void seed000DateHeaderAndTrailingMore() throws IOException {
        TextExtraction t = extract("000_");
        assertThat(t.published()).isEqualTo("2024-08-26");
        assertThat(t.text()).doesNotContain("date 2024").doesNotContain("MORE:");
        assertThat(t.text()).endsWith("threat of extremism.");
        assertThat(t.related()).containsExactly("Ukraine linked to Africa terror attack: What we know so far");
    }

    @Test
    void seed001LosesCommentFurnitureAndKeepsReadMoreAsRelated() throws IOException {
        TextExtraction t = extract("001_");
        assertThat(t.text()).doesNotContain("Leave a Reply", "Your email address will not be published.",
                "Back to top button", "READ MORE");
        assertThat(t.related()).containsExactly("Sahel states call for UN action against Ukraine",
                "Ukraine linked to Africa terror attack: What we know so far");
        assertThat(t.title()).startsWith("Russia helped Sahel state");
    }

    @Test
    void seed002LosesClosedComments() throws IOException {
        TextExtraction t = extract("002_");
        assertThat(t.text()).doesNotContain("Comments are closed.");
        assertThat(t.text()).endsWith("areas of security cooperation.");
    }

    @Test
    void seed004DropsBareReadMore() throws IOException {
        TextExtraction t = extract("004_");
        assertThat(t.text()).doesNotContain("Read more");
        assertThat(t.language()).isEqualTo("en");
    }
}
