package org.stemma.ingest.html;

import java.util.List;

/**
 * What extraction finds in one HTML page. Null where not found.
 *
 * @param title        headline
 * @param text         main text, paragraphs separated by blank lines
 * @param published    ISO 8601 date or date-time
 * @param outlet       site name or domain
 * @param author       byline
 * @param canonicalUrl declared canonical URL
 * @param language     ISO 639-1 code
 * @param removedChars characters of visible page text not kept as main text
 * @param removed      visible blocks not kept (menus, lists, footers), for display
 * @param related      related / "read more" headlines found on the page
 */
public record ExtractedPage(String title, String text, String published, String outlet,
                            String author, String canonicalUrl, String language,
                            int removedChars, List<String> removed, List<String> related) {
    public ExtractedPage {
        text = text == null ? "" : text;
        removed = removed == null ? List.of() : List.copyOf(removed);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
