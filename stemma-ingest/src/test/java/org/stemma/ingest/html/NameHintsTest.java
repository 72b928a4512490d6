package org.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameHintsTest {

    @Test
    void strongFurnitureNamesWinOverPositiveWords() {
        assertThat(NameHints.of("article-comments")).isEqualTo(NameHints.NEGATIVE);
        assertThat(NameHints.of("relatedArticles")).isEqualTo(NameHints.NEGATIVE);
        assertThat(NameHints.of("post-share-bar")).isEqualTo(NameHints.NEGATIVE);
        assertThat(NameHints.of("ad-slot top")).isEqualTo(NameHints.NEGATIVE);
    }

    @Test
    void weakNamesOnlyWithoutPositiveOnes() {
        assertThat(NameHints.of("site-menu")).isEqualTo(NameHints.WEAK_NEGATIVE);
        assertThat(NameHints.of("article-header")).isEqualTo(NameHints.POSITIVE);
        // "rail" is a whole part only: "adrail" or "guardrail" are not furniture by name
        assertThat(NameHints.of("grid-layout--adrail")).isEqualTo(NameHints.NEUTRAL);
    }

    @Test
    void partsAreSplitAtSeparatorsAndCamelCase() {
        assertThat(NameHints.parts("storyBody main_text")).containsExactly("story", "body", "main", "text");
        assertThat(NameHints.of("head-line")).isEqualTo(NameHints.NEUTRAL);
        assertThat(NameHints.of("main-content")).isEqualTo(NameHints.POSITIVE);
        assertThat(NameHints.of("")).isEqualTo(NameHints.NEUTRAL);
    }
}
