package org.stemma.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in text: ISO ({@code 2024-08-22}), day-month-year
 * ({@code 22 Aug 2024 16:28}, {@code 22nd August, 2024}) and month-day-year
 * ({@code August 22, 2024}, {@code Aug. 22 2024}). English month names only; all-numeric
 * day/month orders other than ISO are ambiguous and ignored. Years outside 1990–2100 are
 * ignored.
 */
public final class DateFinder {

    /** A date mention: its char span in the searched text and the ISO date it denotes. */
    public record DateMatch(int start, int end, String iso) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MDY = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);

    /** Words that may stand beside a date on a dateline ("Published: 22 Aug 2024"). */
    private static final Pattern DATELINE_WORDS = Pattern.compile(
            "(?i)\\b(published|posted|updated|last|modified|on|at|date|dated|created|gmt|utc|am|pm)\\b");
    /** A byline riding on a dateline: "Posted on March 3, 2023 by Maria Lopez". */
    static final Pattern TRAILING_BYLINE = Pattern.compile(
            "\\b[Bb]y\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*$");

    private DateFinder() {
    }

    /** Every date mention in {@code text}, in order of position, overlapping mentions dropped. */
    public static List<DateMatch> find(String text) {
        List<DateMatch> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)));
        }
        m = DMY.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MDY.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(3), month(m.group(1)), m.group(2)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    /**
     * The date of a dateline: a short line that is mostly a date ("22 Aug 2024 16:28",
     * "Published: August 22, 2024 10:05 GMT", "• 2024-08-22"). A date inside a sentence is not a
     * dateline: it usually names an event, not the publication.
     */
    public static Optional<String> dateline(String line) {
        List<DateMatch> found = find(line);
        if (found.size() != 1) {
            return Optional.empty();
        }
        DateMatch d = found.get(0);
        String rest = line.substring(0, d.start()) + " " + line.substring(d.end());
        rest = TRAILING_BYLINE.matcher(rest.strip()).replaceFirst(" ");
        rest = DATELINE_WORDS.matcher(rest).replaceAll(" ");
        int words = 0;
        for (String w : rest.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words <= 2 ? Optional.of(d.iso()) : Optional.empty();
    }

    /** Parses {@code yyyy-MM-dd} strictly; empty if it is not a real date in range. */
    public static Optional<String> isoDate(String s) {
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(s.strip());
        return m.matches() ? Optional.ofNullable(date(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    private static void add(List<DateMatch> out, int start, int end, String iso) {
        if (iso == null) {
            return;
        }
        for (DateMatch d : out) {
            if (start < d.end() && d.start() < end) {
                return;
            }
        }
        out.add(new DateMatch(start, end, iso));
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return Integer.toString(i + 1);
            }
        }
        return null;
    }

    private static String date(String y, String m, String d) {
        if (y == null || m == null || d == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
