package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's main text and metadata from an HTML page.
 *
 * <p>Baseline: the page title and the text of its {@code <p>} elements. To be replaced by the
 * scoring extractor.
 */
public final class HtmlArticleExtractor {

    /**
     * @param html    the decoded page
     * @param baseUrl the page URL (for relative links and the domain), or null
     */
    public ExtractedPage extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        List<String> paras = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                paras.add(t);
            }
        }
        String text = String.join("\n\n", paras);
        int all = doc.body() == null ? 0 : doc.body().text().length();
        return new ExtractedPage(doc.title().isBlank() ? null : doc.title().strip(), text, null,
                null, null, null, null, Math.max(0, all - text.length()), List.of(), List.of());
    }
}
