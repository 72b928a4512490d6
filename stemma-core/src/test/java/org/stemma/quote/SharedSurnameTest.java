package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two full names with one surname and first names of the same initial are one person spelt two
 * ways (Andriy/Andrey), unless the first names are recorded for opposite sexes: a couple, "Megan"
 * and "Mark" (issue 18).
 */
class SharedSurnameTest {

    @Test
    void aWifeAndHusbandStayTwoPeople() {
        List<Quote> qs = extract("Mark Holloway runs the hardware store on Elm Street.\n\n"
                + "\u201CBusiness has been slow since the bridge closed,\u201D Mark Holloway said.\n\n"
                + "Melissa Holloway wrote about the winter on the store's page.\n\n"
                + "\u201CWe kept the lights on and the stove warm for anyone who came in,\u201D she wrote.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Mark Holloway", "Melissa Holloway");
    }

    @Test
    void aSpellingVariantOfOneSexIsStillOnePerson() {
        List<Quote> qs = extract("Andriy Kovalenko leads the town council.\n\n"
                + "\u201CThe bridge will reopen in spring,\u201D Andrey Kovalenko said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Andriy Kovalenko");
    }
}
