package org.stemma.story;

import java.util.List;

/**
 * A news story: articles about the same event, and within it the lineages of articles whose
 * main text derives from a common text.
 *
 * @param id        stable id derived from its articles
 * @param title     a representative headline
 * @param articles  every article of the event, by id
 * @param lineages  groups of articles sharing derived text (each of size two or more)
 * @param start     earliest known publication (ISO 8601) or null
 * @param end       latest known publication (ISO 8601) or null
 * @param outlets   distinct outlets, in order of first appearance
 */
public record Story(String id, String title, List<String> articles, List<List<String>> lineages,
                    String start, String end, List<String> outlets) {
    public Story {
        articles = List.copyOf(articles);
        lineages = lineages.stream().map(List::copyOf).toList();
        outlets = List.copyOf(outlets);
    }
}
