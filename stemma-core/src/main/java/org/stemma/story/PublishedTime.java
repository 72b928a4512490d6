package org.stemma.story;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A parsed publication time: seconds since the epoch (UTC) and whether the source gave a time
 * of day or only a date.
 *
 * @param epochSecond seconds since 1970-01-01T00:00Z (midnight UTC for a bare date)
 * @param hasTime     false when only the date is known
 */
public record PublishedTime(long epochSecond, boolean hasTime) {

    /** Parses an ISO 8601 date or date-time ({@code Article.published}); null if absent or unreadable. */
    public static PublishedTime parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.trim();
        try {
            if (s.length() <= 10) {
                return new PublishedTime(LocalDate.parse(s).toEpochDay() * 86_400L, false);
            }
            try {
                return new PublishedTime(OffsetDateTime.parse(s).toEpochSecond(), true);
            } catch (DateTimeParseException e) {
                return new PublishedTime(LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC), true);
            }
        } catch (DateTimeParseException e) {
            try {
                return new PublishedTime(LocalDate.parse(s.substring(0, 10)).toEpochDay() * 86_400L, false);
            } catch (DateTimeParseException | IndexOutOfBoundsException e2) {
                return null;
            }
        }
    }

    /** The calendar day (UTC) as an epoch day. */
    public long epochDay() {
        return Math.floorDiv(epochSecond, 86_400L);
    }
}
