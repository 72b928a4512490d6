package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generational suffix ("Jr.", "III") closes a person's name without being its surname (issue
 * 18): the bare surname and the name without the suffix meet the full name, and a Roman numeral
 * after a first name is no acronym of an organisation.
 */
class NameSuffixTest {

    @Test
    void aBareSurnameMeetsTheNameWithASuffix() {
        List<Quote> qs = extract("Tobias Wrenfield Jr. runs the ferry across the lake.\n\n"
                + "\u201CThe ice came early this year,\u201D Mr. Wrenfield said on Tuesday.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tobias Wrenfield Jr.");
    }

    @Test
    void theNameWithoutItsSuffixIsTheSamePerson() {
        People people = index("Ervald Pomeroy Jr. called the station at noon. Later Ervald Pomeroy drove to the farm.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Ervald Pomeroy Jr.");
    }

    @Test
    void aRomanNumeralAfterAFirstNameIsNoOrganisation() {
        List<Quote> qs = extract("The essay was written by Harold Quist III, a former reporter.\n\n"
                + "\u201CI kept every notebook,\u201D Mr. Quist said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Harold Quist III");
    }

    @Test
    void aSuffixIsNoSurname() {
        assertThat(Person.surname(List.of("Tobias", "Wrenfield", "Jr."))).isEqualTo("Wrenfield");
        assertThat(Person.surname(List.of("Harold", "Quist", "III"))).isEqualTo("Quist");
        assertThat(Person.surname(List.of("Harold", "Quist"))).isEqualTo("Quist");
        assertThat(Person.surname(List.of("Ivy"))).isEqualTo("Ivy");
        assertThat(Person.generationSuffix("Sr")).isTrue();
        assertThat(Person.generationSuffix("Ivo")).isFalse();
    }

    private static People index(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]);
    }
}
