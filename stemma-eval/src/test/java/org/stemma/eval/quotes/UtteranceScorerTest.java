package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.quote.Quote;
import org.stemma.text.Span;

class UtteranceScorerTest {

    private static final String TEXT = "\u201COne two three four,\u201D Ann Lee said. \u201CFive six seven eight.\u201D Scare \u201Cquotes\u201D here.";

    private static GoldQuote gold(String words) {
        int s = TEXT.indexOf(words);
        return new GoldQuote("d", List.of(new Span(s, s + words.length())), words, false, null, "Ann Lee", "Lee");
    }

    @Test
    void aQuoteReportedAsOneIsOneUtteranceInTheJoinedReadingOnly() {
        int a = TEXT.indexOf("One");
        int b = TEXT.indexOf("eight") + 5;
        Quote joined = new Quote("d", new Span(a, b), "One two three four, Five six seven eight.", false, "Ann Lee", "Ann Lee", "said");
        UtteranceScorer s = new UtteranceScorer();
        s.add("d", TEXT, List.of(gold("One two three four"), gold("Five six seven eight")), List.of(joined), false);
        assertThat(s.strict().gold).isEqualTo(2);
        assertThat(s.strict().matched).isEqualTo(1); // the first piece holds half the reported words; the second is missed
        assertThat(s.strict().recall()).isEqualTo(0.5);
        assertThat(s.joined().gold).isEqualTo(1);
        assertThat(s.joined().matched).isEqualTo(1);
        assertThat(s.joined().f1()).isEqualTo(1.0);
        assertThat(s.joined().speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void theRegexPeerReportsPiecesAndItsReadingsAgree() {
        List<Quote> peer = QuoteMarkRegexPeer.extract("d", TEXT);
        assertThat(peer).extracting(Quote::text).containsExactly("One two three four,", "Five six seven eight.", "quotes");
        UtteranceScorer s = new UtteranceScorer();
        s.add("d", TEXT, List.of(gold("One two three four"), gold("Five six seven eight")), peer, false);
        assertThat(s.strict().matched).isEqualTo(2);
        assertThat(s.strict().precision()).isEqualTo(2.0 / 3);
        assertThat(s.joined().f1()).isEqualTo(s.strict().f1());
        assertThat(s.joined().speakerErrors).containsEntry(UtteranceScorer.NONE, 2);
    }

    @Test
    void speakerClasses() {
        Span sp = new Span(0, 1);
        assertThat(UtteranceScorer.speakerClass(new Quote("d", sp, "x", false, "he", null, "said"))).isEqualTo(UtteranceScorer.PRONOUN_LEFT);
        assertThat(UtteranceScorer.speakerClass(new Quote("d", sp, "x", false, "the spokesperson", null, "said"))).isEqualTo(UtteranceScorer.ROLE_LEFT);
        assertThat(UtteranceScorer.speakerClass(new Quote("d", sp, "x", false, "he", "Tom Baker", "said"))).isEqualTo(UtteranceScorer.WRONG_PERSON);
        assertThat(UtteranceScorer.speakerClass(new Quote("d", sp, "x", false, null, null, null))).isEqualTo(UtteranceScorer.NONE);
    }

    @Test
    void quotedWordsSkipTheInterruptingAttribution() {
        int a = TEXT.indexOf("One");
        int b = TEXT.indexOf("eight") + 5;
        Quote joined = new Quote("d", new Span(a, b), "One two three four, Five six seven eight.", false, null, null, null);
        int[] w = UtteranceScorer.quotedWords(org.stemma.text.Tokenizer.tokenize(TEXT), TEXT, joined);
        assertThat(w).hasSize(8);
    }
}
