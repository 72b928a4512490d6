package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of words that make a run of capitals an organisation's or a place's name. */
class OrgWordsTest {

    @Test
    void bodiesCompaniesPressPlacesAndEventsAreListed() {
        for (String w : List.of("ministry", "council", "army", "party", "club", "inc", "gmbh", "companies",
                "times", "herald", "river", "province", "africa", "u.s", "summit", "war", "international")) {
            assertThat(OrgWords.contains(w)).as(w).isTrue();
        }
    }

    @Test
    void namesTitlesAndPossessivesAreNot() {
        for (String w : List.of("diarra", "smith", "general", "minister", "spokesman", "the", "army's", "Ministry")) {
            assertThat(OrgWords.contains(w)).as(w).isFalse();
        }
        assertThat(OrgWords.words()).hasSize(142).allSatisfy(w -> assertThat(w).isLowerCase());
    }

    @Test
    void anEventsNounEndsNoPersonsNameButMakesNoOrganisation() {
        for (String w : List.of("summit", "forum", "war", "day")) {
            assertThat(OrgWords.words()).as(w).contains(w);
            assertThat(OrgWords.organisationWords()).as(w).doesNotContain(w);
        }
        assertThat(OrgWords.words()).containsAll(OrgWords.organisationWords());
        assertThat(OrgWords.organisationWords()).hasSize(138);
    }

    @Test
    void aPersonsNameNeverEndsWithOne() {
        // The story name finder and quote attribution's People ask PersonNames, which reads this list.
        for (String w : OrgWords.words()) {
            assertThat(PersonNames.canBeSurname(w)).as(w).isFalse();
        }
        assertThat(PersonNames.isPerson(true, 2, "club", true)).isFalse(); // "General Club"
        assertThat(PersonNames.isPerson(false, 3, "international", true)).isFalse(); // "Amnesty International"
    }
}
