package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's written records speak as written ("the court records say"), issue 18. */
class DocumentSpeakersTest {

    @Test
    void theRecordsOfACourtSpeakNotTheCourt() {
        List<Quote> qs = extract("A man was charged on Monday with setting fire to a warehouse in Riverton.\n\n"
                + "\u201CHe poured petrol along the loading bay and lit it with a match,\u201D the court records say.");
        assertThat(qs).extracting(Quote::speakerAsWritten).containsExactly("the court records");
        assertThat(qs).extracting(Quote::speaker).containsExactly("court records");
    }

    @Test
    void accordingToCourtDocumentsKeepsTheDocuments() {
        List<Quote> qs = extract("A man was charged on Monday with setting fire to a warehouse in Riverton.\n\n"
                + "\u201CHe poured petrol along the loading bay,\u201D according to court documents.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("court documents");
    }

    @Test
    void aPersonNounAfterTheBodyIsStillAPerson() {
        List<Quote> qs = extract("The hearing at the Riverton court lasted two hours on Monday.\n\n"
                + "\u201CThe file is complete,\u201D the court clerks said.");
        assertThat(qs).extracting(Quote::speaker).doesNotContain("court clerks");
    }
}
