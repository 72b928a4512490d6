package org.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String P1 = "Mali's armed forces said on Thursday they had regained control of "
            + "several towns in the north of the country after weeks of heavy fighting with rebels.";
    private static final String P2 = "General Alou Boi Diarra told the broadcaster that the army would "
            + "keep pressing forward, and that foreign partners had supplied aircraft and training.";
    private static final String P3 = "Residents of the region described a tense calm, with markets slowly "
            + "reopening and families returning to homes they had left in the spring.";
    private static final String P4 = "Analysts in Bamako cautioned that holding the territory would be "
            + "harder than taking it, given the size of the desert and the reach of armed groups.";

    /** A page with navigation, a related list, comments and a footer around a four-paragraph story. */
    private static String page(String head, String beforeArticle) {
        return "<!doctype html><html lang=\"en-GB\"><head><title>Mali regains territory | Sahel Daily</title>"
                + head + "</head><body>"
                + "<header class=\"site-header\"><nav><ul>"
                + "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/africa\">Africa</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "<li><a href=\"/opinion\">Opinion and analysis of the week</a></li></ul></nav></header>"
                + "<div class=\"ticker\"><a href=\"/a\">Markets rally as oil prices climb again this week</a></div>"
                + "<main><article>" + beforeArticle
                + "<h1>Mali regains territory</h1>"
                + "<div class=\"byline\">By Jane Doe</div>"
                + "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
                + "<p>" + P3 + "</p><p>READ MORE: <a href=\"/x\">Russia and Mali sign new defence pact in Moscow</a></p>"
                + "<p>" + P4 + "</p></div></article>"
                + "<aside class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/1\">Niger junta expels French ambassador after coup</a></li>"
                + "<li><a href=\"/2\">Burkina Faso recruits volunteers to fight insurgents</a></li>"
                + "<li><a href=\"/3\">Wagner fighters leave Mali after two years of operations</a></li></ul></aside>"
                + "<section id=\"comments\"><h3>3 Comments</h3>"
                + "<div class=\"comment\"><p>This is a long reader comment that goes on about the situation in "
                + "the Sahel and what the writer believes the government should do next about it.</p></div>"
                + "<div class=\"comment\"><p>Another reader comment with its own rather long opinion about the "
                + "army and the rebels and the foreign partners that the article mentions here.</p></div></section>"
                + "</main><footer><p>© 2024 Sahel Daily. All rights reserved. Contact us at the newsroom "
                + "for corrections and complaints about our coverage.</p></footer></body></html>";
    }

    @Test
    void keepsTheStoryParagraphsAndDropsNavigationSharingRelatedCommentsAndFooter() {
        ExtractedPage p = extractor.extract(page("", ""), "https://sahel.example/world/mali-regains");
        assertThat(p.text()).isEqualTo(String.join("\n\n", P1, P2, P3, P4));
        assertThat(p.removed()).anySatisfy(r -> assertThat(r).contains("Sport"))
                .anySatisfy(r -> assertThat(r).contains("All rights reserved"))
                .anySatisfy(r -> assertThat(r).contains("reader comment"));
        assertThat(p.removedChars()).isGreaterThan(300);
        assertThat(p.related()).contains("Russia and Mali sign new defence pact in Moscow",
                "Niger junta expels French ambassador after coup");
        assertThat(p.title()).isEqualTo("Mali regains territory");
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.outlet()).isEqualTo("sahel.example");
        assertThat(p.author()).isEqualTo("Jane Doe");
        assertThat(p.canonicalUrl()).isEqualTo("https://sahel.example/world/mali-regains");
    }

    @Test
    void hiddenElementsAndTeaserListsAreNotText() {
        String teasers = "<div class=\"grid\">"
                + teaser("One", "A summary of another story about the economy that runs to a couple of lines.")
                + teaser("Two", "A summary of a third story about football results over the long weekend.")
                + teaser("Three", "A summary of a fourth story about the weather and the coming rainy season.")
                + "</div>";
        String html = "<html><body><div style=\"display: none\"><p>" + P4 + "</p></div>"
                + "<div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + teasers + "</body></html>";
        ExtractedPage p = extractor.extract(html, null);
        assertThat(p.text()).isEqualTo(String.join("\n\n", P1, P2, P3));
    }

    private static String teaser(String n, String summary) {
        return "<div class=\"card\"><h3><a href=\"/" + n + "\">Headline number " + n + " of the list</a></h3>"
                + "<p>" + summary + "</p></div>";
    }

    @Test
    void bylineLinesBeforeTheStoryAndSectionsAfterItAreDropped() {
        String html = "<html><body><div class=\"story\">"
                + "<div>By Jane Doe</div><div>Updated 10:32 AM, 22/08/2024</div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<h2>You may also like</h2><p>Ten photos of the rainy season that show the city in a new light.</p>"
                + "<p>How to cook the perfect rice for a family of six in under an hour.</p>"
                + "</div></body></html>";
        ExtractedPage p = extractor.extract(html, null);
        assertThat(p.text()).isEqualTo(String.join("\n\n", P1, P2, P3, P4));
        // A mid-article "Related" box followed by more story does not end the article.
        String mid = "<html><body><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<h3>Related</h3><p><a href=\"/r\">Another story about the Sahel and its armies</a></p>"
                + "<p>" + P3 + "</p><p>" + P4 + "</p></div></body></html>";
        assertThat(extractor.extract(mid, null).text()).isEqualTo(String.join("\n\n", P1, P2, P3, P4));
    }

    @Test
    void extractsFromAnAlreadyParsedDocument() {
        ExtractedPage p = extractor.extractDocument(
                org.jsoup.Jsoup.parse(page("", ""), "https://sahel.example/2024/08/22/x"), null);
        assertThat(p.text()).startsWith(P1);
        assertThat(p.published()).isEqualTo("2024-08-22");
    }

    @Test
    void publishedFromJsonLdWithOutletAndAuthor() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Mali regains territory\",\"datePublished\":\"2024-08-22T10:15:00+03:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Amadou Traoré\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Sahel Daily\"},"
                + "\"inLanguage\":\"fr\"}]}</script>"
                + "<meta property=\"article:published_time\" content=\"2025-01-01T00:00:00Z\">";
        ExtractedPage p = extractor.extract(page(ld, ""), "https://sahel.example/a");
        assertThat(p.published()).isEqualTo("2024-08-22T10:15:00+03:00");
        assertThat(p.outlet()).isEqualTo("Sahel Daily");
        assertThat(p.author()).isEqualTo("Amadou Traoré");
        assertThat(p.language()).isEqualTo("en"); // <html lang> is declared first
    }

    @Test
    void publishedFromMetaTag() {
        String meta = "<meta property=\"article:published_time\" content=\"2024-08-22T07:00:00Z\">"
                + "<meta property=\"og:site_name\" content=\"Sahel Daily\">"
                + "<meta name=\"author\" content=\"Jane Roe\">"
                + "<link rel=\"canonical\" href=\"/world/mali\">";
        ExtractedPage p = extractor.extract(page(meta, ""), "https://sahel.example/amp/mali");
        assertThat(p.published()).isEqualTo("2024-08-22T07:00:00Z");
        assertThat(p.outlet()).isEqualTo("Sahel Daily");
        assertThat(p.author()).isEqualTo("Jane Roe");
        assertThat(p.canonicalUrl()).isEqualTo("https://sahel.example/world/mali");
    }

    @Test
    void publishedFromTimeElement() {
        ExtractedPage p = extractor.extract(
                page("", "<time datetime=\"2024-08-22\">22 August</time>"), null);
        assertThat(p.published()).isEqualTo("2024-08-22");
    }

    @Test
    void publishedFromUrl() {
        ExtractedPage p = extractor.extract(page("", ""), "https://sahel.example/2024/08/22/mali-regains/");
        assertThat(p.published()).isEqualTo("2024-08-22");
    }

    @Test
    void publishedFromDatelineText() {
        String html = "<html><body><div class=\"story\"><p>BAMAKO, Aug. 22, 2024 — " + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"ticker\">Jan 3, 2025 markets</div></body></html>";
        ExtractedPage p = extractor.extract(html, null);
        assertThat(p.published()).isEqualTo("2024-08-22");
    }

    @Test
    void languageFromContentWhenUndeclared() {
        String html = "<html><body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
        assertThat(extractor.extract(html, null).language()).isEqualTo("en");
        String fr = "<html><body><p>Les forces armées du Mali ont repris le contrôle de plusieurs villes "
                + "du nord du pays, selon le général qui a parlé à la télévision pour la première fois "
                + "depuis le début de la campagne.</p></body></html>";
        assertThat(extractor.extract(fr, null).language()).isEqualTo("fr");
        String lang = "<html lang=\"pt-BR\"><body><p>" + P1 + "</p></body></html>";
        assertThat(extractor.extract(lang, null).language()).isEqualTo("pt");
    }

    /** A news page that declares no language: menu, headline, three paragraphs, footer. */
    private static String undeclaredNewsPage(String menu, String headline, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(headline).append("</title></head><body><header><nav><a href=\"/\">")
                .append(menu).append("</a></nav></header><main><article><h1>").append(headline).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article></main><footer>© 2024</footer></body></html>").toString();
    }

    @Test
    void aUkrainianPageIsUkrainianAndAPersianPagePersian() {
        // Written for this test; neither page declares its language.
        String uk = undeclaredNewsPage("Головна", "Уряд оголосив нові виплати для громад",
                "Уряд у вівторок оголосив про нові виплати для громад, які постраждали від обстрілів "
                        + "минулої зими.",
                "За словами міністра, кошти спрямують на відновлення шкіл, лікарень і мереж водопостачання "
                        + "у прифронтових областях.",
                "Перші виплати надійдуть уже наступного тижня, а місцева влада має подати звіти до кінця "
                        + "місяця, зазначив він.");
        String fa = undeclaredNewsPage("صفحه اصلی", "دولت برنامه تازه کمک به سیل‌زدگان را اعلام کرد",
                "دولت روز سه‌شنبه اعلام کرد که برنامه تازه‌ای برای کمک به خانواده‌هایی که از سیل آسیب "
                        + "دیده‌اند آغاز می‌کند.",
                "به گفته وزیر کشور، این کمک‌ها شامل بازسازی مدرسه‌ها، بیمارستان‌ها و شبکه آب آشامیدنی "
                        + "در استان‌های جنوبی است.",
                "او همچنین گفت که نخستین پرداخت‌ها هفته آینده انجام خواهد شد و گزارش‌ها تا پایان ماه "
                        + "منتشر می‌شود.");
        ExtractedPage ukPage = extractor.extract(uk, "https://news.example.ua/2024/03/05/vyplaty");
        ExtractedPage faPage = extractor.extract(fa, "https://news.example.ir/2024/03/05/komak");
        assertThat(ukPage.text()).contains("Перші виплати");
        assertThat(ukPage.language()).isEqualTo("uk");
        assertThat(faPage.text()).contains("نخستین پرداخت‌ها");
        assertThat(faPage.language()).isEqualTo("fa");
    }

    @Test
    void deeplyNestedPageDoesNotBlowTheStack() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder(depth * 12 + 1000);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) {
            sb.append("<div>");
        }
        sb.append("<p>").append(P1).append("</p><p>").append(P2).append("</p>");
        for (int i = 0; i < depth; i++) {
            sb.append("</div>");
        }
        sb.append("</body></html>");
        ExtractedPage p = extractor.extract(sb.toString(), null);
        assertThat(p.text()).contains("regained control");
    }

    @Test
    void aTitleLosesTheNoBreakSpacesAroundItAndBeforeTheSiteName() {
        ExtractedPage p = extractor.extract(page("<meta property=\"og:title\" content=\"&nbsp;Mali regains territory&nbsp;\">", ""),
                "https://sahel.example/world/mali-regains");
        assertThat(p.title()).isEqualTo("Mali regains territory");
        assertThat(PageMetadata.stripSiteSuffix("Mali regains territory\u00A0|\u00A0Sahel Daily", "Sahel Daily"))
                .isEqualTo("Mali regains territory");
        assertThat(PageMetadata.stripSiteSuffix("Mali regains territory |\u00A0Sahel Daily\u00A0", "Sahel Daily"))
                .isEqualTo("Mali regains territory");
    }

    @Test
    void emptyAndTextlessPagesGiveEmptyText() {
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract(null, null).text()).isEmpty();
        ExtractedPage p = extractor.extract("<html><body><script>var x = 1;</script></body></html>", null);
        assertThat(p.text()).isEmpty();
        assertThat(p.title()).isNull();
        assertThat(p.published()).isNull();
    }
}
