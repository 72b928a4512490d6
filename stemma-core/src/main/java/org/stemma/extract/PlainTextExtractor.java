package org.stemma.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.extract.TextUnit.Kind;
import org.stemma.text.RelatedCues;
import org.stemma.text.Spaces;

/**
 * Boilerplate removal and metadata for plain text: a clean article body (a JSONL record's
 * {@code text}) or a page dump (a web page saved as text, with its menus, tickers, "Most Read"
 * lists, share and comment furniture and footers). It removes furniture lines only: tables,
 * lists, code and short paragraphs of a body stay.
 *
 * <p>The text is cut into {@link TextUnit units} (lines, or paragraphs when the text is
 * hard-wrapped), each classified by {@link UnitClassifier}. The body is the contiguous stretch
 * of units with the highest score, prose counting its words, a line that reads as article
 * content (a row with figures or inner punctuation, a sentence, a phrase in sentence case)
 * nothing, navigation and furniture a penalty (the body-text-extraction idea of Finn et al.,
 * 2001, on lines). The body runs on over the content lines after it (a closing table or list)
 * and takes in the page's head when every line of it reads as content (a clean text). Inside
 * the body only furniture, bylines, captions, list markers and the items they take are
 * removed. "READ MORE: headline" lines and a trailing "MORE: headline" after a paragraph's last
 * sentence leave the text but are kept as related headlines.
 *
 * <p>A text with no page around its body (outside the body no widget, list marker, list item or
 * menu) is a clean text: it also keeps its notices ("Copyright 2019 … All rights reserved.")
 * and the boxes under list markers ("Don't Miss", a product box), which only a page makes
 * furniture.
 *
 * <p>Metadata ({@link PlainTextMetadata}): a leading {@code date YYYY-MM-DD} header line is the
 * publication date; otherwise the first dateline (a short line that is mostly a date) before the
 * end of the body's prose; dates in tickers, lists after the body or inside sentences are not
 * used. A first line that reads as a headline is the title: it stays in the text of a clean
 * text (nothing removed) and leaves a page's, as an HTML page's headline does; on a page the title
 * is otherwise the nearest headline-like line before the body. Stateless and thread-safe.
 */
public final class PlainTextExtractor {

    /** Score of every non-prose unit in the body search: a few words' worth. */
    private static final int PENALTY = 4;

    private static final Pattern DATE_HEADER = Pattern.compile(
            "(?i)\\A\\s*date\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+\\-Z]+)?[ \\t]*(?:\\n)?");
    private static final Pattern INLINE_MORE = RelatedCues.inlineInCapitals();

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
        List<TextUnit> units = TextUnit.split(s);
        Map<String, Integer> seen = new HashMap<>();
        for (TextUnit u : units) {
            u.kind = UnitClassifier.classify(u);
            String key = u.phrase;
            if (!key.isEmpty()) {
                u.repeat = seen.merge(key, 1, Integer::sum) > 1;
            }
        }
        UnitClassifier.markLists(units);

        int n = units.size();
        int[] body = bestBody(units);
        int bs = body[0];
        int be = body[1];
        int stretchEnd = body[2]; // metadata is read before the closing tables and lists
        int firstProse = body[3];
        boolean[] keep = new boolean[n];
        if (bs < 0) {
            // No prose anywhere: keep every line that is not furniture or a list.
            for (int i = 0; i < n; i++) {
                keep[i] = !removableOutsideBody(units.get(i));
            }
        } else {
            chooseKept(units, bs, be, cleanText(units, bs, be), keep);
        }

