package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** The colon-driven headline scan finds exactly what the cue pattern finds. */
class HeadlinesScanTest {

    private static final String[] WORDS = {"Read", "read", "MORE", "more", "More", "see", "See", "also", "ALSO",
        "related", "Related", "recommended", "anymore", "Ukraine", "linked", "to", "Africa", "terror", "attack",
        "the", "general", "said", "Mali", "_more", "more2", "read-more", "x", "next", "NEXT", "news", "stories",
        "Article", "articles", "story", "r\u00e9lated", "mor\u212a"};
    private static final String[] SEPS = {" ", " ", " ", "  ", "\n", "\t", ": ", ":", " : ", ":\n", ":\n  ", ". ",
        " \u00a0", "\u2003"};

    /** The straightforward scan: the cue pattern searched over the whole text. */
    private static List<Headline> reference(String text) {
        Map<String, Headline> out = new LinkedHashMap<>();
        Matcher m = Headlines.CUE.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            boolean glued = !text.substring(lineStart, m.start()).isBlank();
            String key = Headlines.key(m.group(1));
            if (key.length() < Headlines.MIN_KEY_CHARS) {
                continue;
            }
            Headline old = out.get(key);
            if (old == null || glued && !old.inline()) {
                out.put(key, new Headline(key, m.group().strip(), glued));
            }
        }
        return new ArrayList<>(out.values());
    }

    @Test
    void randomTextsGiveTheSameHeadlines() {
        Random r = new Random(11);
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(80);
            for (int i = 0; i < n; i++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(SEPS[r.nextInt(SEPS.length)]);
            }
            String text = b.toString();
            assertThat(Headlines.of(Article.builder("a", text).build())).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void seedTextsGiveTheSameHeadlines() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/sahel-2024"))) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p);
                assertThat(Headlines.of(Article.builder("a", text).build())).as(p.toString())
                        .isEqualTo(reference(text));
            }
        }
    }
}
