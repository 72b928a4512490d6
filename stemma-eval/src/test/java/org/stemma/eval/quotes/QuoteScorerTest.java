package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.quote.Quote;
import org.stemma.text.Span;

class QuoteScorerTest {

    @Test
    void wordCoverageMatchingAndSpeakerKey() {
        String text = "\u201COne two three four,\u201D Ann Lee said. \u201CFive six seven eight.\u201D Scare \u201Cquotes\u201D here.";
        int a = text.indexOf("One");
        int b = text.indexOf("eight") + 5;
        int c = text.indexOf("quotes");
        GoldQuote g1 = new GoldQuote("d", List.of(new Span(a, text.indexOf("four") + 4)), "One two three four", false,
                null, "Ann Lee", "Lee");
        GoldQuote g2 = new GoldQuote("d", List.of(new Span(text.indexOf("Five"), b)), "Five six seven eight", false,
                null, "Ann Lee", "Lee");
        // One predicted quote spanning both gold quotes (joined across the attribution), one scare quote.
        Quote p1 = new Quote("d", new Span(a, b), "One two three four, Five six seven eight.", false, "Ann Lee", "Ann Lee", "said");
        Quote p2 = new Quote("d", new Span(c, c + 6), "quotes", true, null, null, null);
        QuoteScorer s = new QuoteScorer();
        s.add("d", text, List.of(g1, g2), List.of(p1, p2), false);
        QuoteScorer.Result r = s.result();
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.speakerAccuracy()).isEqualTo(1.0);
        assertThat(r.errorCounts).containsKey("extra: partial fragment the gold does not count");
    }

    @Test
    void speakerKeyIsAWholeWord() {
        assertThat(QuoteScorer.containsWord("Lou Jiwei", "Lou")).isTrue();
        assertThat(QuoteScorer.containsWord("Louis Jiwei", "Lou")).isFalse();
        assertThat(QuoteScorer.containsWord(null, "Lou")).isFalse();
        assertThat(QuoteScorer.containsWord("Clinton's campaign", "Clinton")).isTrue();
    }
}
