package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation alone in its paragraph with a credit line below it, a dash and a name ("- Jane Doe,
 * Philadelphia."), is that person's, not the voice of the quotation before (issue 18).
 */
class DashCreditTest {

    @Test
    void theNameOnTheDashLineBelowSpeaks() {
        List<Quote> qs = extract("\u201CThe bridge will open in May,\u201D Mayor Tomas Reyna said.\n\n"
                + "Quotable\n\n"
                + "\u201CWe waited ten years for this road and we can wait a little longer.\u201D\n\n"
                + "- Olga Brandt, Riverton.\n\n"
                + "\u201CNobody asked the people who live here.\u201D\n\n"
                + "\u2014Senator Ivo Castellan, writing after the vote.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tomas Reyna", "Olga Brandt", "Ivo Castellan");
        assertThat(qs.get(1).speakerAsWritten()).isEqualTo("Olga Brandt");
    }

    @Test
    void aDashLineThatRunsOnIsNoCredit() {
        List<Quote> qs = extract("\u201CThe bridge will open in May,\u201D Mayor Tomas Reyna said.\n\n"
                + "\u201CIt is the best news in years.\u201D\n\n"
                + "- Olga Brandt and her neighbours on the east side of the river have waited for the road "
                + "since the flood of the spring before last.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tomas Reyna", "Tomas Reyna");
    }

    @Test
    void aQuoteInsideItsParagraphTakesNoCredit() {
        List<Quote> qs = extract("Tomas Reyna, the mayor, spoke first. He said: \u201CThe bridge will open in May.\u201D\n\n"
                + "- Olga Brandt, Riverton.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tomas Reyna");
    }
}
