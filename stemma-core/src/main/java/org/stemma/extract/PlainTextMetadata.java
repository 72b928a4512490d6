package org.stemma.extract;

import static org.stemma.extract.TextUnit.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.extract.TextUnit.Kind;

/**
 * The metadata of a plain-text page, read from its classified units and the body found: title,
 * dateline, byline and the outlet the page names.
 */
final class PlainTextMetadata {

    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^(?:[A-Z][\\p{L}.'’ ,-]{1,40}?\\s+)?\\(([A-Z][\\p{L}&.'’ -]{1,30})\\)\\s*[-–—:]?\\s");

    private PlainTextMetadata() {
    }

    /**
     * The title: the nearest headline-like line before the body's first paragraph
     * ({@code firstProse}); else the page's first line when it reads as a headline and the text
     * starts there (the extractor keeps that line in a clean text and drops it from a page).
     * With no body, the first kept headline.
     */
    static String title(List<TextUnit> units, int bs, int firstProse, boolean[] keep) {
        if (bs < 0) {
            for (int i = 0; i < units.size(); i++) {
                if (keep[i] && units.get(i).kind == Kind.HEADLINE) {
                    return units.get(i).content;
                }
            }
            return null;
        }
        for (int i = firstProse - 1; i >= 0; i--) {
            TextUnit u = units.get(i);
            if (u.kind == Kind.PROSE && !u.listItem) {
                break;
            }
            if (u.kind == Kind.HEADLINE && !u.listItem && !u.repeat && u.words >= 3) {
                return u.content;
            }
        }
        if (bs == 0 && units.size() > 1 && readsAsHeadline(units.get(0))) {
            return units.get(0).content;
        }
        return null;
    }

    /** Headline-like, or a line of up to 30 words in sentence case that ends without a stop. */
    private static boolean readsAsHeadline(TextUnit u) {
        if (u.kind == Kind.HEADLINE) {
            return true;
        }
        if (u.kind != Kind.PROSE || u.bullet || u.endsSentence || u.words > 30) {
            return false;
        }
        char last = u.content.charAt(u.content.length() - 1);
        int first = u.content.codePointAt(0);
        return ":,;".indexOf(last) < 0 && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** The first dateline up to the body's end; an "updated" one only when there is no other. */
    static String dateline(List<TextUnit> units, int be) {
        String updated = null;
        for (int i = 0; i < units.size() && (be < 0 || i <= be); i++) {
            TextUnit u = units.get(i);
            if (u.kind != Kind.DATELINE || u.listItem) {
                continue;
            }
            String d = DateFinder.dateline(u.content).orElse(null);
            if (d == null) {
                continue; // a labelled timestamp whose date is not read
            }
            if (u.content.toLowerCase(Locale.ROOT).contains("updated")) {
                updated = updated == null ? d : updated;
            } else {
                return d;
            }
        }
        return updated;
    }

    /** The byline ("By ...") or a byline riding on a dateline, up to the body's end. */
    static String author(List<TextUnit> units, int be) {
        for (int i = 0; i < units.size() && (be < 0 || i <= be); i++) {
            TextUnit u = units.get(i);
            if (u.kind == Kind.BYLINE && !u.listItem) {
                Matcher m = UnitClassifier.BYLINE.matcher(u.content);
                if (m.matches()) {
                    return m.group(1).strip();
                }
            } else if (u.kind == Kind.DATELINE && !u.listItem) {
                Matcher m = DateFinder.TRAILING_BYLINE.matcher(u.content);
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    static String outlet(List<TextUnit> units, Map<String, Integer> seen, List<String> paragraphs) {
        // A site-name line: one of the page's first lines, short, repeated in the header or
        // footer or named in the copyright line.
        for (int i = 0; i < Math.min(3, units.size()); i++) {
            TextUnit u = units.get(i);
            if (u.words < 1 || u.words > 5 || u.endsSentence || u.bullet
                    || !(u.kind == Kind.HEADLINE || u.kind == Kind.SHORT)) {
                continue;
            }
            String name = u.phrase;
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
}
