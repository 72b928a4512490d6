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

/**
 * Boilerplate removal and metadata for plain-text page dumps (a web page saved as text, with
 * its menus, tickers, "Most Read" lists, share and comment furniture and footers).
 *
 * <p>The text is cut into {@link TextUnit units} (lines, or paragraphs when the text is
 * hard-wrapped), each classified by {@link UnitClassifier}. The main body is the contiguous
 * stretch of units with the highest score, prose counting its words and everything else a fixed
 * penalty (the body-text-extraction idea of Finn et al., 2001, on lines). Inside the body,
 * furniture, list items, repeated lines and runs of three or more short non-prose lines (link
 * lists) are removed; single short lines between paragraphs stay as subheadings. "READ MORE:
 * headline" lines and a trailing "MORE: headline" after a paragraph's last sentence leave the
 * text but are kept as related headlines.
 *
 * <p>Metadata ({@link PlainTextMetadata}): a leading {@code date YYYY-MM-DD} header line is the
 * publication date; otherwise the first dateline (a short line that is mostly a date) before the
 * end of the body; dates in tickers, lists after the body or inside sentences are not used. The
 * title is the nearest headline-like line before the body, else the body's first unit when it is
 * not a sentence. Stateless and thread-safe.
 */
public final class PlainTextExtractor {

    /** Score of every non-prose unit in the body search: a few words' worth. */
    private static final int PENALTY = 4;

    private static final Pattern DATE_HEADER = Pattern.compile(
            "(?i)\\A\\s*date\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+\\-Z]+)?[ \\t]*(?:\\n)?");
    private static final Pattern INLINE_MORE = Pattern.compile(
            "(?<=[.!?…][\"”’')\\]]?)\\s+(READ MORE|MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED)\\s*:\\s+(\\S.*)$");

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
            String key = TextUnit.phrase(u.content);
            if (!key.isEmpty()) {
                u.repeat = seen.merge(key, 1, Integer::sum) > 1;
            }
        }
        UnitClassifier.markLists(units);

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
            TextUnit u = units.get(i);
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
            if (u.kind == Kind.PROSE && mayHaveInlineMore(text) && more.find()) {
                related.add(more.group(2).strip());
                String cut = text.substring(more.start()).strip();
                removed.add(cut);
                removedChars += cut.length();
                text = text.substring(0, more.start()).strip();
            }
            paragraphs.add(text);
        }
        String text = String.join("\n\n", paragraphs);

        String title = PlainTextMetadata.title(units, bs, keep);
        if (published == null) {
            published = PlainTextMetadata.dateline(units, be);
        }
        String author = PlainTextMetadata.author(units, be);
        String outlet = PlainTextMetadata.outlet(units, seen, paragraphs);
        return new TextExtraction(title, text, published, outlet, author,
                LanguageGuesser.guess(text), removedChars, removed,
                List.copyOf(new LinkedHashSet<>(related)));
    }

    /** The highest-scoring contiguous stretch [start, end] of units, or {-1, -1} if no prose. */
    private static int[] bestBody(List<TextUnit> units) {
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long run = 0;
        int runStart = 0;
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
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
    private static String removable(TextUnit u) {
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

    private static void chooseKept(List<TextUnit> units, int bs, int be, boolean[] keep) {
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
                    TextUnit u = units.get(k);
                    keep[k] = removable(u) == null && u.kind == Kind.HEADLINE && u.words >= 2;
                }
            }
            i = j;
        }
    }

    /** Cheap test before the inline "MORE: headline" pattern. */
    private static boolean mayHaveInlineMore(String s) {
        return s.indexOf(':') >= 0 && (s.contains("MORE") || s.contains("ALSO") || s.contains("RELATED"));
    }
}
