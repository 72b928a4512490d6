package org.stemma.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * Reads what an element's {@code class} and {@code id} say about its role. Names are split into
 * parts at separators and camel-case humps ("relatedArticles" → related, articles), so "ad" in
 * "head-line" is not mistaken for an advert.
 *
 * <p>Strong negatives (comments, share bars, related lists, newsletters, footers...) mark an
 * element as page furniture even when a positive word such as "article" also appears
 * ("article-comments"); weak negatives (menu, caption, whole name parts only) only when no
 * positive word does.
 */
final class NameHints {

    /** The element is page furniture, not article text, by a strong name (comments, footer...). */
    static final int NEGATIVE = -2;
    /** The element is probably page furniture: a weak name (menu, caption...) and no positive one. */
    static final int WEAK_NEGATIVE = -1;
    /** No opinion. */
    static final int NEUTRAL = 0;
    /** The element names itself as article content. */
    static final int POSITIVE = 1;

    private static final String[] STRONG_NEGATIVE_STEMS = {
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter",
        "subscri", "signup", "promo", "advert", "sponsor", "sidebar", "footer", "breadcrumb",
        "outbrain", "taboola", "trending", "popular", "cookie", "consent", "paywall", "toolbar",
        "pagination", "pager", "popup", "modal", "navbar", "navigation", "masthead", "byline",
        "newsfeed", "teaser", "readmore", "readnext", "upnext", "moreon", "morestories", "jumplink",
    };
    private static final Set<String> STRONG_NEGATIVE_PARTS = Set.of(
        "ad", "ads", "adv", "dfp", "gpt", "nav", "share", "tags", "tag", "keywords", "rss",
        "print", "email", "login", "signin", "bio", "follow", "widget", "widgets", "banner");
    private static final Set<String> WEAK_NEGATIVE_PARTS = Set.of(
        "menu", "caption", "credit", "credits", "meta", "header", "aside", "extra", "supplement",
        "rail", "author", "authors", "topics", "category", "categories", "skip", "tooltip",
        "dateline", "timestamp", "date", "icon", "icons", "button", "buttons", "btn", "more",
        "link", "links", "hidden", "sr", "visually", "subscription");
    private static final String[] POSITIVE_STEMS = {
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
    };

    private NameHints() {
    }

    /** The hint for a class plus id string; {@link #NEUTRAL} when either is empty. */
    static int of(String classAndId) {
        if (classAndId.isEmpty()) {
            return NEUTRAL;
        }
        boolean weakNegative = false;
        boolean positive = false;
        for (String part : parts(classAndId)) {
            if (part.isEmpty()) {
                continue;
            }
            if (STRONG_NEGATIVE_PARTS.contains(part) || containsAny(part, STRONG_NEGATIVE_STEMS)) {
                return NEGATIVE;
            }
            if (WEAK_NEGATIVE_PARTS.contains(part)) {
                weakNegative = true;
            }
            if (containsAny(part, POSITIVE_STEMS)) {
                positive = true;
            }
        }
        if (weakNegative && !positive) {
            return WEAK_NEGATIVE;
        }
        return positive ? POSITIVE : NEUTRAL;
    }

    /** Splits at anything not a letter or digit and before an upper-case letter after a lower. */
    static String[] parts(String names) {
        StringBuilder sb = new StringBuilder(names.length() + 8);
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    sb.append(' ');
                }
                sb.append(c);
            } else {
                sb.append(' ');
            }
            prev = c;
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim().split(" +");
    }

    private static boolean containsAny(String part, String[] stems) {
        for (String stem : stems) {
            if (part.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
