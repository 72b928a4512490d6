package org.stemma.story;

import java.util.List;

/**
 * A news story: articles about the same event, and within it the lineages of articles whose
 * main text derives from a common text. Its label for a reader is its {@code title}, its date
 * range ({@code start}, {@code end}) and its top {@code names}.
 *
 * @param id        stable id derived from its articles
 * @param title     a representative headline: the one of the article closest to the others
 * @param articles  every article of the event, by id
 * @param lineages  groups of articles sharing derived text (each of size two or more)
 * @param start     earliest known publication (ISO 8601) or null
 * @param end       latest known publication (ISO 8601) or null
 * @param outlets   distinct outlets, in order of first appearance
 * @param names     the people and places most of its articles name (at most three), as written
 */
public record Story(String id, String title, List<String> articles, List<List<String>> lineages,
                    String start, String end, List<String> outlets, List<String> names) {
    public Story {
        articles = List.copyOf(articles);
        lineages = lineages.stream().map(List::copyOf).toList();
        outlets = List.copyOf(outlets);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** A story without names (read from a store that did not keep them). */
    public Story(String id, String title, List<String> articles, List<List<String>> lineages,
                 String start, String end, List<String> outlets) {
        this(id, title, articles, lineages, start, end, outlets, List.of());
    }
}
