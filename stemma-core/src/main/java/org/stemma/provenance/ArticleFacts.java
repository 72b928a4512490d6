package org.stemma.provenance;

import java.util.List;
import java.util.Set;
import org.stemma.article.Article;
import org.stemma.story.PublishedTime;

/**
 * What provenance needs to know about one article, computed once: its publication time, its
 * attribution phrases, its related-article headlines and how evidence names it.
 */
record ArticleFacts(Article article, PublishedTime time, List<Attribution> attributions,
                    List<Headline> headlines, String label) {

    static ArticleFacts of(Article a, Set<String> knownOutlets) {
        return new ArticleFacts(a, PublishedTime.parse(a.published()), Attributions.of(a, knownOutlets),
                Headlines.of(a), ArticleLabel.of(a));
    }

    String id() {
        return article.id();
    }

    /** The phrase by which this article credits {@code source}'s outlet or page, or null. */
    String creditOf(Article source) {
        if (source.outlet() != null && !source.outlet().isBlank()) {
            for (Attribution at : attributions) {
                if (at.kind() != AttributionKind.UNNAMED_SOURCE && OutletNames.same(at.name(), source.outlet())) {
                    return at.phrase();
                }
            }
        }
        for (String url : new String[] {source.url(), source.canonicalUrl()}) {
            if (url != null && url.length() > 10 && article.text().contains(url)) {
                return url;
            }
        }
        String host = source.url() == null ? null : OutletNames.hostLabel(source.url());
        if (host != null) {
            for (Attribution at : attributions) {
                if (at.kind() == AttributionKind.LINK && host.equals(OutletNames.hostLabel(at.name()))) {
                    return at.phrase();
                }
            }
        }
        return null;
    }

    /** An attribution saying the text comes from elsewhere than {@code other}, or null. */
    Attribution declaredElsewhere(Article other) {
        for (Attribution at : attributions) {
            if (at.kind() == AttributionKind.UNNAMED_SOURCE) {
                return at;
            }
            if (at.kind() == AttributionKind.SOURCE
                    && (other.outlet() == null || !OutletNames.same(at.name(), other.outlet()))) {
                return at;
            }
        }
        return null;
    }
}
