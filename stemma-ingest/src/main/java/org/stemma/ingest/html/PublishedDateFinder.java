package org.stemma.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.stemma.extract.DateFinder;

/**
 * Finds when an article was published, trying the most explicit evidence first: JSON-LD
 * {@code datePublished}, publication meta tags (Open Graph, Dublin Core, Parse.ly, Sailthru...),
 * microdata {@code itemprop=datePublished}, a {@code <time>} element, a date in the URL, and
 * last a date written in the text next to the article's start (a dateline).
 */
final class PublishedDateFinder {

    private static final List<String> META_KEYS = List.of(
        "article:published_time", "og:published_time", "og:article:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "date",
        "dc.date.issued", "dc.date", "dcterms.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "published_time",
        "cxenseparse:recs:publishtime", "article_date_original", "original-publish-date",
        "release_date", "displaydate");

    private PublishedDateFinder() {
    }

    static String find(PageElements doc, JsonLd jsonLd, String url, List<TextBlock> lead) {
        String d = DateFinder.parse(jsonLd.fromArticle("datePublished"));
        if (d == null) {
            d = DateFinder.parse(jsonLd.first("datePublished"));
        }
        if (d == null) {
            d = fromMeta(doc);
        }
        if (d == null) {
            d = fromMicrodata(doc);
        }
        if (d == null) {
            d = fromTime(doc);
        }
        if (d == null) {
            d = DateFinder.parse(jsonLd.fromArticle("dateCreated"));
        }
        if (d == null) {
            d = DateFinder.fromUrl(url);
        }
        if (d == null) {
            for (TextBlock b : lead) {
                if (b.text().length() < 400) {
                    d = DateFinder.parse(b.text());
                    if (d != null) {
                        break;
                    }
                }
            }
        }
        return d;
    }

    private static String fromMeta(PageElements doc) {
        for (String key : META_KEYS) {
            String d = DateFinder.parse(doc.meta(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String fromMicrodata(PageElements doc) {
        for (Element e : doc.itemprop("datePublished")) {
            String d = DateFinder.parse(e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A {@code <time>} marked as the publication time or inside an article, else the first. */
    private static String fromTime(PageElements doc) {
        for (Element t : doc.times) {
            if (t.hasAttr("datetime") && (t.hasAttr("pubdate") || inArticle(t))) {
                String d = DateFinder.parse(t.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element t : doc.times) {
            String d = DateFinder.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static boolean inArticle(Element e) {
        Element p = e.parent();
        for (int i = 0; i < 40 && p != null; i++, p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }
}
