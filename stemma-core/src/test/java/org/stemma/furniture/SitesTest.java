package org.stemma.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class SitesTest {

    static Article page(String url) {
        return Article.builder("x", "text").url(url).build();
    }

    @Test
    void eachHostIsASiteOfItsOwn() {
        // A platform serves many authors from its subdomains (a.blogspot.com, b.blogspot.com):
        // joining them would take text two of its blogs copied for the platform's furniture.
        assertThat(Sites.of(page("http://chicago.cbslocal.com/2017/03/30/a/")))
                .isEqualTo(Sites.of(page("http://chicago.cbslocal.com:80/2016/11/05/b/")))
                .isNotEqualTo(Sites.of(page("http://dfw.cbslocal.com/2016/11/05/b/")));
        assertThat(Sites.of(page("https://www.bbc.co.uk/news/2"))).isEqualTo("host:bbc.co.uk");
    }

    @Test
    void withoutAUrlTheOutletThenTheBylineThenNothing() {
        assertThat(Sites.of(Article.builder("x", "t").outlet(" AP ").build())).isEqualTo("outlet:ap");
        assertThat(Sites.of(Article.builder("x", "t").author("Jane Roe").build())).isEqualTo("byline:jane roe");
        assertThat(Sites.of(Article.builder("x", "t").build())).isNull();
    }
}
