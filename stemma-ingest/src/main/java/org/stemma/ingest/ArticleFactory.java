package org.stemma.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.stemma.article.Article;
import org.stemma.article.UrlHost;
import org.stemma.extract.DateFinder;
import org.stemma.extract.PlainTextExtractor;
import org.stemma.extract.TextExtraction;
import org.stemma.ingest.html.ExtractedPage;
import org.stemma.ingest.html.HtmlArticleExtractor;

/**
 * Turns decoded documents into {@link Article}s: plain text through the boilerplate remover of
 * {@link PlainTextExtractor}, HTML through {@link HtmlArticleExtractor}, and JSON records (one
 * JSONL line, or the body of the REST API's {@code POST /articles}) through either, depending on
 * whether they carry {@code html} or {@code text}. Metadata given explicitly in a record wins
 * over what extraction finds. Thread-safe.
 */
public final class ArticleFactory {

    private final PlainTextExtractor textExtractor = new PlainTextExtractor();
    private final HtmlArticleExtractor htmlExtractor;

    public ArticleFactory() {
        this(new HtmlArticleExtractor());
    }

    public ArticleFactory(HtmlArticleExtractor htmlExtractor) {
        this.htmlExtractor = htmlExtractor;
    }

    /**
     * An article from a plain-text page dump.
     *
     * @throws BadInputException if no text is left after boilerplate removal
     */
    public Article fromText(String id, String text, String source) throws BadInputException {
        TextExtraction t = textExtractor.extract(text);
        if (t.text().isBlank()) {
            throw new BadInputException("no article text found");
        }
        return Article.builder(id, t.text()).source(source).title(t.title()).published(t.published())
                .outlet(t.outlet()).author(t.author()).language(t.language())
                .removedChars(t.removedChars()).removed(t.removed()).related(t.related()).build();
    }

    /**
     * An article from an HTML page.
     *
     * @param url the page URL (for the outlet's domain and relative links), or null
     * @throws BadInputException if extraction fails (e.g. pathological nesting) or finds no text
     */
    public Article fromHtml(String id, String html, String url, String source) throws BadInputException {
        // Pathological nesting needs no refusal: the extractor flattens the markup to the
        // browsers' 512-level limit before parsing, in one linear pass.
        ExtractedPage p;
        try {
            p = htmlExtractor.extract(html, url);
        } catch (StackOverflowError e) {
            throw new BadInputException("HTML nested too deeply to extract (stack overflow)");
        } catch (RuntimeException e) {
            throw new BadInputException("HTML extraction failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
        }
        if (p.text().isBlank()) {
            throw new BadInputException("no article text found in the HTML");
        }
        String outlet = p.outlet() != null ? p.outlet() : UrlHost.host(url);
        return Article.builder(id, p.text()).source(source).url(url).canonicalUrl(p.canonicalUrl())
                .title(p.title()).published(p.published()).outlet(outlet)
                .author(p.author()).language(p.language()).removedChars(Math.max(0, p.removedChars()))
                .removed(p.removed()).related(p.related()).build();
    }

    /**
     * An article from one JSON record with fields {@code id}, {@code url}, {@code outlet},
     * {@code title}, {@code published}, {@code author}, {@code language}, and {@code html} or
     * {@code text} (the page, extracted like an HTML or text file). Explicit fields override
     * extracted ones. This is the JSONL line format and the REST API's article format.
     *
     * @param fallbackId id to use when the record has none (e.g. file name and line); if null,
     *                   a missing id is an error
     * @throws BadInputException naming the offending field when the record is unusable
     */
    public Article fromJson(JsonNode record, String fallbackId, String source) throws BadInputException {
        if (record == null || !record.isObject()) {
            throw new BadInputException("expected a JSON object, found "
                    + (record == null ? "nothing" : record.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        String id = scalar(record, "id");
        if (id == null || id.isBlank()) {
            if (fallbackId == null) {
                throw new BadInputException("missing \"id\"");
            }
            id = fallbackId;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                // an id must be something a URL path and a terminal can carry
                throw new BadInputException("\"id\" contains a control character (U+"
                        + String.format("%04X", (int) id.charAt(i)) + ") at position " + i);
            }
        }
        String url = string(record, "url");
        String html = string(record, "html");
        String text = string(record, "text");
        Article a;
        if (html != null && !html.isBlank()) {
            a = fromHtml(id.strip(), html, url, source);
        } else if (text != null && !text.isBlank()) {
            a = fromText(id.strip(), text, source).toBuilder().url(url).build();
        } else {
            throw new BadInputException("record \"" + id + "\" has neither \"html\" nor \"text\"");
        }
        Article.Builder b = a.toBuilder();
        String outlet = string(record, "outlet");
        if (outlet != null && !outlet.isBlank()) {
            b.outlet(outlet.strip());
        } else if (a.outlet() == null) {
            b.outlet(UrlHost.host(url));
        }
        String title = string(record, "title");
        if (title != null && !title.isBlank()) {
            b.title(title.strip());
        }
        String published = scalar(record, "published");
        if (published != null && !published.isBlank()) {
            String iso = DateFinder.parse(published);
            if (iso == null) {
                throw new BadInputException("\"published\" is not a date: " + abbreviate(published));
            }
            b.published(iso);
        }
        String author = string(record, "author");
        if (author != null && !author.isBlank()) {
            b.author(author.strip());
        }
        String language = string(record, "language");
        if (language != null && !language.isBlank()) {
            b.language(language.strip().toLowerCase(Locale.ROOT));
        }
        String canonical = string(record, "canonicalUrl");
        if (canonical != null && !canonical.isBlank()) {
            b.canonicalUrl(canonical.strip());
        }
        return b.build();
    }


    private static String string(JsonNode record, String field) throws BadInputException {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadInputException("field \"" + field + "\" must be a string, found "
                    + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return v.textValue();
    }

    /** A string or number field as text. */
    private static String scalar(JsonNode record, String field) throws BadInputException {
        JsonNode v = record.get(field);
        if (v != null && v.isNumber()) {
            return v.asText();
        }
        return string(record, field);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

}
