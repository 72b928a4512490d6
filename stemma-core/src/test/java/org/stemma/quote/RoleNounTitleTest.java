package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capitalised noun that names a person in some WordNet sense, right before a full name, is the
 * person's title ("Founder Royce Stephens"), issue 18.
 */
class RoleNounTitleTest {

    @Test
    void aRoleNounBeforeAFullNameIsNoPartOfTheName() {
        List<Quote> qs = extract("Harbor Bread opened a shop on Main Street.\n\n"
                + "\u201CNobody expected the queue to reach the corner,\u201D Founder Royce Stephens said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Royce Stephens");
    }

    @Test
    void theRuleNeedsAFirstNameAfterTheNoun() {
        assertThat(Lexicon.isTitle(List.of("Founder", "Royce", "Stephens"), 0)).isTrue();
        assertThat(Lexicon.isTitle(List.of("Founder", "Stephens"), 0)).isFalse();
        assertThat(Lexicon.isTitle(List.of("Harbor", "Royce", "Stephens"), 0)).isFalse();
    }

    @Test
    void aFirstNameThatIsAlsoAPersonNounStaysAName() {
        assertThat(Lexicon.isTitle(List.of("Carter", "Anne", "Page"), 0)).isFalse();
    }
}
