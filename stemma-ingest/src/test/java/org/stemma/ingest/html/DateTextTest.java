package org.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void isoForms() {
        assertThat(DateText.parse("2024-08-22")).isEqualTo("2024-08-22");
        assertThat(DateText.parse("2024-08-22T10:15:30.123+0300")).isEqualTo("2024-08-22T10:15:30+03:00");
        assertThat(DateText.parse("2024-08-22T10:15Z")).isEqualTo("2024-08-22T10:15:00Z");
        assertThat(DateText.parse("2024-08-22 10:15:00")).isEqualTo("2024-08-22T10:15:00");
        assertThat(DateText.parse("2024/8/2")).isEqualTo("2024-08-02");
    }

    @Test
    void writtenForms() {
        assertThat(DateText.parse("Published August 22, 2024 at 10am")).isEqualTo("2024-08-22");
        assertThat(DateText.parse("Thu, 22 Aug 2024 10:15:00 GMT")).isEqualTo("2024-08-22");
        assertThat(DateText.parse("22nd of September, 2019")).isEqualTo("2019-09-22");
        assertThat(DateText.parse("Sept. 3 2019")).isEqualTo("2019-09-03");
    }

    @Test
    void rejectsNoise() {
        assertThat(DateText.parse("2024-13-45")).isNull();
        assertThat(DateText.parse("February 30, 2024")).isNull();
        assertThat(DateText.parse("call 1800-555-0199")).isNull();
        assertThat(DateText.parse("May the force be with you 1977")).isNull();
        assertThat(DateText.parse(null)).isNull();
    }

    @Test
    void urlDates() {
        assertThat(DateText.fromUrl("https://x.example/2024/08/22/story")).isEqualTo("2024-08-22");
        assertThat(DateText.fromUrl("https://x.example/news/2024-08-22-story")).isEqualTo("2024-08-22");
        assertThat(DateText.fromUrl("https://x.example/a/20240822/story.html")).isEqualTo("2024-08-22");
        assertThat(DateText.fromUrl("https://x.example/article/608399")).isNull();
    }
}
