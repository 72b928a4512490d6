package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements metadata is read from, gathered in one iterative walk of the page (instead of a
 * CSS query per meta key, each a full walk): meta tags by name/property/itemprop, the canonical
 * link, JSON-LD scripts, {@code <time>} elements, microdata, the first {@code <h1>}, links, and
 * byline candidates.
 */
final class PageElements {

    /** Meta {@code content} values by lower-cased name, property or itemprop; first one wins. */
    final Map<String, String> meta = new HashMap<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    /** Elements by lower-cased itemprop (datePublished, author, name...). */
    final Map<String, List<Element>> itemprops = new HashMap<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    Element html;
    Element canonical;
    Element h1;
    String contentLanguage;

    static PageElements of(Node root) {
        PageElements pe = new PageElements();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Element el) {
                pe.visit(el);
            }
        }, root);
        return pe;
    }

    private void visit(Element el) {
        String tag = el.normalName();
        switch (tag) {
            case "html" -> {
                if (html == null) {
                    html = el;
                }
            }
            case "meta" -> {
                String content = el.attr("content").strip();
                if (!content.isEmpty()) {
                    for (String key : new String[] {"name", "property", "itemprop"}) {
                        String k = el.attr(key).strip().toLowerCase(Locale.ROOT);
                        if (!k.isEmpty()) {
                            meta.putIfAbsent(k, content);
                        }
                    }
                    if (el.attr("http-equiv").equalsIgnoreCase("content-language")
                            && contentLanguage == null) {
                        contentLanguage = content;
                    }
                }
            }
            case "link" -> {
                if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) {
                    canonical = el;
                }
            }
            case "script" -> {
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLdScripts.add(el);
                }
            }
            case "time" -> times.add(el);
            case "h1" -> {
                if (h1 == null) {
                    h1 = el;
                }
            }
            case "a" -> {
                if (el.hasAttr("href")) {
                    links.add(el);
                }
            }
            default -> { }
        }
        if (el.hasAttr("itemprop")) {
            itemprops.computeIfAbsent(el.attr("itemprop").strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(el);
        }
        if (el.attr("rel").equalsIgnoreCase("author")) {
            authorLinks.add(el);
        }
        String cls = el.className();
        if (!cls.isEmpty() && bylines.size() < 8) {
            String c = cls.toLowerCase(Locale.ROOT);
            if (c.contains("byline") || c.equals("author") || c.contains("author-name")) {
                bylines.add(el);
            }
        }
    }

    String meta(String key) {
        return meta.get(key);
    }

    List<Element> itemprop(String name) {
        return itemprops.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
