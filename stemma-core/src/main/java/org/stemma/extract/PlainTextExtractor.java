package org.stemma.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate removal and metadata for plain-text page dumps (a web page saved as text, with
 * its menus, tickers, "Most Read" lists, share and comment furniture and footers).
 *
 * <p>The text is cut into units (lines, or paragraphs when the text is hard-wrapped). Each unit
 * is classified by general rules: prose (long enough and sentence-like), headline-like,
 * furniture (generic phrases such as "Leave a Reply", counters such as "4 Min Read", copyright
 * lines), captions (photo credits), bylines, datelines, and list markers ("BREAKING",
 * "Related News", "Most Read", "READ MORE:") that take the run of items following them. The
 * main body is the contiguous stretch of units with the highest score, prose counting its words
 * and everything else a fixed penalty (the body-text-extraction idea of Finn et al., 2001, on
 * lines). Inside the body, furniture, list items, repeated lines and runs of three or more
 * short non-prose lines (link lists) are removed; single short lines between paragraphs stay as
 * subheadings. "READ MORE: headline" lines and a trailing "MORE: headline" after a paragraph's
 * last sentence leave the text but are kept as related headlines.
 *
 * <p>Metadata: a leading {@code date YYYY-MM-DD} header line is the publication date;
 * otherwise the first dateline (a short line that is mostly a date) before the end of the body;
 * dates in tickers, lists after the body or inside sentences are not used. The title is the
 * nearest headline-like line before the body, else the body's first unit when it is not a
 * sentence. Stateless and thread-safe.
 */
public final class PlainTextExtractor {

    /** Score of every non-prose unit in the body search: a few words' worth. */
    private static final int PENALTY = 4;
    private static final int MAX_RELATED_BLOCK = 10;

