package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stemma.testing.TestData;

/** The allocation-free name finder finds what the plain one did (and dateline places). */
class NamedEntitiesEquivalenceTest {

    private static final String[] PIECES = {
        "the", "The", "de", "della", "della's", "de's", "al", "Al", "bin", "of", "Of", "van", "Van",
        "Diarra", "Diarra's", "Diarra’s", "Mali’s", "General", "Minister", "Foreign", "Alou", "Boi",
        "NATO", "UN", "A", "I", "x", "ß", "straße", "Straße", "ĸĸ", "ĸa", "ﬁne", "Émile", "émile",
        "Москва", "москва", "Путин", "مالي", "中国", "'s", "’s", "'", "’", "'Israel'", "s'", "o'clock",
        "McDonald", "iPhone", "eBay", "2024", "said", "told", "Burkina", "Faso", "States", "Group",
        ".", ",", ":", "!", "?", "\n", "\n\n", "“", "”", "\"", "•", "-", "—", "(", ")", ";",
    };

    @Test
    void randomTextsGiveTheSameNames() {
        Random random = new Random(20261204);
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(60);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(5) > 0) {
                    text.append(' ');
                }
            }
            assertSame(text.toString());
        }
    }

    @Test
    void theSeedsGiveTheSameNames() throws IOException {
        try (Stream<Path> files = Files.list(TestData.seeds())) {
            List<Path> seeds = files.toList();
            assertThat(seeds).isNotEmpty();
            for (Path p : seeds) {
                assertSame(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theEvaluationBodiesGiveTheSameNames() throws IOException {
        Path gold = TestData.requireEval("article-extraction/ground-truth.json");
        // The bodies as they stand in the JSON, escapes and all: real capitalisation.
        String json = Files.readString(gold, StandardCharsets.UTF_8);
        String[] chunks = json.split("\"articleBody\"");
        assertThat(chunks.length).isGreaterThan(100);
        for (String chunk : chunks) {
            assertSame(chunk.length() > 20_000 ? chunk.substring(0, 20_000) : chunk);
        }
    }

    private static void assertSame(String text) {
        NamedEntities fast = NamedEntities.of(text);
        NamedEntitiesReference plain = NamedEntitiesReference.of(text);
        assertThat(fast.persons()).as("persons of %s", text).isEqualTo(plain.persons());
        // Places (a later addition) only add names: dateline capitals before a comma.
        assertThat(fast.names()).as("names of %s", text).containsAll(plain.names());
        java.util.Set<String> added = new java.util.HashSet<>(fast.names());
        added.removeAll(plain.names());
        assertThat(fast.places()).as("places of %s", text).containsAll(added);
    }

}
