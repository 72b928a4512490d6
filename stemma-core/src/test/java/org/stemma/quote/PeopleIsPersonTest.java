package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link People#isPerson} answers for a person's canonical name exactly. */
class PeopleIsPersonTest {

    @Test
    void matchesTheCanonicalNameOnly() {
        Lex lex = Lex.of("Gen. Alou Boi Diarra said the army would stay. Diarra told reporters so.");
        People people = People.index(lex, new boolean[lex.size]);
        String canonical = people.people.get(0).canonical();

        assertThat(canonical).isEqualTo("Alou Boi Diarra");
        assertThat(people.isPerson(canonical)).isTrue();
        assertThat(people.isPerson("Alou Boi")).isFalse();
        assertThat(people.isPerson("Alou Boi Diarra ")).isFalse();
        assertThat(people.isPerson("Alou  Boi Diarra")).isFalse();
        assertThat(people.isPerson("Alou Boi Diarras")).isFalse();
        assertThat(people.isPerson("")).isFalse();
    }
}
