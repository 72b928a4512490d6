package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one home of quotation-mark glyphs: each class of glyph, and the characters that are none. */
class QuoteGlyphsTest {

    private static final String DOUBLES = "\"“”„«»";
    private static final String SINGLES = "'‘’";
    private static final String ANGLES = "‹›";
    private static final String RARE = "‚‛‟";
    private static final String NONE = "a.,;:!?()[]-–—…`´″′ʼ\u00A0 ";

    @Test
    void theDoubleMarksAreStraightCurlyLowAndGuillemets() {
        for (char c : DOUBLES.toCharArray()) {
            assertThat(QuoteGlyphs.isDouble(c)).as("%s", c).isTrue();
            assertThat(QuoteGlyphs.isSingle(c)).as("%s", c).isFalse();
        }
        for (char c : (SINGLES + ANGLES + RARE + NONE).toCharArray()) {
            assertThat(QuoteGlyphs.isDouble(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void theSingleMarksAreStraightAndCurlyAndTwoOfThemAreApostrophes() {
        for (char c : SINGLES.toCharArray()) {
            assertThat(QuoteGlyphs.isSingle(c)).as("%s", c).isTrue();
        }
        for (char c : (DOUBLES + ANGLES + RARE + NONE).toCharArray()) {
            assertThat(QuoteGlyphs.isSingle(c)).as("%s", c).isFalse();
            assertThat(QuoteGlyphs.isApostrophe(c)).as("%s", c).isFalse();
        }
        assertThat(QuoteGlyphs.isApostrophe('\'')).isTrue();
        assertThat(QuoteGlyphs.isApostrophe('’')).as("Mali’s").isTrue();
        assertThat(QuoteGlyphs.isApostrophe('‘')).as("only opens").isFalse();
    }

    @Test
    void aWordEndingInApostropheSIsFoundWithEitherApostrophe() {
        assertThat(QuoteGlyphs.endsInApostropheS("mali's")).isTrue();
        assertThat(QuoteGlyphs.endsInApostropheS("mali’s")).isTrue();
        assertThat(QuoteGlyphs.endsInApostropheS("’s")).isTrue();
        assertThat(QuoteGlyphs.endsInApostropheS("mali‘s")).as("‘ only opens").isFalse();
        assertThat(QuoteGlyphs.endsInApostropheS("maliʼs")).as("ʼ is a letter").isFalse();
        assertThat(QuoteGlyphs.endsInApostropheS("MALI'S")).as("callers pass the lower-case word").isFalse();
        assertThat(QuoteGlyphs.endsInApostropheS("sanders'")).isFalse();
        assertThat(QuoteGlyphs.endsInApostropheS("s")).isFalse();
        assertThat(QuoteGlyphs.endsInApostropheS("")).isFalse();
    }

    @Test
    void straightMarksFaceBothWaysAndTypographicOnesOne() {
        for (char c : "\"'".toCharArray()) {
            assertThat(QuoteGlyphs.opens(c)).as("%s", c).isTrue();
            assertThat(QuoteGlyphs.closes(c)).as("%s", c).isTrue();
        }
        for (char c : "“‘„«‹".toCharArray()) {
            assertThat(QuoteGlyphs.opens(c)).as("%s", c).isTrue();
            assertThat(QuoteGlyphs.closes(c)).as("%s", c).isFalse();
        }
        for (char c : "”’»›".toCharArray()) {
            assertThat(QuoteGlyphs.opens(c)).as("%s", c).isFalse();
            assertThat(QuoteGlyphs.closes(c)).as("%s", c).isTrue();
        }
        for (char c : (RARE + NONE).toCharArray()) {
            assertThat(QuoteGlyphs.opens(c) || QuoteGlyphs.closes(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void aCodePointOutsideTheBasicPlaneIsNoMark() {
        assertThat(QuoteGlyphs.opens("😀".codePointAt(0))).isFalse();
        assertThat(QuoteGlyphs.opens("«".codePointAt(0))).isTrue();
    }

    @Test
    void normalizerFoldsEveryMarkButTheSingleGuillemets() {
        for (char c : (DOUBLES + "‟").toCharArray()) {
            assertThat(Normalizer.foldPunctuation(c)).as("%s", c).isEqualTo('"');
        }
        for (char c : (SINGLES + "‚‛").toCharArray()) {
            assertThat(Normalizer.foldPunctuation(c)).as("%s", c).isEqualTo('\'');
        }
        for (char c : ANGLES.toCharArray()) {
            assertThat(Normalizer.foldPunctuation(c)).as("%s", c).isEqualTo(c);
        }
    }

    @Test
    void prosePutsAPhraseInCurlyDoubleMarks() {
        assertThat(QuoteGlyphs.quoted("Mali junta expels envoy")).isEqualTo("“Mali junta expels envoy”");
        assertThat(QuoteGlyphs.quoted("")).isEqualTo("“”");
    }
}
