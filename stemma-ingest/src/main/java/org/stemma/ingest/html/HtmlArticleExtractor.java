package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.stemma.extract.LanguageGuesser;

/**
 * Extracts an article's main text and metadata from an HTML page.
 *
 * <p>The page is cut into text blocks ({@link BlockSegmenter}), the main text is the best-scoring
 * element's blocks minus furniture ({@link MainTextSelector}), and metadata comes from JSON-LD,
 * meta tags and markup ({@link PageMetadata}, {@link PublishedDateFinder}). Only general signals
 * are used: text and link density, block structure, tag roles, class/id names. The walk is
 * iterative, so deeply nested pages cannot exhaust the stack; the document is not modified.
 * Instances are stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    private static final int MAX_REMOVED_LISTED = 2_000;
    private static final int LEAD_BLOCKS = 6;

    /**
     * @param html    the decoded page
     * @param baseUrl the page URL (for relative links and the domain), or null
     */
    public ExtractedPage extract(String html, String baseUrl) {
        String markup = html == null ? "" : NestingLimiter.limit(html, NestingLimiter.MAX_DEPTH);
        Document doc = Jsoup.parse(markup, baseUrl == null ? "" : baseUrl);
        return extractDocument(doc, baseUrl);
    }

    /**
     * Extracts from an already parsed page (for callers that let jsoup decode the bytes). Unlike
     * {@link #extract(String, String)}, no nesting limit is applied before parsing: jsoup itself
     * slows quadratically on pages nested tens of thousands deep.
     *
     * @param doc     the parsed page; not modified
     * @param baseUrl the page URL, or null to use the document's location
     */
    public ExtractedPage extractDocument(Document doc, String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? doc.location() : baseUrl;
        PageElements elements = PageElements.of(doc);
        JsonLd jsonLd = JsonLd.read(elements);
        PageMetadata meta = PageMetadata.read(elements, doc.title(), jsonLd,
                url == null || url.isBlank() ? null : url);
        Element body = doc.body();
        PageBlocks page = BlockSegmenter.segment(body == null ? doc : body);
        ReferenceText reference = new ReferenceText();
        reference.add(jsonLd.fromArticle("articleBody"));
        reference.add(elements.meta("description"));
        reference.add(elements.meta("og:description"));
        MainTextSelector.Selection sel = MainTextSelector.select(page, meta.title(), reference);

        StringBuilder text = new StringBuilder();
        for (TextBlock b : sel.kept()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text());
        }
        List<String> removed = new ArrayList<>();
        int removedChars = 0;
        for (TextBlock b : sel.dropped()) {
            removedChars += b.text().length();
            if (removed.size() < MAX_REMOVED_LISTED) {
                removed.add(b.text());
            }
        }
        String published = PublishedDateFinder.find(elements, jsonLd,
                meta.canonicalUrl() != null ? meta.canonicalUrl() : url, lead(page, sel));
        String language = meta.language() != null ? meta.language()
                : LanguageGuesser.guess(text.toString());
        return new ExtractedPage(meta.title(), text.toString(), published, meta.outlet(),
                meta.author(), meta.canonicalUrl(), language, removedChars, removed,
                RelatedHeadlines.find(elements, page.blocks()));
    }

    /** Blocks where a dateline would be: just before the main text and its first blocks. */
    private static List<TextBlock> lead(PageBlocks page, MainTextSelector.Selection sel) {
        List<TextBlock> lead = new ArrayList<>();
        List<TextBlock> all = page.blocks();
        for (int i = Math.max(0, sel.containerFrom() - LEAD_BLOCKS);
                i < Math.min(all.size(), sel.containerFrom() + LEAD_BLOCKS); i++) {
            lead.add(all.get(i));
        }
        return lead;
    }
}
