package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How Stemma reads dates, in the forms and languages pages write them. */
class DateFinderTest {

    private static String first(String text) {
        var found = DateFinder.find(text);
        return found.isEmpty() ? null : found.get(0).iso();
    }

    @Test
    void isoAndYearFirstNumericDates() {
        assertThat(first("2024-08-22")).isEqualTo("2024-08-22");
        assertThat(first("updated 2024/8/2")).isEqualTo("2024-08-02");
        assertThat(first("2024.08.22")).isEqualTo("2024-08-22");
    }

    @Test
    void englishDatesInEitherOrder() {
        assertThat(first("22 Aug 2024 16:28")).isEqualTo("2024-08-22");
        assertThat(first("22nd of September, 2019")).isEqualTo("2019-09-22");
        assertThat(first("August 22, 2024")).isEqualTo("2024-08-22");
        assertThat(first("Sept. 3 2019")).isEqualTo("2019-09-03");
        assertThat(first("Thu, 22 Aug 2024 10:15:00 GMT")).isEqualTo("2024-08-22");
    }

    @Test
    void dayMonthYearInOtherLanguages() {
        assertThat(first("Publié le 1er août 2024 à 16h28")).isEqualTo("2024-08-01");
        assertThat(first("publié le 3 fevrier 2023")).isEqualTo("2023-02-03"); // accent left out
        assertThat(first("Stand: 22. August 2024, 10:15 Uhr")).isEqualTo("2024-08-22");
        assertThat(first("22 de agosto de 2024")).isEqualTo("2024-08-22");
        assertThat(first("5 de março de 2024")).isEqualTo("2024-03-05");
        assertThat(first("22 agosto 2024")).isEqualTo("2024-08-22");
        assertThat(first("22 augustus 2024")).isEqualTo("2024-08-22");
        assertThat(first("22 sierpnia 2024 r.")).isEqualTo("2024-08-22");
        assertThat(first("22 Ağustos 2024")).isEqualTo("2024-08-22");
    }

    @Test
    void dayMonthYearInOtherScripts() {
        assertThat(first("22 августа 2024 г., 16:28")).isEqualTo("2024-08-22");
        assertThat(first("1 травня 2024 року")).isEqualTo("2024-05-01");
        assertThat(first("22 Αυγούστου 2024")).isEqualTo("2024-08-22");
        assertThat(first("22 أغسطس 2024")).isEqualTo("2024-08-22");
        assertThat(first("٢٢ أغسطس ٢٠٢٤")).isEqualTo("2024-08-22"); // Arabic-Indic digits
        assertThat(first("2024年8月22日")).isEqualTo("2024-08-22");
        assertThat(first("2024년 8월 22일")).isEqualTo("2024-08-22");
    }

    @Test
    void dayDotMonthDotYear() {
        assertThat(first("22.08.2024 16:28")).isEqualTo("2024-08-22");
        assertThat(first("Опубликовано 1.5.2024")).isEqualTo("2024-05-01");
    }

    @Test
    void notDates() {
        assertThat(first("2024-13-45")).isNull();
        assertThat(first("February 30, 2024")).isNull();
        assertThat(first("call 1800-555-0199")).isNull();
        assertThat(first("May the force be with you 1977")).isNull();
        assertThat(first("12 May 1850")).isNull();
        assertThat(first("between 2020 and 2024")).isNull();
        assertThat(first("22/08/2024")).isNull(); // day or month first? not said
        assertThat(first("version 1.2.2024.5")).isNull();
        assertThat(first("https://example.com/2024/08/22/story")).isNull(); // a path, see fromUrl
    }

    @Test
    void findsEveryMentionInOrder() {
        var found = DateFinder.find("From 2024-01-02 to March 4, 2024 and 5 May 2024, then 6 juin 2024.");
        assertThat(found).extracting(DateFinder.DateMatch::iso)
                .containsExactly("2024-01-02", "2024-03-04", "2024-05-05", "2024-06-06");
        assertThat(found.get(1).start()).isEqualTo("From 2024-01-02 to ".length());
    }

    @Test
    void parseKeepsAnIsoTimeAndOffset() {
        assertThat(DateFinder.parse("2024-08-22T10:15:30.123+0300")).isEqualTo("2024-08-22T10:15:30.123+03:00");
        assertThat(DateFinder.parse("2024-08-22T10:15Z")).isEqualTo("2024-08-22T10:15:00Z");
        assertThat(DateFinder.parse("2024-08-22 10:15:00")).isEqualTo("2024-08-22T10:15:00");
        assertThat(DateFinder.parse("2024-08-22T10:15:00 GMT")).isEqualTo("2024-08-22T10:15:00Z");
        assertThat(DateFinder.parse("Published August 22, 2024 at 10am")).isEqualTo("2024-08-22");
        assertThat(DateFinder.parse("22 серпня 2024")).isEqualTo("2024-08-22");
        assertThat(DateFinder.parse("no date here")).isNull();
        assertThat(DateFinder.parse(null)).isNull();
    }

    @Test
    void datelinesAreShortLinesThatAreMostlyADate() {
        assertThat(DateFinder.dateline("22 Aug 2024 16:28")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Published: August 22, 2024 10:05 GMT")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Updated 3rd March, 2021")).contains("2021-03-03");
        assertThat(DateFinder.dateline("2024-08-22T10:00:00Z")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Posted on March 3, 2023 by Maria Lopez")).contains("2023-03-03");
        assertThat(DateFinder.dateline("Опубликовано: 22 августа 2024")).contains("2024-08-22");
        assertThat(DateFinder.dateline("The council met on August 21, 2024 to vote")).isEmpty();
        assertThat(DateFinder.dateline("31 Feb 2024")).isEmpty();
    }

    @Test
    void aPublicationLabelWithFiguresMarksATimestampItsDateUnread() {
        assertThat(DateFinder.labelledTimestamp("Published: Sunday, 6/28/2015 - Updated: 3 months ago")).isTrue();
        assertThat(DateFinder.labelledTimestamp("Posted 2 hours ago")).isTrue();
        assertThat(DateFinder.labelledTimestamp("Published by the council")).isFalse();
        assertThat(DateFinder.labelledTimestamp("The report was published on 3 May")).isFalse();
    }

    @Test
    void isoDateIsStrict() {
        assertThat(DateFinder.isoDate("2024-08-22")).contains("2024-08-22");
        assertThat(DateFinder.isoDate("2024-8-22")).isEmpty();
        assertThat(DateFinder.isoDate("2024-02-30")).isEmpty();
    }

    @Test
    void datesInUrlPaths() {
        assertThat(DateFinder.fromUrl("https://x.example/2024/08/22/story")).isEqualTo("2024-08-22");
        assertThat(DateFinder.fromUrl("https://x.example/news/2024-08-22-story")).isEqualTo("2024-08-22");
        assertThat(DateFinder.fromUrl("https://x.example/a/20240822/story.html")).isEqualTo("2024-08-22");
        assertThat(DateFinder.fromUrl("https://x.example/article/608399")).isNull();
        assertThat(DateFinder.fromUrl(null)).isNull();
    }
}
