package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A name in marks is nobody's words: nicknames inside a name, what a name is said to be (issue 18). */
class QuotedNamesTest {

    private static List<QuoteCandidate> candidates(String text) {
        return new QuoteExtractor().candidates(Article.builder("a", text).build());
    }

    private static QuoteCandidate find(String text, String quoted) {
        return candidates(text).stream().filter(c -> c.quote().text().equals(quoted)).findFirst().orElseThrow();
    }

    @Test
    void aNicknameBetweenAFirstNameAndASurnameIsNoQuotation() {
        String text = "The coach said the team would train on Sunday. Police said Marcus \"Ace\" Delaney,"
                + " 31, was arrested after the game.\n";
        QuoteCandidate c = find(text, "Ace");
        assertThat(c.kept()).isFalse();
        assertThat(QuoteDecision.eligible(c.features())).isFalse();
    }

    @Test
    void anAbbreviationNicknameKeepsItsFullStop() {
        String text = "\"We will rebuild the gym,\" said Walter \"W.T.\" Branson, the director of the club.\n";
        assertThat(find(text, "W.T.").kept()).isFalse();
        assertThat(find(text, "We will rebuild the gym,").kept()).isTrue();
    }

    @Test
    void whatANameIsSaidToBeIsNoQuotation() {
        String text = "Officers stopped the driver on Elm Street. He told them his name was \"Carl Benton,\""
                + " but records showed otherwise, police said.\n";
        assertThat(find(text, "Carl Benton,").kept()).isFalse();
    }

    @Test
    void aQuotedWordBeforeACapitalisedWordAfterANonNameIsLeftToTheDecision() {
        // "Council" is no first name: the stretch is not read as a nickname.
        String text = "The mayor said the Council \"Will Decide\" Tuesday whether to close the pool.\n";
        QuoteCandidate c = find(text, "Will Decide");
        double[] f = c.features();
        assertThat(f[QuoteDecision.FEATURES.indexOf("quotedName")]).isZero();
    }

    @Test
    void aQuotedSentenceAfterAFirstNameIsNotAName() {
        // A clause, not a name: "Anna" before the marks does not make it a nickname.
        String text = "The letter to Anna \"was never sent, and we regret it\" Board members said on Friday.\n";
        QuoteCandidate c = find(text, "was never sent, and we regret it");
        assertThat(c.features()[QuoteDecision.FEATURES.indexOf("quotedName")]).isZero();
    }

    @Test
    void aTitleCaseHeadlineIsNotReadForNicknames() {
        String text = "Mayor Says Jane 'Deserves Better' Than Cuts\n\nMayor Ann Holt spoke on Monday.\n";
        QuoteCandidate c = find(text, "Deserves Better");
        assertThat(c.features()[QuoteDecision.FEATURES.indexOf("quotedName")]).isZero();
    }
}
