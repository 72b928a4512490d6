package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of words that never start a name, as its resource file describes it. */
class NeverNamesTest {

    @Test
    void closedClassWordsAdverbsDaysAndNumbersNeverStartAName() {
        for (String w : List.of("the", "their", "despite", "whether", "could", "however", "meanwhile",
                "thanks", "monday", "september", "today", "twelve", "third", "dozens")) {
            assertThat(NeverNames.words()).as(w).contains(w);
            assertThat(NeverNames.speakerWords()).as(w).contains(w);
        }
    }

    @Test
    void labelsSpeechAddressAndPartyWordsAreNeverASpeakerOnly() {
        // "Democratic National Committee", "Southern Poverty Law Center": names the story finder
        // keeps whole; before a speaker's title ("Democratic Sen.") they are not the name.
        for (String w : List.of("photo", "breaking", "said", "asked", "sir", "okay", "democratic",
                "southern", "british")) {
            assertThat(NeverNames.speakerWords()).as(w).contains(w);
            assertThat(NeverNames.words()).as(w).doesNotContain(w);
        }
    }

    @Test
    void namesAreNotListedAndEveryWordIsLowerCase() {
        for (String w : List.of("diarra", "mali", "trump", "reuters", "general", "mr")) {
            assertThat(NeverNames.words()).as(w).doesNotContain(w);
        }
        assertThat(NeverNames.speakerWords()).allSatisfy(w -> assertThat(w).isLowerCase());
        assertThat(NeverNames.speakerWords()).containsAll(NeverNames.words());
    }

    @Test
    void numberWordsAreTheCardinalsOrdinalsAndCountNouns() {
        assertThat(NeverNames.numberWords()).contains("zero", "ninety", "hundreds", "billion", "tenth", "half")
                .doesNotContain("the", "monday", "many");
        assertThat(NeverNames.words()).containsAll(NeverNames.numberWords());
    }

    @Test
    void boundaryWordsEndANameOrRolePhraseButOfJoinsThem() {
        assertThat(NeverNames.boundaryWords()).contains("and", "who", "for", "upon", "despite", "whether", "was",
                "has", "not", "it")
                .doesNotContain("of", "the", "he", "his", "could", "monday", "said");
        assertThat(NeverNames.words()).containsAll(NeverNames.boundaryWords());
    }
}
