package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare surname shared by relatives (issue 18): the person the article already called by the
 * bare surname keeps it after a relative is brought in by a kin noun; a relative named in full
 * just before, with nobody called by the bare surname yet, takes it.
 */
class BareSurnameRelativeTest {

    @Test
    void thePersonAlreadyCalledByTheSurnameKeepsIt() {
        List<Quote> qs = extract("Osric Vandermolen was sentenced on Monday for the robbery.\n\n"
                + "Vandermolen told the judge he had changed.\n\n"
                + "His son, Tavish Vandermolen, sat in the front row.\n\n"
                + "\u201CI let my family down,\u201D Vandermolen said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Osric Vandermolen");
    }

    @Test
    void aRelativeNamedJustBeforeTakesTheSurnameWhenNobodyHadIt() {
        List<Quote> qs = extract("Linnea Vandermolen, 6, was hurt when a shelf fell.\n\n"
                + "Her grandfather, Osric Vandermolen, carried her to the car.\n\n"
                + "\u201CShe never cried once,\u201D Vandermolen said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Osric Vandermolen");
    }
}
