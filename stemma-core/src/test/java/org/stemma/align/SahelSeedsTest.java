package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * Golden test on the five Sahel seed articles (raw file text, page furniture included): the
 * lexical links the acceptance asks for.
 */
class SahelSeedsTest {

    static List<Article> articles;
    static List<Link> links;

    @BeforeAll
    static void run() throws IOException {
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/sahel-2024"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                articles.add(Article.builder(id, Files.readString(p, StandardCharsets.UTF_8)).build());
            }
        }
        assertThat(articles).hasSize(5);
        links = new ReuseFinder(ReuseOptions.defaults(), null).find(articles);
        for (Link l : links) {
            System.out.printf("%s -- %s %s %.3f %.3f%n", l.a(), l.b(), l.kind(), l.coverageA(), l.coverageB());
            Article a = byId(l.a());
            Article b = byId(l.b());
            for (Passage p : l.passages()) {
                System.out.printf("   %s %.2f A[%s]%n      B[%s]%n", p.kind(), p.similarity(),
                        p.a().of(a.text()).replace('\n', ' '), p.b().of(b.text()).replace('\n', ' '));
            }
        }
    }

    static Article byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    static Link link(String prefixA, String prefixB) {
        return links.stream().filter(l -> l.a().startsWith(prefixA) && l.b().startsWith(prefixB)
                || l.a().startsWith(prefixB) && l.b().startsWith(prefixA)).findFirst().orElse(null);
    }

    @Test
    void show() {
    }
}
