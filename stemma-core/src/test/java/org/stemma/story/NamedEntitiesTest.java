package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

    @Test
    void personsAreFoundByTitleOrByTheirSurnameStandingAlone() {
        NamedEntities e = NamedEntities.of("Foreign Minister Sergey Lavrov spoke to Abdoulaye Diop. "
                + "Diop said the talks in Burkina Faso went well. The Wagner Group was not mentioned.");
        assertThat(e.persons()).containsExactlyInAnyOrder("lavrov", "diop");
        assertThat(e.names()).contains("burkina faso", "wagner group", "lavrov", "diop");
        assertThat(e.names()).doesNotContain("the", "foreign", "minister");
    }

    @Test
    void sentenceInitialWordsAreNotNames() {
        NamedEntities e = NamedEntities.of("Earlier this month, officials met. However, nothing changed.");
        assertThat(e.names()).isEmpty();
        assertThat(e.persons()).isEmpty();
    }

    @Test
    void possessivesAndParticlesAreHandled() {
        NamedEntities e = NamedEntities.of("Soldiers from Mali’s army met Alliance of Sahel States leaders and "
                + "General Alou Boi Diarra.");
        assertThat(e.names()).contains("mali", "alliance of sahel states");
        assertThat(e.persons()).containsExactly("diarra");
    }

    @Test
    void loneApostrophesAndQuotedNamesDoNotBreakIt() {
        NamedEntities e = NamedEntities.of("He said ' and then ’ left. Officials in 'Israel' met ’s "
                + "President Isaac Herzog; Herzog spoke.");
        assertThat(e.names()).contains("israel", "herzog");
        assertThat(e.persons()).contains("herzog");
        assertThat(NamedEntities.of("'").names()).isEmpty();
        assertThat(NamedEntities.of("").names()).isEmpty();
    }

    @Test
    void placesFollowAPlacePrepositionOrEndWithAPlaceWordOrOpenADateline() {
        NamedEntities e = NamedEntities.of("CLIFTON, Colo. - A boy was shot Sunday in Grand Junction, near "
                + "Orchard Mesa. The Mesa County coroner spoke to Fox News.");
        assertThat(e.places()).contains("clifton", "grand junction", "orchard mesa", "mesa county");
        assertThat(e.places()).doesNotContain("fox news");
        assertThat(e.names()).containsAll(e.places());
    }

    @Test
    void randomTextGivesLowerCaseNamesAndPersonsAmongThem() {
        java.util.Random r = new java.util.Random(9);
        String alphabet = "aB ’'\".-\n:•(A)Z";
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            NamedEntities e = NamedEntities.of(b.toString());
            assertThat(e.names()).as("names of %s", b).allSatisfy(n ->
                    assertThat(n).isNotBlank().isEqualTo(n.toLowerCase(java.util.Locale.ROOT)));
            assertThat(e.names()).as("names of %s", b).containsAll(e.persons());
        }
    }
}