        String title = PlainTextMetadata.title(units, bs, firstProse, keep);
        if (title != null && bs == 0 && keep[0] && title == units.get(0).content
                && units.get(0).kind == Kind.HEADLINE && (removesFurniture(keep) || !removed.isEmpty())) {
            // A page dump's headline is its title and leaves the text, as an HTML page's does;
            // a clean text (nothing removed) keeps its first line.
            keep[0] = false;
        }
        List<String> related = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        int removedChars = removed.isEmpty() ? 0 : removed.get(0).length();
        for (int i = 0; i < n; i++) {
            TextUnit u = units.get(i);
            if (u.related != null && !keep[i]) {
                related.add(u.related);
            }
            if (!keep[i]) {
                removed.add(u.display());
                removedChars += u.display().length();
                continue;
            }
            String text = u.display();
            Matcher more = INLINE_MORE.matcher(text);
            if (u.kind == Kind.PROSE && RelatedCues.mayHoldCueInCapitals(text) && more.find()) {
                related.add(Spaces.strip(more.group(2)));
                String cut = text.substring(more.start()).strip();
                removed.add(cut);
                removedChars += cut.length();
                text = text.substring(0, more.start()).strip();
            }
            paragraphs.add(text);
        }
        String text = String.join("\n\n", paragraphs);

