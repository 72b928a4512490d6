package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.stemma.article.UrlHost;
import org.stemma.text.Bylines;
import org.stemma.text.Spaces;

/**
 * A page's declared metadata: headline, outlet, author, canonical URL and language, each read
 * from the most explicit source present (JSON-LD, then Open Graph / meta tags, then markup such
 * as {@code <h1>}, {@code rel=author} or {@code <html lang>}, then the URL).
 */
record PageMetadata(String title, String outlet, String author, String canonicalUrl,
                    String language) {

    private static final String BLANK = Spaces.CLASS + "+";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            BLANK + "[|–—:•·-]" + BLANK + "|" + BLANK + "::" + BLANK);
    private static final Pattern BY_PREFIX = Bylines.authorFieldPrefix();

    static PageMetadata read(PageElements doc, String docTitle, JsonLd jsonLd, String baseUrl) {
        String canonical = canonical(doc, baseUrl);
        String outlet = firstNonBlank(meta(doc, "og:site_name"),
                names(jsonLd, jsonLd.articleField("publisher")),
                meta(doc, "application-name"),
                UrlHost.host(canonical != null ? canonical : baseUrl));
        String title = title(doc, docTitle, jsonLd, outlet);
        String author = author(doc, jsonLd);
        String language = language(doc, jsonLd);
        return new PageMetadata(title, outlet, author, canonical, language);
    }

    static String meta(PageElements doc, String key) {
        return doc.meta(key);
    }

    private static String canonical(PageElements doc, String baseUrl) {
        Element link = doc.canonical;
        if (link != null) {
            String abs = link.absUrl("href");
            String href = abs.isEmpty() ? Spaces.strip(link.attr("href")) : abs;
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

    private static String title(PageElements doc, String docTitle, JsonLd jsonLd, String outlet) {
        String t = firstNonBlank(jsonLd.fromArticle("headline"), meta(doc, "og:title"),
                meta(doc, "twitter:title"));
        if (t == null) {
            t = doc.h1 == null ? null : Spaces.strip(doc.h1.text());
        }
        if (t == null || t.isEmpty()) {
            t = docTitle == null ? null : Spaces.strip(docTitle);
        }
        return t == null || t.isEmpty() ? null : stripSiteSuffix(t, outlet);
    }

    /** "Headline | Outlet" → "Headline" when the tail is the outlet or a short site name. */
    static String stripSiteSuffix(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = Spaces.strip(parts[parts.length - 1]);
        boolean isOutlet = outlet != null && last.equalsIgnoreCase(Spaces.strip(outlet));
        boolean shortTail = last.split(BLANK).length <= 3 && last.length() * 3 < title.length();
        if (isOutlet || shortTail) {
            int cut = title.lastIndexOf(last);
            String head = Spaces.strip(title.substring(0, cut));
            head = Spaces.strip(head.replaceAll("[|–—:•·-]+$", ""));
            return head.isEmpty() ? title : head;
        }
        return title;
    }

    private static String author(PageElements doc, JsonLd jsonLd) {
        String a = names(jsonLd, jsonLd.articleField("author"));
        if (a != null) {
            return a;
        }
        String m = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"));
        if (m != null && !m.startsWith("http")) {
            return m;
        }
        List<Element> candidates = new ArrayList<>();
        for (Element e : doc.itemprop("author")) {
            candidates.addAll(e.getElementsByAttributeValue("itemprop", "name"));
        }
        candidates.addAll(doc.itemprop("author"));
        candidates.addAll(doc.authorLinks);
        candidates.addAll(doc.bylines);
        for (Element e : candidates) {
            String t = Spaces.strip(BY_PREFIX.matcher(Spaces.strip(e.text())).replaceFirst(""));
            if (!t.isEmpty() && t.length() < 100) {
                return t;
            }
        }
        return null;
    }

    private static String language(PageElements doc, JsonLd jsonLd) {
        String lang = doc.html == null ? null : doc.html.attr("lang");
        if (lang == null || lang.isBlank()) {
            lang = doc.html == null ? null : doc.html.attr("xml:lang");
        }
        if (lang == null || lang.isBlank()) {
            lang = doc.contentLanguage;
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
        String t = Spaces.strip(tag).toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        String code = t.substring(0, cut);
        return code.length() == 2 || code.length() == 3 ? code : null;
    }

    private static String names(JsonLd jsonLd, com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(jsonLd.names(node)));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The first value with more than {@link Spaces} blanks in it, trimmed of them. */
    private static String firstNonBlank(String... values) {
        for (String v : values) {
            String t = v == null ? "" : Spaces.strip(v);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }
}
