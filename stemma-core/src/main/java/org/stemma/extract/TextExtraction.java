package org.stemma.extract;

import java.util.List;

/**
 * What {@link PlainTextExtractor} finds in a plain-text page dump. Strings are null where
 * nothing was found.
 *
 * @param title        the headline
 * @param text         the main text, paragraphs separated by blank lines
 * @param published    ISO 8601 date ({@code yyyy-MM-dd}) or null
 * @param outlet       the outlet named by the page (site-name line or wire credit), or null
 * @param author       byline ("By ..."), or null
 * @param language     ISO 639-1 code, or null when the evidence is too thin
 * @param removedChars characters of non-blank input not kept in {@code text}
 * @param removed      the removed lines and fragments, in document order
 * @param related      "READ MORE:" / "MORE:" / related-news headlines, in document order
 */
public record TextExtraction(String title, String text, String published, String outlet,
                             String author, String language, int removedChars,
                             List<String> removed, List<String> related) {
    public TextExtraction {
        text = text == null ? "" : text;
        removed = removed == null ? List.of() : List.copyOf(removed);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
