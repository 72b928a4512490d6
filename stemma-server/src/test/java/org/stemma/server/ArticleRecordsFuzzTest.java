package org.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.stemma.article.Article;

/**
 * Fuzz test of the body parser of {@code POST /articles}: whatever the body, it gives a batch of
 * valid articles (id without control characters, a text, distinct ids, at most the batch limit)
 * or refuses with an {@link ApiException} of a 4xx status whose message names no internal class;
 * nothing else escapes. Inputs kept in {@code src/test/resources/org/stemma/server/ArticleRecordsFuzzTestInputs/parse/}.
 */
class ArticleRecordsFuzzTest {
    private static final ArticleRecords RECORDS = new ArticleRecords(new ObjectMapper(), 20);

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        List<Article> articles;
        try {
            articles = RECORDS.parse(body);
        } catch (ApiException e) {
            assertThat(e.status).isBetween(400, 499);
            assertThat(e.code).isNotBlank();
            assertThat(e.getMessage()).isNotBlank().doesNotContainPattern("(org|java|com)\\.[a-z]+\\.[a-zA-Z]");
            return;
        }
        assertThat(articles).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(new HashSet<>(articles.stream().map(Article::id).toList())).hasSize(articles.size());
        for (Article a : articles) {
            assertThat(a.id()).isNotBlank();
            assertThat(a.id().chars().noneMatch(Character::isISOControl)).isTrue();
            assertThat(a.text()).isNotBlank();
        }
    }
}
