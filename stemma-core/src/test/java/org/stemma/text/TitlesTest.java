package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.Titles.FullStop;

/** The one list of titles and abbreviations, as its resource file describes it. */
class TitlesTest {

    @Test
    void honorificsRanksAndOfficesAreTitlesInAnyCase() {
        for (String w : List.of("Mr", "mrs", "Dr", "General", "GEN", "Brigadier", "Minister",
                "President", "Sheikh", "Ayatollah", "Prime", "Foreign", "Vice")) {
            assertThat(Titles.isTitle(w)).as(w).isTrue();
        }
        assertThat(Titles.isTitle("Diarra")).isFalse();
        assertThat(Titles.isTitle("Mali")).isFalse();
    }

    @Test
    void wordsThatAlsoBeginNamesOfBodiesAreRoleWordsOnly() {
        // "White House Press Secretary X": quote attribution strips the whole phrase, the name
        // finder keeps "House" and "State" for "White House" and "State Department".
        for (String w : List.of("White", "House", "Press", "former", "State", "Justice", "Senate")) {
            assertThat(Titles.isRoleWord(w)).as(w).isTrue();
            assertThat(Titles.isTitle(w)).as(w).isFalse();
        }
        assertThat(Titles.isRoleWord("General")).isTrue(); // every title is a role word
        assertThat(Titles.isRoleWord("said")).isFalse();
    }

    @Test
    void titleAndMonthAbbreviationsNeverEndASentence() {
        for (String w : List.of("Mr", "Gen", "Brig", "Sept", "Jan", "e.g", "vs", "St")) {
            assertThat(Titles.fullStop(w)).as(w).isEqualTo(FullStop.ABBREVIATION);
        }
        assertThat(Titles.fullStop("GEN")).isEqualTo(FullStop.ABBREVIATION); // headlines
    }

    @Test
    void companySuffixesAndStatesMayEndASentence() {
        for (String w : List.of("Inc", "Jr", "Ltd", "etc", "Calif", "Ill", "Mass", "No")) {
            assertThat(Titles.fullStop(w)).as(w).isEqualTo(FullStop.ABBREVIATION_OR_END);
            assertThat(Titles.isAbbreviation(w)).as(w).isTrue();
        }
    }

    @Test
    void caseTellsAnAbbreviationFromAWord() {
        assertThat(Titles.fullStop("ill")).isEqualTo(FullStop.ORDINARY); // "he fell ill."
        assertThat(Titles.fullStop("Ed")).isEqualTo(FullStop.ORDINARY); // a name, not "ed."
        assertThat(Titles.fullStop("said")).isEqualTo(FullStop.ORDINARY);
        assertThat(Titles.fullStop("")).isEqualTo(FullStop.ORDINARY);
    }

    @Test
    void honorificsAndRoleNounsSayTheSexInAnyCase() {
        for (String w : List.of("Mr", "sir", "King", "spokesman", "chairman", "father", "businessman")) {
            assertThat(Titles.gender(w)).as(w).isEqualTo('m');
        }
        for (String w : List.of("Mrs", "ms", "Miss", "Queen", "dame", "spokeswoman", "lady", "mother")) {
            assertThat(Titles.gender(w)).as(w).isEqualTo('f');
        }
        for (String w : List.of("President", "minister", "Dr", "General", "Diarra")) {
            assertThat(Titles.gender(w)).as(w).isEqualTo((char) 0);
        }
        // a word listed only for its sex is no title
        assertThat(Titles.isTitle("mother")).isFalse();
        assertThat(Titles.isRoleWord("businessman")).isFalse();
    }
}
