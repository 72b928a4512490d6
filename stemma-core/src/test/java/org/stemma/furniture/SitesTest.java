package org.stemma.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class SitesTest {

    static Article page(String url) {
        return Article.builder("x", "text").url(url).build();
    }

    @Test
    void aGroupsCitySubdomainsAreOneSite() {
        assertThat(Sites.of(page("http://chicago.cbslocal.com/2017/03/30/a/")))
                .isEqualTo(Sites.of(page("http://dfw.cbslocal.com:80/2016/11/05/b/")))
                .isNotEqualTo(Sites.of(page("https://www.chicagotribune.com/news/c")));
        assertThat(Sites.of(page("https://news.bbc.co.uk/1"))).isEqualTo(Sites.of(page("https://www.bbc.co.uk/news/2")));
    }

    @Test
    void withoutAUrlTheOutletThenTheBylineThenNothing() {
        assertThat(Sites.of(Article.builder("x", "t").outlet(" AP ").build())).isEqualTo("outlet:ap");
        assertThat(Sites.of(Article.builder("x", "t").author("Jane Roe").build())).isEqualTo("byline:jane roe");
        assertThat(Sites.of(Article.builder("x", "t").build())).isNull();
    }
}
