package org.stemma.article;

import java.util.List;
import java.util.Objects;

/**
 * One news item after extraction: its main text and metadata.
 *
 * <p>All offsets used elsewhere in Stemma (passages, quotes) are UTF-16 char offsets into
 * {@link #text()}, end exclusive. Fields that could not be determined are {@code null}
 * (strings) or empty (lists); {@code text} is never null.
 *
 * @param id           stable identifier: the input file's name without extension, a JSONL
 *                     record's {@code id}, or the WARC record id
 * @param source       where it was read from (file path, with line number or WARC offset)
 * @param url          the page URL, if known
 * @param canonicalUrl the page's declared canonical URL, if any
 * @param outlet       the publishing outlet (site name or domain)
 * @param title        the headline
 * @param published    ISO 8601 date or date-time, or null
 * @param author       byline, if any
 * @param language     ISO 639-1 code, or null
 * @param text         main text, paragraphs separated by blank lines
 * @param removedChars number of characters of page furniture removed from the input
 * @param removed      the removed furniture blocks, in document order (for display)
 * @param related      "READ MORE:"/"MORE:"/related headlines seen on the page (provenance evidence)
 * @param furniture    sentences removed from {@code text} as the corpus's furniture (lines a site
 *                     repeats on many pages, boilerplate many unrelated articles share), in text
 *                     order; empty until a corpus-level furniture stage has run
 */
public record Article(
        String id,
        String source,
        String url,
        String canonicalUrl,
        String outlet,
        String title,
        String published,
        String author,
        String language,
        String text,
        int removedChars,
        List<String> removed,
        List<String> related,
        List<String> furniture) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        text = text == null ? "" : text;
        removed = removed == null ? List.of() : List.copyOf(removed);
        related = related == null ? List.of() : List.copyOf(related);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        if (removedChars < 0) {
            throw new IllegalArgumentException("removedChars < 0: " + removedChars);
        }
    }

    /** An article no furniture stage has seen (no corpus furniture removed). */
    public Article(String id, String source, String url, String canonicalUrl, String outlet, String title,
                   String published, String author, String language, String text, int removedChars,
                   List<String> removed, List<String> related) {
        this(id, source, url, canonicalUrl, outlet, title, published, author, language, text, removedChars,
                removed, related, List.of());
    }

    /** A builder starting from an id and a text; every other field empty. */
    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A builder initialised with this article's fields. */
    public Builder toBuilder() {
        return new Builder(id, text).source(source).url(url).canonicalUrl(canonicalUrl)
                .outlet(outlet).title(title).published(published).author(author)
                .language(language).removedChars(removedChars).removed(removed).related(related).furniture(furniture);
    }

    /** Mutable builder for {@link Article}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String source;
        private String url;
        private String canonicalUrl;
        private String outlet;
        private String title;
        private String published;
        private String author;
        private String language;
        private String text;
        private int removedChars;
        private List<String> removed = List.of();
        private List<String> related = List.of();
        private List<String> furniture = List.of();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder source(String v) { this.source = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder canonicalUrl(String v) { this.canonicalUrl = v; return this; }
        public Builder outlet(String v) { this.outlet = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder published(String v) { this.published = v; return this; }
        public Builder author(String v) { this.author = v; return this; }
        public Builder language(String v) { this.language = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder removedChars(int v) { this.removedChars = v; return this; }
        public Builder removed(List<String> v) { this.removed = v; return this; }
        public Builder related(List<String> v) { this.related = v; return this; }
        public Builder furniture(List<String> v) { this.furniture = v; return this; }

        public Article build() {
            return new Article(id, source, url, canonicalUrl, outlet, title, published, author,
                    language, text, removedChars, removed, related, furniture);
        }
    }
}
