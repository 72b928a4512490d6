package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockTimesTest {

    @Test
    void theMarkersOfATimeOfDayInEitherCaseAndSpelling() {
        for (String w : new String[]{"am", "pm", "AM", "PM", "a.m.", "p.m.", "P.M", "pm,", "am)"}) {
            assertThat(ClockTimes.isMarkerAt(w, 0)).as(w).isTrue();
        }
    }

    @Test
    void aWordThatGoesOnIsNoMarker() {
        for (String w : new String[]{"Amber", "PMs", "amid", "p.mx", "a", "", "pa", "a.", "ap"}) {
            assertThat(ClockTimes.isMarkerAt(w, 0)).as(w).isFalse();
        }
    }

    @Test
    void readsAtAnOffsetInsideALine() {
        String line = "4:05 PM update";
        assertThat(ClockTimes.isMarkerAt(line, 5)).isTrue();
        assertThat(ClockTimes.isMarkerAt(line, 8)).isFalse();
    }
}
