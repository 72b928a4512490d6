package org.stemma.report.html;

import java.util.List;

/**
 * The JSON shapes the web UI reads, from the REST API and from the data block of the static
 * report alike. Offsets are UTF-16 char offsets into the article's {@code text}, end exclusive,
 * as {@code [start, end]} pairs.
 */
public final class Views {
    private Views() {
    }

    /** An article in a list. */
    public record ArticleSummary(String id, String outlet, String title, String published, String url,
                                 int chars) {
    }

    /**
     * A whole article, with its quotations' spans, the story that holds it and the sentences
     * removed from its text as the corpus's furniture.
     */
    public record ArticleView(String id, String source, String url, String canonicalUrl, String outlet,
                              String title, String published, String author, String language, String text,
                              int removedChars, List<String> removed, List<String> related,
                              String story, List<QuoteMark> quotes, List<String> furniture) {
    }

    /** A quotation inside an article, for highlighting. */
    public record QuoteMark(String family, int[] span, String relation, String speaker) {
    }

    /**
     * A passage pair; {@code changedA}/{@code changedB} are the words that differ (may be
     * empty), {@code ops} the word diff from a to b in order (null when not known).
     */
    public record PassageView(int[] a, int[] b, String kind, double similarity,
                              List<int[]> changedA, List<int[]> changedB, List<OpView> ops) {
    }

    /** One run of a passage's word diff: {@code op} is equal, insert, delete or replace. */
    public record OpView(String op, int[] a, int[] b, String textA, String textB) {
    }

    /** A link between two articles. */
    public record LinkView(String a, String b, String kind, double coverageA, double coverageB,
                           List<PassageView> passages) {
    }

    /** A link seen from one of its articles, with the other article summarised. */
    public record ArticleLink(ArticleSummary other, LinkView link) {
    }

    /** Two linked (or unlinked: {@code link} null) articles side by side. */
    public record PairView(ArticleView a, ArticleView b, LinkView link) {
    }

    /** A story in a list. */
    public record StorySummary(String id, String title, String start, String end, List<String> outlets,
                               int size, List<String> names) {
        public StorySummary {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** A node of a provenance graph: an article or an {@code external:} source. */
    public record GraphNode(String id, String outlet, String published, String title, boolean external) {
    }

    /** A derivation edge; not {@code directed}: which of the two came first is undetermined. */
    public record GraphEdge(String source, String copy, String kind, boolean credited, double confidence,
                            boolean directed, List<String> evidence) {
    }

    /** A provenance graph. */
    public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    /** A whole story. */
    public record StoryView(String id, String title, String start, String end, List<String> outlets,
                            List<String> names, List<ArticleSummary> articles, List<List<String>> lineages,
                            Graph graph, List<LinkView> links) {
    }

    /**
     * A page of a story (the REST API's answer, so that a story of thousands of articles is never
     * one document): the whole story's label, size and outlet-level graph, and the members
     * {@code [offset, offset + limit)} with their lineages and article-level graph.
     *
     * @param size      the number of articles in the whole story
     * @param names     the whole story's top names (its label with the title and date range)
     * @param graph     derivations whose copy is among this page's articles
     * @param linkCount links between two articles of the whole story (paged by {@code /stories/{id}/links})
     */
    public record StoryPageView(String id, String title, String start, String end, List<String> outlets, int size,
                                List<String> names, int offset, int limit, List<ArticleSummary> articles,
                                List<List<String>> lineages, Graph graph, OutletGraph outletGraph, long linkCount) {
    }

    /** The provenance of a story drawn between outlets: who took text from whom, how often. */
    public record OutletGraph(List<OutletNode> nodes, List<OutletEdge> edges) {
    }

    /** An outlet of a story ({@code external}: named as a source, outside the corpus) and its article count. */
    public record OutletNode(String outlet, int articles, boolean external) {
    }

    /**
     * The derivations from articles of outlet {@code source} to articles of outlet {@code copy}:
     * how many, of which kind, how many uncredited.
     */
    public record OutletEdge(String source, String copy, int derivations, int copies, int partials, int rewrites,
                             int uncredited) {
    }

    /** A link in a list: its two articles summarised, its kind and coverage, and its number of passages. */
    public record LinkRow(ArticleSummary a, ArticleSummary b, String kind, double coverageA, double coverageB,
                          int passages) {
    }

    /** One variant of a quotation; {@code outlet}, {@code title} and {@code published} name its article for a reader. */
    public record VariantView(String article, String outlet, String title, String published, String text, int[] span,
                              String speakerAsWritten, String speaker, String cue, String relation,
                              List<DiffView> diff) {
    }

    /** One run of a word diff: {@code op} is equal, insert or delete. */
    public record DiffView(String op, String text) {
    }

    /** A quote family. */
    public record QuoteFamilyView(String id, String speaker, String wording, List<VariantView> variants) {
    }

    /** A page of a list. */
    public record PageView<T>(List<T> items, int offset, int limit, long total) {
    }
}
