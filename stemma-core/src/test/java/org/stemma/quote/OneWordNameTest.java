package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named by one word after a person noun is whom "he" or "she" means, and a name that is
 * the object of a person's verb is no sentence subject, issue 18.
 */
class OneWordNameTest {

    @Test
    void aOneWordNameAfterAPersonNounIsWhomSheMeans() {
        List<Quote> qs = extract("Union leader Okafor on Monday accused the board of delaying the pay talks.\n\n"
                + "\u201CThe workers have waited long enough for an answer,\u201D she said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Okafor");
    }

    @Test
    void aOneWordNameWithNoPersonNounBeforeItStaysUnresolved() {
        List<Quote> qs = extract("Okafor on Monday accused the board of delaying the pay talks.\n\n"
                + "\u201CThe workers have waited long enough for an answer,\u201D she said.");
        assertThat(qs).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void theObjectOfAPersonsVerbDoesNotTakeOverTheVoice() {
        List<Quote> qs = extract("\u201CHousing comes first for me,\u201D says Dana Varga, 41, a nurse in Lakeside. "
                + "Varga supports Mayor Lena Ortiz in the race. \u201CI rent, and the rent keeps rising.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dana Varga", "Dana Varga");
    }
}
