package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordNet's lower-case words ({@link CommonWords}): what is common, what modifies, what a name keeps. */
class CommonWordsTest {

    @Test
    void wordsWordNetWritesOnlyInLowerCaseAreCommon() {
        assertThat(CommonWords.common("story")).isTrue();
        assertThat(CommonWords.common("hullabaloo")).isTrue();
        assertThat(CommonWords.common("brown")).as("WordNet has Brown, a name, too").isFalse();
        assertThat(CommonWords.common("arizona")).as("a place, capitalised in WordNet").isFalse();
    }

    @Test
    void adjectivesAndAdverbsModifyUnlessTheyAreFirstNames() {
        assertThat(CommonWords.modifier("striking")).isTrue();
        assertThat(CommonWords.modifier("fast-growing")).isTrue();
        assertThat(CommonWords.modifier("story")).as("a noun only").isFalse();
        assertThat(CommonWords.modifier("sterling")).as("a recorded first name").isFalse();
    }
}
