package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateFinderTest {

    @Test
    void datelineForms() {
        assertThat(DateFinder.dateline("22 Aug 2024 16:28")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Published: August 22, 2024 10:05 GMT")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Updated 3rd March, 2021")).contains("2021-03-03");
        assertThat(DateFinder.dateline("2024-08-22T10:00:00Z")).contains("2024-08-22");
        assertThat(DateFinder.dateline("Sept. 5, 2019")).contains("2019-09-05");
        assertThat(DateFinder.dateline("Posted on March 3, 2023 by Maria Lopez")).contains("2023-03-03");
    }

    @Test
    void notDatelines() {
        assertThat(DateFinder.dateline("The council met on August 21, 2024 to vote")).isEmpty();
        assertThat(DateFinder.dateline("31 Feb 2024")).isEmpty();
        assertThat(DateFinder.dateline("12 May 1850")).isEmpty();
        assertThat(DateFinder.dateline("between 2020 and 2024")).isEmpty();
    }

    @Test
    void findsEveryMention() {
        var found = DateFinder.find("From 2024-01-02 to March 4, 2024 and 5 May 2024.");
        assertThat(found).extracting(DateFinder.DateMatch::iso)
                .containsExactly("2024-01-02", "2024-03-04", "2024-05-05");
    }
}
