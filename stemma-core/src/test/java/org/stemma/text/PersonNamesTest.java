package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes a capitalised run a person's name: the one rule stories and quotations share. */
class PersonNamesTest {

    @Test
    void aTitledRunOrAFullNameWhoseSurnameStandsAloneIsAPerson() {
        assertThat(PersonNames.isPerson(true, 1, "diarra", false)).isTrue(); // "General Diarra"
        assertThat(PersonNames.isPerson(false, 3, "diarra", true)).isTrue(); // "Alou Boi Diarra" … "Diarra said"
        assertThat(PersonNames.isPerson(false, 2, "diarra", false)).isFalse(); // nothing says so
        assertThat(PersonNames.isPerson(false, 1, "diarra", true)).isFalse(); // one word alone
    }

    @Test
    void placesBodiesAndNationalitiesAreNotSurnames() {
        assertThat(PersonNames.isPerson(false, 2, "states", true)).isFalse(); // "United States"
        assertThat(PersonNames.isPerson(true, 2, "ministry", true)).isFalse(); // "Defence Ministry"
        assertThat(PersonNames.canBeSurname("malian")).isFalse();
        assertThat(PersonNames.canBeSurname("lebanese")).isFalse();
        assertThat(PersonNames.canBeSurname("xi")).isFalse();
        assertThat(PersonNames.canBeSurname("lavrov")).isTrue();
    }

    @Test
    void particlesJoinNamesInSeveralLanguages() {
        assertThat(PersonNames.isParticle("von")).isTrue(); // Ursula von der Leyen
        assertThat(PersonNames.isParticle("bin")).isTrue(); // Mohammed bin Salman
        assertThat(PersonNames.isParticle("dos")).isTrue(); // José Eduardo dos Santos
        assertThat(PersonNames.isParticle("of")).isFalse(); // Bank of England is not a person's name
        assertThat(PersonNames.isParticle("and")).isFalse();
    }

    @Test
    void honorificsAndFirstNamesSayTheSex() {
        assertThat(PersonNames.titleGender("mrs")).isEqualTo('f');
        assertThat(PersonNames.titleGender("spokesman")).isEqualTo('m');
        assertThat(PersonNames.titleGender("minister")).isEqualTo((char) 0);
        assertThat(PersonNames.givenNameGender("Margaret")).isEqualTo('f');
        assertThat(PersonNames.givenNameGender("Jordan")).isEqualTo((char) 0);
    }
}
