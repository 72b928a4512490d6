package org.stemma.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's declared metadata: headline, outlet, author, canonical URL and language, each read
 * from the most explicit source present (JSON-LD, then Open Graph / meta tags, then markup such
 * as {@code <h1>}, {@code rel=author} or {@code <html lang>}, then the URL).
 */
record PageMetadata(String title, String outlet, String author, String canonicalUrl,
                    String language) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:•·-]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|from|words by|written by)\\s+");

    static PageMetadata read(Document doc, JsonLd jsonLd, String baseUrl) {
        String canonical = canonical(doc, baseUrl);
        String outlet = firstNonBlank(meta(doc, "og:site_name"),
                names(jsonLd, jsonLd.articleField("publisher")),
                meta(doc, "application-name"),
                domain(canonical != null ? canonical : baseUrl));
        String title = title(doc, jsonLd, outlet);
        String author = author(doc, jsonLd);
        String language = language(doc, jsonLd);
        return new PageMetadata(title, outlet, author, canonical, language);
    }

    static String meta(Document doc, String key) {
        Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        if (m == null) {
            return null;
        }
        String c = m.attr("content").strip();
        return c.isEmpty() ? null : c;
    }

    private static String canonical(Document doc, String baseUrl) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String abs = link.absUrl("href");
            String href = abs.isEmpty() ? link.attr("href").strip() : abs;
            if (!href.isEmpty()) {
                return href;
            }
        }
        String og = meta(doc, "og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        return baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    }

    private static String title(Document doc, JsonLd jsonLd, String outlet) {
        String t = firstNonBlank(jsonLd.fromArticle("headline"), meta(doc, "og:title"),
                meta(doc, "twitter:title"));
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : h1.text().strip();
        }
        if (t == null || t.isEmpty()) {
            t = doc.title().strip();
        }
        return t == null || t.isEmpty() ? null : stripSiteSuffix(t, outlet);
    }

    /** "Headline | Outlet" → "Headline" when the tail is the outlet or a short site name. */
    static String stripSiteSuffix(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1].strip();
        boolean isOutlet = outlet != null && last.equalsIgnoreCase(outlet.strip());
        boolean shortTail = last.split("\\s+").length <= 3 && last.length() * 3 < title.length();
        if (isOutlet || shortTail) {
            int cut = title.lastIndexOf(last);
            String head = title.substring(0, cut).strip();
            head = head.replaceAll("[|–—:•·-]+$", "").strip();
            return head.isEmpty() ? title : head;
        }
        return title;
    }

    private static String author(Document doc, JsonLd jsonLd) {
        String a = names(jsonLd, jsonLd.articleField("author"));
        if (a != null) {
            return a;
        }
        String m = meta(doc, "author");
        if (m == null) {
            m = meta(doc, "article:author");
        }
        if (m == null) {
            m = meta(doc, "parsely-author");
        }
        if (m != null && !m.startsWith("http")) {
            return m;
        }
        for (String css : List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]",
                "[rel=author]", ".byline, .author, [class*=byline]")) {
            Element e = doc.selectFirst(css);
            if (e != null) {
                String t = BY_PREFIX.matcher(e.text().strip()).replaceFirst("").strip();
                if (!t.isEmpty() && t.length() < 100) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String language(Document doc, JsonLd jsonLd) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : html.attr("lang");
        if (lang == null || lang.isBlank()) {
            lang = html == null ? null : html.attr("xml:lang");
        }
        if (lang == null || lang.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = m == null ? null : m.attr("content");
        }
        if (lang == null || lang.isBlank()) {
            lang = firstNonBlank(meta(doc, "og:locale"), meta(doc, "language"),
                    jsonLd.first("inLanguage"));
        }
        return isoCode(lang);
    }

    /** "en-US", "en_GB", "EN" → "en"; null when not a language tag. */
    static String isoCode(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        String code = t.substring(0, cut);
        return code.length() == 2 || code.length() == 3 ? code : null;
    }

    static String domain(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String names(JsonLd jsonLd, com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(jsonLd.names(node)));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
