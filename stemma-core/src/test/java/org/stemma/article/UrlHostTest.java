package org.stemma.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How Stemma reads the host of a page URL and the label that names a site. */
class UrlHostTest {

    @Test
    void theHostIsLowerCaseWithoutWwwPortUserOrTrailingDot() {
        assertThat(UrlHost.host("https://www.Example.com/news/1")).isEqualTo("example.com");
        assertThat(UrlHost.host("http://user:secret@news.example.org:8080/a?b#c")).isEqualTo("news.example.org");
        assertThat(UrlHost.host("https://example.com./x")).isEqualTo("example.com");
        assertThat(UrlHost.host("  https://www.rt.com  ")).isEqualTo("rt.com");
    }

    @Test
    void aSpaceInThePathDoesNotLoseTheHost() {
        assertThat(UrlHost.host("https://www.example.com/news/a story.html")).isEqualTo("example.com");
        assertThat(UrlHost.host("https://example.com/search?q=a b|c")).isEqualTo("example.com");
    }

    @Test
    void aUrlWithoutItsSchemeStillHasAHost() {
        assertThat(UrlHost.host("www.example.com/news/1")).isEqualTo("example.com");
        assertThat(UrlHost.host("//cdn.example.net/x.js")).isEqualTo("cdn.example.net");
        assertThat(UrlHost.host("english.almayadeen.net")).isEqualTo("english.almayadeen.net");
    }

    @Test
    void internationalisedNamesAreGivenInTheirOwnScript() {
        assertThat(UrlHost.host("https://новости.рф/politika/1")).isEqualTo("новости.рф");
        assertThat(UrlHost.host("https://xn--b1amnebsh.xn--p1ai/")).isEqualTo("новости.рф");
        assertThat(UrlHost.host("https://خبر.مصر/عاجل")).isEqualTo("خبر.مصر");
        assertThat(UrlHost.host("http://新闻.中国/2024/08/22")).isEqualTo("新闻.中国");
        assertThat(UrlHost.host("https://ειδήσεις.ελ/")).isEqualTo("ειδήσεις.ελ");
        assertThat(UrlHost.host("https://НОВОСТИ.РФ/")).isEqualTo("новости.рф");
    }

    @Test
    void addressesAndHostsAfterASchemeOnly() {
        assertThat(UrlHost.host("http://192.168.0.10:8080/x")).isEqualTo("192.168.0.10");
        assertThat(UrlHost.host("http://[::1]:7070/api")).isEqualTo("[::1]");
        assertThat(UrlHost.host("http://localhost:7070/")).isEqualTo("localhost");
        assertThat(UrlHost.host("localhost")).isNull();
        assertThat(UrlHost.host("192.168.0.10")).isNull();
    }

    @Test
    void textThatIsNoHostHasNone() {
        assertThat(UrlHost.host(null)).isNull();
        assertThat(UrlHost.host("")).isNull();
        assertThat(UrlHost.host("/news/2024/08/22/story")).isNull();
        assertThat(UrlHost.host("Al Mayadeen")).isNull();
        assertThat(UrlHost.host("RT")).isNull();
        assertThat(UrlHost.host("Sputnik: RIA")).isNull();
        assertThat(UrlHost.host("editor@example.com")).isNull();
        assertThat(UrlHost.host("https://exa mple.com/")).isNull();
        assertThat(UrlHost.host("https://example.123/")).isNull();
        assertThat(UrlHost.host("https://-example.com/")).isNull();
    }

    @Test
    void theSiteLabelIsTheNameBeforeTheRegistry() {
        assertThat(UrlHost.siteLabel("https://www.rt.com/news/1")).isEqualTo("rt");
        assertThat(UrlHost.siteLabel("english.almayadeen.net")).isEqualTo("almayadeen");
        assertThat(UrlHost.siteLabel("https://news.bbc.co.uk/2/hi")).isEqualTo("bbc");
        assertThat(UrlHost.siteLabel("www.smh.com.au")).isEqualTo("smh");
        assertThat(UrlHost.siteLabel("https://новости.рф/")).isEqualTo("новости");
        assertThat(UrlHost.siteLabel("Source: rt.com.".substring(8))).isEqualTo("rt");
        assertThat(UrlHost.siteLabel("RT")).isNull();
        assertThat(UrlHost.siteLabel("Al Mayadeen English")).isNull();
        assertThat(UrlHost.siteLabel("http://192.168.0.10/")).isNull();
        assertThat(UrlHost.siteLabel("http://localhost/")).isNull();
    }
}
