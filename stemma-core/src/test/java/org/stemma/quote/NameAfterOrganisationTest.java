package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.FirstNames;

/**
 * A person's full name is found where the run of capitals around it reads otherwise (issue 18):
 * after an organisation's name with no title between them, with initials for a first name, with
 * an apostrophe inside the first name, after a country's name.
 */
class NameAfterOrganisationTest {

    @Test
    void aFullNameAfterAnOrganisationIsAPerson() {
        List<Quote> qs = extract("\u201CWe will find whoever did this,\u201D Harbour Police Alden Pikesley told reporters.\n\n"
                + "\u201CThe street is safe again,\u201D said Pikesley.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Alden Pikesley", "Alden Pikesley");
    }

    @Test
    void aTitleKeepsTheRunAsItWas() {
        People people = index("Harbour Police Chief Alden Pikesley closed the pier.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Alden Pikesley");
    }

    @Test
    void twoCapitalsRecordedAsAFirstNameAreNoAcronym() {
        List<Quote> qs = extract("TJ Okonkwo lives two doors down from the park.\n\n"
                + "\u201CIt has always been a quiet street,\u201D Okonkwo said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("TJ Okonkwo");
    }

    @Test
    void anApostropheInsideAFirstNameStillMakesItARecordedName() {
        assertThat(FirstNames.known("D\u2019Andre")).isTrue();
        assertThat(FirstNames.known("D'Andre")).isTrue();
        assertThat(FirstNames.known("O'Qzzv")).isFalse();
    }

    @Test
    void aCountryBeforeAFullNameIsNoPartOfIt() {
        People people = index("The ambassador to Norway Chen Wulan met the minister. Chen spoke first.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Chen Wulan");
    }

    private static People index(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]);
    }
}