        if (published == null) {
            published = PlainTextMetadata.dateline(units, stretchEnd);
        }
        String author = PlainTextMetadata.author(units, stretchEnd);
        String outlet = PlainTextMetadata.outlet(units, seen, paragraphs);
        return new TextExtraction(title, text, published, outlet, author,
                LanguageGuesser.guess(text), removedChars, removed,
                List.copyOf(new LinkedHashSet<>(related)));
    }

    /**
     * The body [start, end], or {-1, -1} if there is no prose: the highest-scoring contiguous
     * stretch of units, prose counting its words, a line that reads as article content
     * ({@link TextUnit#contentLike}) nothing, anything else a penalty. The body then runs on over
     * the content that follows it (a closing table or list, a menu-like heading between two of
     * its rows), and takes in the head of the page when every line of it reads as content: then
     * there is no page around the text, only the text. In a text without any widget, list marker
     * or list item, short lines between its first and last paragraphs cost nothing either (a
     * list of names or labels): nothing there is a page's.
     */
    private static int[] bestBody(List<TextUnit> units) {
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long run = 0;
        int runStart = 0;
        int[] prose = widgetFree(units) ? proseBounds(units) : null;
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            int score = content(u) ? (u.kind == Kind.PROSE ? u.words : 0) : datedRow(u) ? 0 : -PENALTY;
            if (prose != null && i > prose[0] && i < prose[1] && (u.kind == Kind.HEADLINE || u.kind == Kind.SHORT)) {
                score = 0; // a list of names or labels between a text's paragraphs, not a menu
            }
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
        if (bestStart < 0) {
            return new int[] {-1, -1, -1, -1};
        }
        int end = bestEnd;
        for (int i = end + 1; i < units.size(); i++) {
            if (content(units.get(i)) || datedRow(units.get(i))) {
                end = i;
            } else if (!(i + 1 < units.size() && units.get(i).kind != Kind.PROSE && !removable(units.get(i))
                    && content(units.get(i + 1)))) {
                break;
            }
        }
        int start = bestStart;
        while (start > 0 && (content(units.get(start - 1)) || tableHeading(units, start - 1))) {
            start--;
        }
        return new int[] {start == 0 ? 0 : bestStart, end, bestEnd, bestStart};
    }

    /**
     * No widget, list marker or list item anywhere: whatever short lines stand between its
     * paragraphs, the text has no page furniture to tell them from (a page dump has some).
     */
    private static boolean widgetFree(List<TextUnit> units) {
        for (TextUnit u : units) {
            if (u.listItem || u.kind == Kind.FURNITURE || listMarker(u.kind)) {
                return false;
            }
        }
        return true;
    }

    /** The first and last prose units, or null when there are fewer than two. */
    private static int[] proseBounds(List<TextUnit> units) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind == Kind.PROSE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < last ? new int[] {first, last} : null;
    }

    /** A date line inside an article (a listing, a timeline, a live blog's hours), not a list's. */
    private static boolean datedRow(TextUnit u) {
        return u.kind == Kind.DATELINE && !u.listItem;
    }

    /** A menu-like line over two rows with figures, or a header row and a row with figures: a table's heading. */
    private static boolean tableHeading(List<TextUnit> units, int i) {
        return i + 2 < units.size() && !removable(units.get(i)) && units.get(i).kind != Kind.PROSE
                && row(units.get(i + 1)) && figures(units.get(i + 2));
    }

    /** A content line that is not prose: a table's header row, a list item. */
    private static boolean row(TextUnit u) {
        return content(u) && u.kind != Kind.PROSE;
    }

    private static boolean figures(TextUnit u) {
        return row(u) && TextUnit.hasDigit(u.content);
    }

    /** Prose or a content line, not taken by a list. */
    private static boolean content(TextUnit u) {
        return !u.listItem && (u.kind == Kind.PROSE || u.contentLike());
    }

    /** Furniture, metadata, a marker or a list item: never in the text. */
    private static boolean removable(TextUnit u) {
        return u.listItem || !(u.kind == Kind.PROSE || u.kind == Kind.HEADLINE || u.kind == Kind.SHORT);
    }

    /** Outside a body (a page without prose) the repeats of a line go too. */
    private static boolean removableOutsideBody(TextUnit u) {
        return u.repeat || removable(u);
    }

    /**
     * Inside the body every unit stays but furniture and list items; a repeat is content there.
     * In a clean text a list under a marker stays too (a box the writer put in the article), but
     * not the headline after a "READ MORE:" line, and a notice ("Copyright 2019 …") stays wherever
     * it stands: without a page around it nothing says it is the page's rather than the article's.
     */
    private static void chooseKept(List<TextUnit> units, int bs, int be, boolean clean, boolean[] keep) {
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (clean && u.kind == Kind.NOTICE) {
                keep[i] = true;
            } else if (i >= bs && i <= be) {
                keep[i] = !removable(u) || datedRow(u)
                        || clean && (listMarker(u.kind) || u.listItem && listMarker(u.takenBy) && !removableKind(u));
            }
        }
    }

    /**
     * A clean text, not a page: nothing outside the body is a page's — no widget, list marker,
     * list item or menu (a menu has entries: one stray label such as a kicker or a button is
     * none); only content, captions, bylines, datelines, notices and "READ MORE:" references,
     * which a text pasted from an article may carry.
     */
    private static boolean cleanText(List<TextUnit> units, int bs, int be) {
        int menuEntries = 0;
        for (int i = 0; i < units.size(); i++) {
            if (i >= bs && i <= be) {
                continue;
            }
            TextUnit u = units.get(i);
            switch (u.kind) {
                case FURNITURE, TICKER_MARKER, RELATED_BLOCK_MARKER, SITE_LIST_MARKER -> {
                    return false;
                }
                case HEADLINE, SHORT -> menuEntries += content(u) ? 0 : 1;
                default -> {
                    if (u.listItem) {
                        return false;
                    }
                }
            }
            if (menuEntries > 1) {
                return false;
            }
        }
        return true;
    }

    /** A marker that takes a list of lines (not a "READ MORE:" line, which takes one headline). */
    private static boolean listMarker(Kind k) {
        return k == Kind.TICKER_MARKER || k == Kind.RELATED_BLOCK_MARKER || k == Kind.SITE_LIST_MARKER;
    }

    /** Furniture, metadata or a marker by its own kind, whatever list it stands in. */
    private static boolean removableKind(TextUnit u) {
        return !(u.kind == Kind.PROSE || u.kind == Kind.HEADLINE || u.kind == Kind.SHORT || datedRow(u));
    }

    /** Whether any line after the first is removed: the text is a page with furniture. */
    private static boolean removesFurniture(boolean[] keep) {
        for (int i = 1; i < keep.length; i++) {
            if (!keep[i]) {
                return true;
            }
        }
        return false;
    }
}
