package org.stemma.extract;

import static org.stemma.extract.TextUnit.countWords;
import static org.stemma.extract.TextUnit.endsSentence;
import static org.stemma.extract.TextUnit.hasDigit;
import static org.stemma.extract.TextUnit.lowerRatio;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.extract.TextUnit.Kind;
import org.stemma.text.Bylines;
import org.stemma.text.RelatedCues;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Spaces;

/**
 * What each unit of a plain-text page is, by general rules: prose (long enough and
 * sentence-like), headline-like, furniture (generic phrases such as "Leave a Reply", counters
 * such as "4 Min Read"), notices (copyright lines), captions (photo credits), bylines, datelines, and list
 * markers ("BREAKING", "Related News", "Most Read", "READ MORE:") that take the run of items
 * following them.
 */
final class UnitClassifier {

    private static final int MAX_RELATED_BLOCK = 10;
    /** Longest run of items a ticker or site-list marker can take (keeps the scan linear). */
    private static final int MAX_LIST_ITEMS = 200;

    static final Pattern BYLINE = Bylines.line();
    private static final Pattern READ_MORE_UPPER = RelatedCues.lineInCapitals();
    private static final Pattern READ_MORE_ANY = RelatedCues.lineAnyCase();
    private static final Pattern COUNTER = Pattern.compile(
            "(?i)^\\d+(?:[.,]\\d+)?\\s*[kKmM]?\\s*(?:min|mins|minute|minutes)\\s*(?:read|listen|watch)?$"
                    + "|(?i)^\\d+(?:[.,]\\d+)?\\s*[kKmM]?\\s*(?:shares?|comments?|views?|likes?|reactions?|replies)$");
    private static final Pattern LABELLED_FURNITURE = Pattern.compile(
            "(?i)^(?:source|sources|tags?|topics?|filed under|categories|category|keywords|share|follow us|"
                    + "photo|image|credit|credits|advertisement)\\s*:");
    private static final Pattern CAPTION_START = Pattern.compile(
            "(?i)^(?:file photo|photo|image|picture|pictured|credit|caption|illustration)\\b[.:\\s]");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{1,80})\\)\\s*$");
    private static final Pattern CREDIT_WORD = Pattern.compile(
            "\\b(?:AP|AFP|EPA|Reuters|REUTERS|Getty|Shutterstock|Handout|Courtesy|Pool|POOL|File|FILE)\\b"
                    + "|(?i:photo|image|screengrab|screenshot|illustrat|pictures)");

    /** Whole-line page furniture, compared after {@link TextUnit#phrase normalisation}. */
    private static final Set<String> FURNITURE = Set.of(
            "leave a reply", "leave a comment", "post a comment", "add a comment", "comments",
            "your email address will not be published", "required fields are marked",
            "comments are closed", "comments are closed for this article", "view comments",
            "back to top", "back to top button", "scroll to top", "skip to content",
            "skip to main content", "share", "share this", "share this article", "share this story",
            "share on facebook", "share on twitter", "share on whatsapp", "tweet", "print", "email",
            "copy link", "link copied", "listen", "listen to this article", "source", "sources",
            "advertisement", "sponsored", "sponsored content", "subscribe", "sign up", "sign in",
            "log in", "newsletter", "follow us", "all rights reserved", "privacy policy",
            "terms of use", "terms of service", "terms and conditions", "cookie policy",
            "cookie settings", "about us", "contact us", "contact", "authors", "menu", "search",
            "home", "close", "tags", "topics", "load more", "show more", "see more", "more",
            "loading", "x");
    private static final Set<String> TICKER_MARKERS = Set.of(
            "breaking", "breaking news", "just in", "news ticker", "ticker", "urgent", "live",
            "live updates", "latest", "latest news", "news feed", "newsfeed");
    private static final Set<String> RELATED_BLOCK_MARKERS = Set.of(
            "related", "related news", "related articles", "related stories", "related posts",
            "related content", "related coverage", "related topics", "more on this",
            "more on this story", "more on this topic", "see also", "further reading",
            "you may also like", "you might also like", "recommended", "recommended for you");
    private static final Set<String> READ_MORE_MARKERS = Set.of(
            "read more", "read also", "also read", "read more here");
    private static final Set<String> SITE_LIST_MARKERS = Set.of(
            "most read", "most popular", "most viewed", "most shared", "popular", "popular now",
            "read next", "up next", "what to read next", "trending", "trending now", "top stories",
            "latest stories", "editor's picks", "editors' picks", "more stories", "more news",
            "more from this author", "don't miss", "in case you missed it");

    private UnitClassifier() {
    }

    static Kind classify(TextUnit u) {
        String c = u.content;
        String p = u.phrase;
        if (hasDigit(c) && (u.words <= 8 && DateFinder.dateline(c).isPresent()
                || u.words <= 12 && DateFinder.labelledTimestamp(c))) {
            return Kind.DATELINE;
        }
        if (u.words <= 8 && BYLINE.matcher(c).matches()) {
            return Kind.BYLINE;
        }
        if (TICKER_MARKERS.contains(p)) {
            return Kind.TICKER_MARKER;
        }
        if (RELATED_BLOCK_MARKERS.contains(p)) {
            return Kind.RELATED_BLOCK_MARKER;
        }
        if (READ_MORE_MARKERS.contains(p)) {
            return Kind.READ_MORE_MARKER;
        }
        Matcher rm = READ_MORE_UPPER.matcher(c);
        if (!rm.matches()) {
            rm = READ_MORE_ANY.matcher(c);
        }
        if (rm.matches() && countWords(rm.group(2)) <= 25) {
            String related = Spaces.strip(rm.group(2));
            if (related.isEmpty()) {
                return Kind.READ_MORE_MARKER;
            }
            u.related = related;
            return Kind.READ_MORE_INLINE;
        }
        if (SITE_LIST_MARKERS.contains(p)) {
            return Kind.SITE_LIST_MARKER;
        }
        if (FURNITURE.contains(p) || COUNTER.matcher(c).matches()
                || (u.words <= 12 && LABELLED_FURNITURE.matcher(c).find())
                || p.contains("your email address will not be published")
                || p.contains("required fields are marked")
                || p.startsWith("leave a reply") || p.startsWith("save my name, email")) {
            return Kind.FURNITURE;
        }
        if (p.contains("all rights reserved") || p.startsWith("copyright")) {
            return Kind.NOTICE;
        }
        if (caption(u)) {
            return Kind.CAPTION;
        }
        if (u.bullet && u.words <= 6) {
            return Kind.SHORT;
        }
        if ((u.words >= 8 && u.endsSentence) || (u.words >= 14 && lowerRatio(c) >= 0.4)) {
            return Kind.PROSE;
        }
        if (headlineLike(u)) {
            return Kind.HEADLINE;
        }
        return Kind.SHORT;
    }

    private static boolean caption(TextUnit u) {
        String c = u.content;
        if (u.words <= 30 && (c.indexOf('©') >= 0 || CAPTION_START.matcher(c).find())) {
            return true;
        }
        Matcher m = TRAILING_PAREN.matcher(c);
        if (u.words > 60 || !m.find()) {
            return false;
        }
        String inner = m.group(1);
        if (CREDIT_WORD.matcher(inner).find()) {
            return true;
        }
        // "... on August 21, 2024. (Sputnik)": a short credit after a finished sentence.
        String before = c.substring(0, m.start()).strip();
        return !before.isEmpty() && endsSentence(before) && countWords(inner) <= 4
                && Character.isUpperCase(inner.strip().codePointAt(0));
    }

    static boolean headlineLike(TextUnit u) {
        if (u.bullet || u.words < 2 || u.words > 20) {
            return false;
        }
        String c = u.content;
        char last = c.charAt(c.length() - 1);
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int first = c.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || QuoteGlyphs.opens(first);
    }

    /** Marks the items of tickers and lists that follow (or surround) a marker line. */
    static void markLists(List<TextUnit> units) {
        int n = units.size();
        boolean blankSeparated = false;
        for (int i = 1; i < n; i++) {
            blankSeparated |= units.get(i).blankBefore;
        }
        for (int i = 0; i < n; i++) {
            TextUnit m = units.get(i);
            switch (m.kind) {
                case TICKER_MARKER -> {
                    // The run of lines under the marker, up to the next blank line.
                    for (int j = i + 1; j < n && j <= i + MAX_LIST_ITEMS; j++) {
                        TextUnit u = units.get(j);
                        if (blankSeparated ? u.blankBefore : (u.kind == Kind.PROSE && u.endsSentence)) {
                            break;
                        }
                        take(u, m);
                    }
                }
                case RELATED_BLOCK_MARKER -> {
                    int taken = 0;
                    for (int j = i - 1; j >= 0 && taken < 3 && units.get(j).kind == Kind.HEADLINE
                            && !units.get(j).listItem; j--, taken++) {
                        relate(units.get(j), m);
                    }
                    // The items that follow: headlines, with the dates, categories and counters that
                    // blogs print under them, up to the next paragraph or marker.
                    for (int j = i + 1, k = 0; j < n && k < MAX_RELATED_BLOCK; j++) {
                        TextUnit u = units.get(j);
                        if (u.kind == Kind.HEADLINE && u.words >= 3) {
                            relate(u, m);
                            k++;
                        } else if (u.kind == Kind.HEADLINE || u.kind == Kind.DATELINE || u.kind == Kind.SHORT
                                || u.kind == Kind.CAPTION) {
                            take(u, m);
                        } else {
                            break;
                        }
                    }
                }
                case READ_MORE_MARKER -> {
                    if (i + 1 < n && units.get(i + 1).kind == Kind.HEADLINE) {
                        relate(units.get(i + 1), m);
                    }
                }
                case SITE_LIST_MARKER -> {
                    // Everything up to where body prose resumes (two prose units, or a long one).
                    for (int j = i + 1; j < n && j <= i + MAX_LIST_ITEMS; j++) {
                        TextUnit u = units.get(j);
                        if (u.kind == Kind.PROSE && (u.words >= 40
                                || (j + 1 < n && units.get(j + 1).kind == Kind.PROSE))) {
                            break;
                        }
                        take(u, m);
                    }
                }
                default -> { }
            }
        }
    }

    private static void take(TextUnit u, TextUnit marker) {
        u.listItem = true;
        u.takenBy = marker.kind;
    }

    private static void relate(TextUnit u, TextUnit marker) {
        take(u, marker);
        u.related = u.content;
    }
}
