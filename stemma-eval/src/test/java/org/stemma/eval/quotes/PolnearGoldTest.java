package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearGoldTest {

    private static List<GoldQuote> gold(String text, String ann) {
        return PolnearGold.quotes(BratReader.parse("d", text, "a", ann));
    }

    @Test
    void quotedContentIsADirectQuoteAndIndirectSpeechIsNot() {
        String text = "Mr. Lou said the economy is fine. \u201CWe will grow,\u201D Mr. Lou added.";
        int q = text.indexOf("We will");
        int qe = text.indexOf(",\u201D") + 1;
        int src = text.lastIndexOf("Mr. Lou");
        String ann = "T1\tSource 0 7\tMr. Lou\nT2\tCue 8 12\tsaid\nT3\tContent 13 32\tthe economy is fine\n"
                + "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n"
                + "T4\tSource " + src + " " + (src + 7) + "\tMr. Lou\nT5\tContent " + q + " " + qe + "\tWe will grow,\n"
                + "E2\tAttribution:T5 Source:T4 Content:T5\n";
        List<GoldQuote> g = gold(text, ann);
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("We will grow");
            assertThat(x.partial()).isFalse();
            assertThat(x.speakerKey()).isEqualTo("Lou");
        });
    }

    @Test
    void contentMixingAuthorWordsIsPartial() {
        String text = "The Post reports that aides tried to \u201Ckeep the details under wraps.\u201D";
        String ann = "T1\tSource 0 8\tThe Post\nT2\tContent 17 " + text.length() + "\tx\n"
                + "E1\tAttribution:T2 Source:T1 Content:T2\n";
        GoldQuote g = gold(text, ann).get(0);
        assertThat(g.text()).isEqualTo("keep the details under wraps");
        assertThat(g.partial()).isTrue();
        assertThat(g.speakerKey()).isEqualTo("Post");
    }

    @Test
    void nameKeysFollowTheHeadOfTheSourcePhrase() {
        String text = "Representative Charles B. Rangel of New York spoke. The New York businessman spoke. "
                + "Apple's chief executive, Tim Cook, spoke. He spoke. Officials spoke.";
        assertThat(key(text, "Representative Charles B. Rangel of New York")).isEqualTo("Rangel");
        assertThat(key(text, "The New York businessman")).isNull();
        assertThat(key(text, "Apple's chief executive, Tim Cook,")).isEqualTo("Cook");
        assertThat(key(text, "He")).isNull();
        assertThat(key(text, "Officials")).isNull();
    }

    private static String key(String text, String source) {
        int s = text.indexOf(source);
        return PolnearGold.nameKey(text, new BratDocument.TextBound("T1", "Source",
                List.of(new org.stemma.text.Span(s, s + source.length())), source));
    }

    @Test
    void quotesRunningAcrossParagraphsAreFound() {
        String text = "\u201CFirst part.\n\n\u201CSecond part,\u201D she said.";
        assertThat(QuotedRegions.find(text)).hasSize(2);
        assertThat(QuotedRegions.find("\u201COpen and never closed.\n\nNext paragraph.")).isEmpty();
    }

    @Test
    void aClosingGlyphWhereAQuoteOpensOpensIt() {
        String text = "\u201DWe are afraid of him.\u201D \u2015 Ana Ruiz\nShe said it \u201Dloudly.\u201D";
        assertThat(QuotedRegions.find(text)).extracting(sp -> sp.of(text))
                .containsExactly("We are afraid of him.", "loudly.");
        assertThat(QuotedRegions.find("\u201CYes,\u201D she said.")).extracting(sp -> sp.of("\u201CYes,\u201D she said."))
                .containsExactly("Yes,");
    }
}
