package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent after "by" of a passive verb of saying says the words, not the subject they describe, issue 18. */
class PassiveAgentSpeakerTest {

    @Test
    void theAgentBeforeAsSpeaks() {
        List<Quote> qs = extract("Ella Marsh, 34, was arrested on Friday.\n\n"
                + "She was described by prosecutors as the \u201Cqueen of the warehouse\u201D at a hearing on Monday.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("prosecutors");
    }

    @Test
    void theAgentSpeaksInAnAppositiveBetweenDashes() {
        List<Quote> qs = extract("Ella Marsh, 34, was arrested on Friday.\n\n"
                + "Ella Marsh \u2014 described by prosecutors as the \u201Cqueen of the warehouse\u201D \u2014 was convicted on Monday.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("prosecutors");
    }

    @Test
    void theAgentAfterTheQuotationSpeaks() {
        List<Quote> qs = extract("The ferry crossing opened in 1931 and soon drew crowds from the whole coast.\n\n"
                + "It was dubbed \u201Cthe finest ride in the county\u201D by travel writer Nora Quill, and the crossing "
                + "still carries cars today.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Nora Quill");
    }

    @Test
    void anActiveVerbKeepsItsSubject() {
        List<Quote> qs = extract("Ella Marsh, 34, was arrested on Friday.\n\n"
                + "Prosecutors described Ella Marsh as the \u201Cqueen of the warehouse\u201D at a hearing on Monday.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Prosecutors");
    }
}
