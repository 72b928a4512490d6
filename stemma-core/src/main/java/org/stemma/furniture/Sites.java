package org.stemma.furniture;

import java.util.Locale;
import org.stemma.article.Article;

/**
 * The site an article's page comes from, which its furniture repeats across: the host of its
 * URL (the page template belongs to the site that serves it; an outlet can be a wire credit
 * such as "AP" that many sites carry), else its outlet, else its byline. Null when none is
 * known: the article is then a site of its own, and only furniture shared across sites can be
 * found in it.
 */
public final class Sites {

    private Sites() {
    }

    public static String of(Article a) {
        String host = host(a.url());
        if (host == null) {
            host = host(a.canonicalUrl());
        }
        if (host != null) {
            return "host:" + host;
        }
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return "outlet:" + a.outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (a.author() != null && !a.author().isBlank()) {
            return "byline:" + a.author().strip().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    // TODO(reuse): use org.stemma.article.UrlHost.host once the branch that adds it is on main.
    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
