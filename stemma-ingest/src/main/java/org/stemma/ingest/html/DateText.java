package org.stemma.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them and gives them back as ISO 8601: a date ("2024-08-22"), a
 * local date-time ("2024-08-22T10:15:00") or a date-time with offset
 * ("2024-08-22T10:15:00+03:00"). Accepts ISO forms, slashed numeric dates (year first),
 * RFC 1123 ("Thu, 22 Aug 2024 10:15:00 GMT") and English month names in either order
 * ("August 22, 2024", "22 Aug. 2024"). Years outside 1990–2100 are rejected as noise.
 */
final class DateText {

    private static final Pattern ISO = Pattern.compile(
        "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
        + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final String MONTHS =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
        + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
        "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
        "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTH_NUMBER = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
        Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateText() {
    }

    /** An ISO 8601 form of the first date found in {@code s}, or null. */
    static String parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String iso = parseIso(s);
        if (iso != null) {
            return iso;
        }
        return parseWritten(s);
    }

    /** Only numeric ISO-like dates (for attribute values such as {@code datetime}). */
    static String parseIso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            String r = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                    m.group(7));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Dates written with an English month name, for datelines in running text. */
    static String parseWritten(String s) {
        Matcher m = MONTH_FIRST.matcher(s);
        int posA = Integer.MAX_VALUE;
        String a = null;
        while (m.find()) {
            a = date(m.group(3), month(m.group(1)), m.group(2));
            if (a != null) {
                posA = m.start();
                break;
            }
        }
        Matcher d = DAY_FIRST.matcher(s);
        while (d.find()) {
            if (d.start() > posA) {
                break;
            }
            String b = date(d.group(3), month(d.group(2)), d.group(1));
            if (b != null) {
                return b;
            }
        }
        return a;
    }

    /** A date from a URL path: /2024/08/22/, /2024-08-22, /20240822/. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)")
                .matcher(url);
        while (m.find()) {
            String r = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTH_NUMBER.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static String date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String build(String y, String mo, String d, String h, String mi, String sec,
                                String zone) {
        String day = date(y, Integer.parseInt(mo), d);
        if (day == null) {
            return null;
        }
        if (h == null) {
            return day;
        }
        try {
            LocalDateTime t = LocalDate.parse(day).atTime(Integer.parseInt(h), Integer.parseInt(mi),
                    sec == null ? 0 : Integer.parseInt(sec));
            if (zone == null) {
                return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            ZoneOffset off;
            String z = zone.toUpperCase(Locale.ROOT);
            if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
                off = ZoneOffset.UTC;
            } else {
                String digits = z.replace(":", "");
                int hours = Integer.parseInt(digits.substring(1, 3));
                int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
                off = ZoneOffset.ofHoursMinutes(digits.charAt(0) == '-' ? -hours : hours,
                        digits.charAt(0) == '-' ? -minutes : minutes);
            }
            return OffsetDateTime.of(t, off).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return day;
        }
    }
}