    private static final Pattern DATE_HEADER = Pattern.compile(
            "(?i)\\A\\s*date\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+\\-Z]+)?[ \\t]*(?:\\n)?");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪▫◦‣∙●○■□►▶»\\-*–—]|\\d{1,2}[.)])\\s+");
    private static final Pattern BULLET_ONLY = Pattern.compile("^\\s*[•·▪▫◦‣∙●○■□►▶]+\\s*");
    private static final Pattern READ_MORE_UPPER = Pattern.compile(
            "^(READ MORE|MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED|WATCH|LISTEN)\\s*:\\s*(.*)$");
    private static final Pattern READ_MORE_ANY = Pattern.compile(
            "(?i)^(read more|read also|also read|see also|related|related article|related story|more)\\s*:\\s*(.*)$");
    private static final Pattern INLINE_MORE = Pattern.compile(
            "(?<=[.!?…][\"”’')\\]]?)\\s+(READ MORE|MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED)\\s*:\\s+(\\S.*)$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Author:)\\s+(\\S.{0,80})$");
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
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^(?:[A-Z][\\p{L}.'’ ,-]{1,40}?\\s+)?\\(([A-Z][\\p{L}&.'’ -]{1,30})\\)\\s*[-–—:]?\\s");

    /** Whole-line page furniture, compared after {@link #phrase normalisation}. */
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

    private enum Kind {
        PROSE, HEADLINE, SHORT, FURNITURE, CAPTION, BYLINE, DATELINE,
        TICKER_MARKER, RELATED_BLOCK_MARKER, READ_MORE_MARKER, READ_MORE_INLINE, SITE_LIST_MARKER
    }

    /** One line, or one paragraph of hard-wrapped lines. */
    private static final class Unit {
        final String content;
        final boolean bullet;
        final boolean blankBefore;
        final int words;
        final boolean endsSentence;
        Kind kind;
        boolean listItem;
        boolean repeat;
        String related;

        Unit(String content, boolean bullet, boolean blankBefore) {
            this.content = content;
            this.bullet = bullet;
            this.blankBefore = blankBefore;
            this.words = countWords(content);
            this.endsSentence = endsSentence(content);
        }

        boolean prose() {
            return kind == Kind.PROSE && !listItem && !repeat;
        }

        String display() {
            return bullet ? "• " + content : content;
        }
    }

    /** Extracts the main text and metadata of a plain-text page dump. */
    public TextExtraction extract(String raw) {
        String s = raw == null ? "" : raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        List<String> removed = new ArrayList<>();
        String published = null;
        Matcher header = DATE_HEADER.matcher(s);
        if (header.find()) {
            Optional<String> d = DateFinder.isoDate(header.group(1));
            if (d.isPresent()) {
                published = d.get();
                removed.add(header.group().strip());
                s = s.substring(header.end());
            }
        }
        List<Unit> units = units(s);
        Map<String, Integer> seen = new HashMap<>();
        for (Unit u : units) {
            u.kind = classify(u);
            String key = phrase(u.content);
            if (!key.isEmpty()) {
                u.repeat = seen.merge(key, 1, Integer::sum) > 1;
            }
        }
        markLists(units);

        int n = units.size();
        int[] body = bestBody(units);
        int bs = body[0];
        int be = body[1];
        boolean[] keep = new boolean[n];
        if (bs < 0) {
            // No prose anywhere: keep every line that is not furniture or a list.
            for (int i = 0; i < n; i++) {
                keep[i] = removable(units.get(i)) == null;
            }
        } else {
            chooseKept(units, bs, be, keep);
        }

        List<String> related = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        int removedChars = removed.isEmpty() ? 0 : removed.get(0).length();
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            if (u.related != null) {
                related.add(u.related);
            }
            if (!keep[i]) {
                removed.add(u.display());
                removedChars += u.display().length();
                continue;
            }
            String text = u.display();
            Matcher more = INLINE_MORE.matcher(text);
            if (u.kind == Kind.PROSE && more.find()) {
                related.add(more.group(2).strip());
                String cut = text.substring(more.start()).strip();
                removed.add(cut);
                removedChars += cut.length();
                text = text.substring(0, more.start()).strip();
            }
            paragraphs.add(text);
        }
        String text = String.join("\n\n", paragraphs);

        String title = title(units, bs, keep);
        if (published == null) {
            published = dateline(units, be);
        }
        String author = null;
        for (int i = 0; i < n && (be < 0 || i <= be); i++) {
            Unit u = units.get(i);
            if (u.kind == Kind.BYLINE && !u.listItem) {
                Matcher m = BYLINE.matcher(u.content);
                if (m.matches()) {
                    author = m.group(1).strip();
                    break;
                }
            } else if (u.kind == Kind.DATELINE && !u.listItem) {
                Matcher m = DateFinder.TRAILING_BYLINE.matcher(u.content);
                if (m.find()) {
                    author = m.group(1).strip();
                    break;
                }
            }
        }
        String outlet = outlet(units, seen, paragraphs);
        return new TextExtraction(title, text, published, outlet, author,
                LanguageGuesser.guess(text), removedChars, removed,
                List.copyOf(new LinkedHashSet<>(related)));
    }

    // ---- units -------------------------------------------------------------------------------

    private static List<Unit> units(String s) {
        String[] lines = s.split("\n", -1);
        boolean wrapped = hardWrapped(lines);
        List<Unit> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean curBullet = false;
        boolean curBlank = false;
        String prevLine = null;
        boolean blank = false;
        for (String line : lines) {
            String t = strip(line);
            if (t.isEmpty()) {
                blank = true;
                prevLine = null;
                continue;
            }
            Matcher b = BULLET.matcher(line);
            boolean bullet = b.find();
            String content = bullet ? strip(line.substring(b.end())) : t;
            if (bullet && content.isEmpty()) {
                content = BULLET_ONLY.matcher(t).replaceFirst("").strip();
            }
            boolean join = cur != null && !blank && !bullet && !curBullet && prevLine != null
                    && !endsSentence(prevLine)
                    && (wrapped ? prevLine.length() >= 50
                        : (Character.isLowerCase(content.codePointAt(0)) && prevLine.length() >= 40)
                          || prevLine.endsWith("-") || prevLine.endsWith(","));
            if (join) {
                cur.append(' ').append(content);
            } else {
                if (cur != null) {
                    out.add(new Unit(cur.toString(), curBullet, curBlank));
                }
                cur = new StringBuilder(content);
                curBullet = bullet;
                curBlank = blank;
            }
            prevLine = t;
            blank = false;
        }
        if (cur != null) {
            out.add(new Unit(cur.toString(), curBullet, curBlank));
        }
        return out;
    }

    /** Hard-wrapped text: most long lines stop short of a sentence end at a similar width. */
    private static boolean hardWrapped(String[] lines) {
        int longLines = 0;
        int wrapLike = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.length() >= 50) {
                longLines++;
                if (t.length() <= 100 && !endsSentence(t)) {
                    wrapLike++;
                }
            }
        }
        return longLines >= 5 && wrapLike >= longLines * 0.5;
    }

    // ---- classification ----------------------------------------------------------------------

    private static Kind classify(Unit u) {
        String c = u.content;
        String p = phrase(c);
        if (u.words <= 8 && DateFinder.dateline(c).isPresent()) {
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
            if (rm.group(2).isBlank()) {
                return Kind.READ_MORE_MARKER;
            }
            u.related = rm.group(2).strip();
            return Kind.READ_MORE_INLINE;
        }
        if (SITE_LIST_MARKERS.contains(p)) {
            return Kind.SITE_LIST_MARKER;
        }
        if (FURNITURE.contains(p) || COUNTER.matcher(c).matches()
                || (u.words <= 12 && LABELLED_FURNITURE.matcher(c).find())
                || p.contains("all rights reserved") || p.contains("your email address will not be published")
                || p.contains("required fields are marked") || p.startsWith("copyright")
                || p.startsWith("leave a reply") || p.startsWith("save my name, email")) {
            return Kind.FURNITURE;
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

    private static boolean caption(Unit u) {
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

    private static boolean headlineLike(Unit u) {
        if (u.bullet || u.words < 2 || u.words > 20) {
            return false;
        }
        String c = u.content;
        char last = c.charAt(c.length() - 1);
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int first = c.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«".indexOf(first) >= 0;
    }

    /** Marks the items of tickers and lists that follow (or surround) a marker line. */
    private static void markLists(List<Unit> units) {
        int n = units.size();
        boolean blankSeparated = false;
        for (int i = 1; i < n; i++) {
            blankSeparated |= units.get(i).blankBefore;
        }
        for (int i = 0; i < n; i++) {
            Unit m = units.get(i);
            switch (m.kind) {
                case TICKER_MARKER -> {
                    // The run of lines under the marker, up to the next blank line.
                    for (int j = i + 1; j < n; j++) {
                        Unit u = units.get(j);
                        if (blankSeparated ? u.blankBefore : (u.kind == Kind.PROSE && u.endsSentence)) {
                            break;
                        }
                        u.listItem = true;
                    }
                }
                case RELATED_BLOCK_MARKER -> {
                    int taken = 0;
                    for (int j = i - 1; j >= 0 && taken < 3 && units.get(j).kind == Kind.HEADLINE
                            && !units.get(j).listItem; j--, taken++) {
                        relate(units.get(j));
                    }
                    // The items that follow: headlines, with the dates, categories and counters that
                    // blogs print under them, up to the next paragraph or marker.
                    for (int j = i + 1, k = 0; j < n && k < MAX_RELATED_BLOCK; j++) {
                        Unit u = units.get(j);
                        if (u.kind == Kind.HEADLINE && u.words >= 3) {
                            relate(u);
                            k++;
                        } else if (u.kind == Kind.HEADLINE || u.kind == Kind.DATELINE || u.kind == Kind.SHORT
                                || u.kind == Kind.CAPTION) {
                            u.listItem = true;
                        } else {
                            break;
                        }
                    }
                }
                case READ_MORE_MARKER -> {
                    if (i + 1 < n && units.get(i + 1).kind == Kind.HEADLINE) {
                        relate(units.get(i + 1));
                    }
                }
                case SITE_LIST_MARKER -> {
                    // Everything up to where body prose resumes (two prose units, or a long one).
                    for (int j = i + 1; j < n; j++) {
                        Unit u = units.get(j);
                        if (u.kind == Kind.PROSE && (u.words >= 40
                                || (j + 1 < n && units.get(j + 1).kind == Kind.PROSE))) {
                            break;
                        }
                        u.listItem = true;
                    }
                }
                default -> { }
            }
        }
    }

    private static void relate(Unit u) {
        u.listItem = true;
        u.related = u.content;
    }

    // ---- body --------------------------------------------------------------------------------

    /** The highest-scoring contiguous stretch [start, end] of units, or {-1, -1} if no prose. */
    private static int[] bestBody(List<Unit> units) {
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long run = 0;
        int runStart = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int score = u.prose() ? u.words : -PENALTY;
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score;
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /** Why a unit never belongs to the text, or null. */
    private static String removable(Unit u) {
        if (u.listItem) {
            return "list";
        }
        if (u.repeat) {
            return "repeat";
        }
        return switch (u.kind) {
            case PROSE, HEADLINE, SHORT -> null;
            default -> u.kind.name();
        };
    }

    private static void chooseKept(List<Unit> units, int bs, int be, boolean[] keep) {
        int i = bs;
        while (i <= be) {
            if (units.get(i).kind == Kind.PROSE) {
                keep[i] = removable(units.get(i)) == null;
                i++;
                continue;
            }
            // A run of non-prose units: three or more are a link list; one or two are kept when
            // they read like subheadings.
            int j = i;
            while (j <= be && units.get(j).kind != Kind.PROSE) {
                j++;
            }
            if (j - i < 3) {
                for (int k = i; k < j; k++) {
                    Unit u = units.get(k);
                    keep[k] = removable(u) == null && u.kind == Kind.HEADLINE && u.words >= 2;
                }
            }
            i = j;
        }
    }

    // ---- metadata ----------------------------------------------------------------------------

    private static String title(List<Unit> units, int bs, boolean[] keep) {
        if (bs < 0) {
            for (int i = 0; i < units.size(); i++) {
                if (keep[i] && units.get(i).kind == Kind.HEADLINE) {
                    return units.get(i).content;
                }
            }
            return null;
        }
        for (int i = bs - 1; i >= 0; i--) {
            Unit u = units.get(i);
            if (u.kind == Kind.PROSE && !u.listItem) {
                break;
            }
            if (u.kind == Kind.HEADLINE && !u.listItem && !u.repeat && u.words >= 3) {
                return u.content;
            }
        }
        for (int i = bs; i < units.size(); i++) {
            if (keep[i]) {
                Unit u = units.get(i);
                return !u.endsSentence && u.words <= 40 && !u.bullet ? u.content : null;
            }
        }
        return null;
    }

    private static String dateline(List<Unit> units, int be) {
        String updated = null;
        for (int i = 0; i < units.size() && (be < 0 || i <= be); i++) {
            Unit u = units.get(i);
            if (u.kind != Kind.DATELINE || u.listItem) {
                continue;
            }
            String d = DateFinder.dateline(u.content).orElse(null);
            if (u.content.toLowerCase(Locale.ROOT).contains("updated")) {
                updated = updated == null ? d : updated;
            } else {
                return d;
            }
        }
        return updated;
    }

    private static String outlet(List<Unit> units, Map<String, Integer> seen, List<String> paragraphs) {
        // A site-name line: one of the page's first lines, short, repeated in the header or
        // footer or named in the copyright line.
        for (int i = 0; i < Math.min(3, units.size()); i++) {
            Unit u = units.get(i);
            if (u.words < 1 || u.words > 5 || u.endsSentence || u.bullet
                    || !(u.kind == Kind.HEADLINE || u.kind == Kind.SHORT)) {
                continue;
            }
            String name = phrase(u.content);
            if (seen.getOrDefault(name, 0) >= 2) {
                return u.content;
            }
            for (int j = i + 1; j < units.size(); j++) {
                String c = units.get(j).content;
                if ((c.indexOf('©') >= 0 || c.toLowerCase(Locale.ROOT).contains("copyright"))
                        && phrase(c).contains(name)) {
                    return u.content;
                }
            }
        }
        // A wire-style credit opening the text: "(MENAFN) ...", "WASHINGTON (AP) — ...".
        if (!paragraphs.isEmpty()) {
            Matcher m = WIRE_CREDIT.matcher(paragraphs.get(0));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    // ---- text measures -----------------------------------------------------------------------

    /** {@link String#strip} that also removes no-break, figure and zero-width spaces. */
    static String strip(String s) {
        int a = 0;
        int z = s.length();
        while (a < z && blank(s.charAt(a))) {
            a++;
        }
        while (z > a && blank(s.charAt(z - 1))) {
            z--;
        }
        return s.substring(a, z);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF';
    }

    /** Lower-cased, typographic quotes folded, trailing punctuation and extra spaces removed. */
    static String phrase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = org.stemma.text.Normalizer.foldPunctuation(s.charAt(i));
            b.append(Character.isWhitespace(c) || c == '\u00A0' ? ' ' : Character.toLowerCase(c));
        }
        String t = b.toString().replaceAll(" +", " ").strip();
        int end = t.length();
        while (end > 0 && ":.!?…|>»-–—".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end).strip();
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        boolean hasAlnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (in && hasAlnum) {
                    words++;
                }
                in = false;
                hasAlnum = false;
            } else {
                in = true;
                hasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        return in && hasAlnum ? words + 1 : words;
    }

    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"”’')]»".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }

    private static double lowerRatio(String s) {
        int alpha = 0;
        int lower = 0;
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                alpha++;
                if (Character.isLowerCase(w.codePointAt(0))) {
                    lower++;
                }
            }
        }
        return alpha == 0 ? 0 : (double) lower / alpha;
    }
}
