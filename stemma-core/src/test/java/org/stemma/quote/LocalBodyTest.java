package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body named by its level and its own word ("county police said") is kept as written, issue 18. */
class LocalBodyTest {

    @Test
    void countyPoliceSpeakAsWritten() {
        List<Quote> qs = extract("A boy was hurt in a shooting in Lakeside on Monday.\n\n"
                + "\u201CA round fired by an officer struck the boy,\u201D county police said in a statement.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("county police");
    }

    @Test
    void peopleNamedByAPlaceAreNoBody() {
        List<Quote> qs = extract("A boy was hurt in a shooting in Lakeside on Monday.\n\n"
                + "\u201CA round fired by an officer struck the boy,\u201D local residents said.");
        assertThat(qs).extracting(Quote::speaker).containsOnlyNulls();
    }
}
