package org.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlDepthTest {

    @Test
    void countsNestingNotTags() {
        assertThat(HtmlDepth.maxDepth("<html><body><div><div><span>x</span></div></div></body></html>", 100))
                .isEqualTo(3);
        assertThat(HtmlDepth.maxDepth("<div>" + "<p>a<br>b<img src=x/>".repeat(1000) + "</div>", 100)).isEqualTo(1);
        assertThat(HtmlDepth.maxDepth("<ul>" + "<li>item".repeat(5000) + "</ul>", 100)).isEqualTo(1);
        assertThat(HtmlDepth.maxDepth("<div><!-- <div><div><div> --><script>if (a<b) { '<div><div>' }</script></div>", 100))
                .isEqualTo(1);
        assertThat(HtmlDepth.maxDepth("<x-card><a href='/'>l</a></x-card><br/>", 100)).isEqualTo(2);
    }

    @Test
    void stopsEarlyOnDeepPages() {
        String deep = "<div>".repeat(100_000);
        assertThat(HtmlDepth.maxDepth(deep, 1000)).isEqualTo(1001);
    }

    @Test
    void moderatelyDeepPagesAreStillExtracted() throws Exception {
        String p = "The city council approved the new budget on Monday after a long debate about the cost "
                + "of public transport and the repair of old bridges.";
        String html = "<html><body>" + "<div>".repeat(900) + "<p>" + p + "</p>" + "</div>".repeat(900) + "</body></html>";
        assertThat(new ArticleFactory().fromHtml("x", html, null, "x.html").text()).contains("city council");
    }
}
