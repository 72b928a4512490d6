package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two first names of one initial before one surname are one person only when one spells the
 * other differently (issue 18): a short form, an initial, an accent, a transliteration — not two
 * recorded names of relatives.
 */
class FirstNameVariantsTest {

    @Test
    void twoRecordedNamesOfOneInitialAreTwoRelatives() {
        List<Quote> qs = extract("Desmond Tallmadge, 19, was hurt on the bridge on Friday.\n\n"
                + "His uncle, Dorian Tallmadge, drove him home.\n\n"
                + "\u201CHe will be back on his bike by spring,\u201D said Dorian Tallmadge.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dorian Tallmadge");
    }

    @Test
    void aShortFormIsTheSamePerson() {
        People people = index("Joshua Pendrell opened the mill in May. Josh Pendrell hired ten workers.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Joshua Pendrell");
    }

    @Test
    void aTransliterationIsTheSamePerson() {
        People people = index("Andriy Vokhmen spoke in Kyiv on Monday. Andrey Vokhmen left for Lviv later.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Andriy Vokhmen");
    }

    @Test
    void variantsOfOneName() {
        assertThat(FirstNameVariants.variants("R.", "Rosalind")).isTrue();
        assertThat(FirstNameVariants.variants("Fran\u00E7ois", "Francois")).isTrue();
        assertThat(FirstNameVariants.variants("Thorvaldur", "Thorvladur")).isTrue();
        assertThat(FirstNameVariants.variants("Dorian", "Desmond")).isFalse();
        assertThat(FirstNameVariants.variants("Carla", "Carol")).isFalse();
        assertThat(FirstNameVariants.variants("Daniel", "Samuel")).isFalse();
        assertThat(FirstNameVariants.distance("ab", "ba")).isEqualTo(1);
    }

    private static People index(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]);
    }
}
