package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void stripsNoBreakSpacesThatStringStripKeeps() {
        String line = "\u00A0Floods close the border road\u00A0";
        assertThat(line.strip()).startsWith("\u00A0");
        assertThat(Spaces.strip(line)).isEqualTo("Floods close the border road");
    }

    @Test
    void stripsFigureNarrowZeroWidthSpacesAndByteOrderMarks() {
        assertThat(Spaces.strip("\uFEFF\u2007 Headline\u202F\u200B\t\n")).isEqualTo("Headline");
    }

    @Test
    void keepsSpacesInsideTheText() {
        assertThat(Spaces.strip(" a\u00A0b ")).isEqualTo("a\u00A0b");
    }

    @Test
    void aBlankTextBecomesEmpty() {
        assertThat(Spaces.strip("\u00A0 \u200B")).isEmpty();
        assertThat(Spaces.strip("")).isEmpty();
    }

    @Test
    void lettersAreNotBlank() {
        assertThat(Spaces.isBlank('a')).isFalse();
        assertThat(Spaces.isBlank('-')).isFalse();
        assertThat(Spaces.isBlank('\u00A0')).isTrue();
    }

    @Test
    void thePatternClassHoldsExactlyTheBlankCharacters() {
        java.util.regex.Pattern blank = java.util.regex.Pattern.compile(Spaces.CLASS);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(blank.matcher(String.valueOf(c)).matches()).as("U+%04X", (int) c).isEqualTo(Spaces.isBlank(c));
        }
    }
}
