package org.stemma.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.text.Bylines;

/**
 * The one reader of dates in Stemma: in page text, metadata values, datelines and URLs.
 *
 * <p>Forms read: ISO and year-first numeric dates ({@code 2024-08-22}, {@code 2024/8/2}, with an
 * optional ISO time and offset); a day, a month name and a year in the order of most languages
 * ({@code 22 Aug 2024 16:28}, {@code 22nd of August, 2024}, {@code 1er août 2024},
 * {@code 22. August 2024}, {@code 22 de agosto de 2024}, {@code 22 августа 2024}); the month
 * first of English ({@code August 22, 2024}); day.month.year with dots ({@code 22.08.2024}, as
 * written in German, Russian, Polish, Turkish...); and the year–month–day of Chinese, Japanese
 * and Korean ({@code 2024年8月22日}, {@code 2024년 8월 22일}). Month names are those of
 * {@link MonthNames}. Slashed numeric dates with the day or month first are ambiguous
 * (22/08 and 08/22) and are not read. Years outside 1990–2100 are noise.
 */
public final class DateFinder {

    /** A date mention: its char span in the searched text and the ISO date it denotes. */
    public record DateMatch(int start, int end, String iso) {
    }

    private static final String TIME =
            "(?:,?\\s*(?:[Aa]t\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*[aApP]\\.?[mM]\\.?)?(?:\\s*[A-Z]{2,4}\\b)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?"
            + "(?![\\d])");
    /** Day, month word, year: the word is looked up in {@link MonthNames}. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])(\\p{Nd}{1,2})(?:st|nd|rd|th|er|º|ª|\\.º)?\\.?\\s+(?:of\\s+|de\\s+)?"
            + "(\\p{L}[\\p{L}\\p{M}]*)\\.?,?\\s+(?:de\\s+|del\\s+)?(\\p{Nd}{4})(?!\\p{Nd})" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])(\\p{L}[\\p{L}\\p{M}]*)\\.?\\s+(\\p{Nd}{1,2})(?:st|nd|rd|th)?,?\\s+(\\p{Nd}{4})(?!\\p{Nd})"
            + TIME);
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)" + TIME);
    private static final Pattern CJK = Pattern.compile(
            "(\\p{Nd}{4})\\s*[年년]\\s*(\\p{Nd}{1,2})\\s*[月월]\\s*(\\p{Nd}{1,2})\\s*[日일]?");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    /** Words that may stand beside a date on a dateline ("Published: 22 Aug 2024"). */
    private static final Pattern DATELINE_WORDS = Pattern.compile(
            "(?i)\\b(published|posted|updated|last|modified|on|at|date|dated|created|gmt|utc|am|pm)\\b");
    /** A publication label opening a line that holds figures: "Published: Sunday, 6/28/2015". */
    private static final Pattern LABELLED_TIMESTAMP = Pattern.compile(
            "(?i)^\\W*(?:published|posted|updated|last\\s+updated|last\\s+modified|modified|dated|created)\\b[^\\n]*\\d");
    /** A byline riding on a dateline: "Posted on March 3, 2023 by Maria Lopez". */
    static final Pattern TRAILING_BYLINE = Bylines.trailing();

    private DateFinder() {
    }

    /** Every date mention in {@code text}, in order of position, overlapping mentions dropped. */
    public static List<DateMatch> find(String text) {
        if (!hasYear(text)) {
            return List.of(); // every form read here has a four-digit year
        }
        List<DateMatch> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(1), m.group(3), m.group(4)));
        }
        findWritten(text, out);
        m = DOTTED.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(3), m.group(2), m.group(1)));
        }
        m = CJK.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), date(m.group(1), m.group(2), m.group(3)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    private static void findWritten(String text, List<DateMatch> out) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int month = MonthNames.month(m.group(2));
            String iso = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(1));
            add(out, m.start(), m.end(), iso);
            // A word that is no month may hide one just after it: look again from the next char.
            from = iso == null ? m.start() + 1 : m.end();
        }
        m = MONTH_DAY_YEAR.matcher(text);
        from = 0;
        while (from < text.length() && m.find(from)) {
            int month = MonthNames.month(m.group(1));
            String iso = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(2));
            add(out, m.start(), m.end(), iso);
            from = iso == null ? m.end(1) : m.end();
        }
    }

    /**
     * The first date in a metadata value or a short line, as ISO 8601: with its time and offset
     * when written in ISO form ({@code 2024-08-22T10:15:30.5+0300} →
     * {@code 2024-08-22T10:15:30.5+03:00}), else the date alone; null when there is none.
     */
    public static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        while (m.find()) {
            String iso = dateTime(m);
            if (iso != null) {
                return iso;
            }
        }
        List<DateMatch> found = find(value);
        return found.isEmpty() ? null : found.get(0).iso();
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

    /**
     * True for a short line that a publication label opens and that holds figures, a date this
     * class may not read ("Published: Sunday, 6/28/2015 - Updated: 3 months ago").
     */
    public static boolean labelledTimestamp(String line) {
        return line.length() <= 120 && LABELLED_TIMESTAMP.matcher(line).find();
    }

    /** Parses {@code yyyy-MM-dd} strictly; empty if it is not a real date in range. */
    public static Optional<String> isoDate(String s) {
        String t = s.strip();
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return Optional.empty();
        }
        return Optional.ofNullable(date(t.substring(0, 4), t.substring(5, 7), t.substring(8, 10)));
    }

    /** A date in a URL path: /2024/08/22/, /2024-08-22, /20240822/; null when there is none. */
    public static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            String iso = date(m.group(1), m.group(2), m.group(3));
            if (iso != null) {
                return iso;
            }
        }
        return null;
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

    /** Cheap test before the patterns: four digits in a row. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** ISO date or date-time of an {@link #ISO} match; null when the date is not real. */
    private static String dateTime(Matcher m) {
        String day = date(m.group(1), m.group(3), m.group(4));
        if (day == null || m.group(5) == null) {
            return day;
        }
        try {
            LocalDateTime t = LocalDate.parse(day).atTime(Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
            if (m.group(8) != null) {
                String digits = (m.group(8).substring(1) + "000000000").substring(0, 9);
                t = t.withNano(Integer.parseInt(digits));
            }
            String zone = m.group(9);
            if (zone == null) {
                return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return OffsetDateTime.of(t, offset(zone)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return day;
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = z.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return digits.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    /** The ISO date, or null when it is not a real date from 1990 to 2100. */
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
