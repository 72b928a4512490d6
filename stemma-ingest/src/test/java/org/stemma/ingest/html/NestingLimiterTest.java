package org.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NestingLimiterTest {

    @Test
    void shallowPagesAreReturnedUnchanged() {
        String html = "<html><body><div><p>One<br>two</p><!-- <div><div> --><script>'<div>'</script></div></body></html>";
        assertThat(NestingLimiter.limit(html, 4)).isSameAs(html);
    }

    @Test
    void deepPagesAreFlattenedBelowTheLimitKeepingAllText() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 2000; i++) {
            sb.append("<div class='a>b'>").append(i % 100 == 0 ? "t" + i + " " : "");
        }
        sb.append("<p>bottom</p>");
        for (int i = 0; i < 2000; i++) {
            sb.append("</div>");
        }
        sb.append("<p>after</p></body></html>");
        String limited = NestingLimiter.limit(sb.toString(), 100);
        Element body = Jsoup.parse(limited).body();
        int depth = 0;
        for (Element e = body; e.childrenSize() > 0; e = e.child(0)) {
            depth++;
        }
        assertThat(depth).isLessThanOrEqualTo(101);
        assertThat(body.text()).startsWith("t0 t100").contains("t1900 bottom").endsWith("after");
    }

    @Test
    void scriptContentIsNotCountedAsTags() {
        StringBuilder sb = new StringBuilder("<html><body><script>");
        for (int i = 0; i < 1000; i++) {
            sb.append("<div>");
        }
        sb.append("</script><p>text</p></body></html>");
        String html = sb.toString();
        assertThat(NestingLimiter.limit(html, 10)).isSameAs(html);
    }
}
