package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Quotes in a headline: its conventions for who says what (issue 18, fifth round). */
class HeadlineQuotesTest {

    private static QuoteCandidate first(String text) {
        List<QuoteCandidate> cands = new QuoteExtractor().candidates(Article.builder("a", text).build());
        return cands.get(0);
    }

    @Test
    void aCapitalisedVerbOfSayingInATitleCaseHeadlineIsACue() {
        QuoteCandidate c = first("Senator Jane Holt Calls Budget Plan 'Reckless'\n\n"
                + "Senator Jane Holt spoke on Monday about the plan, which she opposes.\n");
        assertThat(c.quote().cue()).isEqualTo("Calls");
        assertThat(c.quote().speaker()).as("the name ends at the verb").isEqualTo("Jane Holt");
        assertThat(c.kept()).isTrue();
    }

    @Test
    void aHeadlineOpeningWithANameAndAColonIsThatNamesWords() {
        QuoteCandidate c = first("Holt: Council Vote Was 'A Big Mistake'\n\n"
                + "Mayor Ann Holt said on Monday that the council had erred.\n");
        assertThat(c.quote().cue()).isEqualTo(":");
        assertThat(c.quote().speaker()).isEqualTo("Ann Holt");
    }

    @Test
    void theHeadlinesMainVerbNamesTheSpeakerNotALaterOne() {
        QuoteCandidate c = first("Jane Holt Says Museum Will Tell 'Hard Truths About War'\n\n"
                + "Jane Holt opened the museum on Monday.\n");
        assertThat(c.quote().cue()).isEqualTo("Says");
        assertThat(c.quote().speaker()).isEqualTo("Jane Holt");
    }

    @Test
    void aCueWordAfterAHeadlineQuoteDoesNotOutrankTheMainVerbBeforeIt() {
        QuoteCandidate c = first("Jane Holt Calls Tax Plan 'A Disaster' Over Budget Comments\n\n"
                + "Jane Holt spoke on Monday.\n");
        assertThat(c.quote().speaker()).isEqualTo("Jane Holt");
    }

    @Test
    void capitalisedWordsOutsideATitleCaseHeadlineAreNoCues() {
        // A sentence-case first line: "Calls" is a name's word there, as in the body.
        Lex lex = Lex.of("Holt backs the plan of Calls Group\n\nThe Calls Group said it agreed.\n");
        assertThat(lex.titleCaseEnd).isZero();
        assertThat(lex.headlineEnd).isPositive();
        for (int i = 0; i < lex.size; i++) {
            if (lex.word(i).equals("Calls")) {
                assertThat(lex.cue(i)).isFalse();
            }
        }
    }

    @Test
    void aTitleCaseHeadlineSaysNothingOfItsQuotesCase() {
        String body = "\n\nJane Holt spoke on Monday about the plan, which she opposes.\n";
        double[] inHeadline = first("Holt Says Rival Was 'Mocking' The Voters" + body).features();
        double[] inBody = first("Holt spoke.\n\nThe plan was called 'Mocking' by some." + body).features();
        int titleLike = QuoteFeatures.NAMES.indexOf("titleLike");
        int capitalised = QuoteFeatures.NAMES.indexOf("capitalisedShare");
        int marker = QuoteFeatures.NAMES.indexOf("inTitleCaseHeadline");
        assertThat(inHeadline[titleLike]).isZero();
        assertThat(inHeadline[capitalised]).isZero();
        assertThat(inHeadline[marker]).isEqualTo(1);
        assertThat(inBody[titleLike]).isEqualTo(1);
        assertThat(inBody[marker]).isZero();
    }
}
