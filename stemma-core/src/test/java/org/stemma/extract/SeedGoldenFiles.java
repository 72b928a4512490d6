package org.stemma.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stemma.testing.TestData;

/**
 * The golden files of {@link SeedGoldenTest}: what plain-text extraction makes of each seed.
 * The test only compares; after an intended change, rewrite them with this command from the
 * repository root and review the diff:
 *
 * <pre>
 * ./mvnw -q -B test-compile -pl stemma-core
 * java -cp stemma-core/target/classes:stemma-core/target/test-classes org.stemma.extract.SeedGoldenFiles
 * </pre>
 */
final class SeedGoldenFiles {

    private SeedGoldenFiles() {
    }

    static Path folder() {
        return TestData.repoRoot().resolve("stemma-core/src/test/resources/org/stemma/extract/golden");
    }

    static List<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(TestData.seeds())) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().toList();
        }
    }

    /** The extraction of one seed file, as its golden file holds it. */
    static String render(String seed) throws IOException {
        TextExtraction t = new PlainTextExtractor().extract(
                Files.readString(TestData.seeds().resolve(seed), StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder();
        b.append("title: ").append(t.title()).append('\n');
        b.append("published: ").append(t.published()).append('\n');
        b.append("outlet: ").append(t.outlet()).append('\n');
        b.append("author: ").append(t.author()).append('\n');
        b.append("language: ").append(t.language()).append('\n');
        b.append("removedChars: ").append(t.removedChars()).append('\n');
        for (String r : t.related()) {
            b.append("related: ").append(r).append('\n');
        }
        b.append("---\n").append(t.text()).append('\n');
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(folder());
        for (String seed : seeds()) {
            Path golden = folder().resolve(seed);
            String now = render(seed);
            boolean changed = !Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(now);
            Files.writeString(golden, now, StandardCharsets.UTF_8);
            System.out.println((changed ? "rewrote   " : "unchanged ") + golden);
        }
    }
}
