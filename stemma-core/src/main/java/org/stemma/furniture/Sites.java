package org.stemma.furniture;

import java.util.Locale;
import org.stemma.article.Article;
import org.stemma.article.UrlHost;

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

    /** The URL's host by the one host reader, {@link UrlHost}; null when there is none. */
    private static String host(String url) {
        return url == null || url.isBlank() ? null : UrlHost.host(url);
    }
}
