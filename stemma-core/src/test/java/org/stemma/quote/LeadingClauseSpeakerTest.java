package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * The main clause's subject answers after a leading subordinate clause whose verb of saying has
 * another subject; the asker after a passive "asked by" speaks the question (issue 18, obj32).
 * Sentences written for the test.
 */
class LeadingClauseSpeakerTest {

    private static final String BEFORE = "The council met in Dover on Tuesday.\n\n";

    @Test
    void theMainClauseSubjectAnswersAfterALeadingAfterClause() {
        String text = BEFORE + "After Tom Becker criticized the budget during a debate, Ann Whitby shot back, "
                + "\"I suppose I could have cut the schools instead.\"";
        assertThat(speakerOf(text, "I suppose")).isEqualTo("Ann Whitby");
    }

    @Test
    void theMainClauseSubjectAnswersAfterALeadingWhenClauseAndAColon() {
        String text = BEFORE + "When Tom Becker suggested the yard would close, Ann Whitby fired back: "
                + "\"If they close it, they will lose the town.\"";
        assertThat(speakerOf(text, "If they close")).isEqualTo("Ann Whitby");
    }

    @Test
    void aQuotationInsideTheLeadingClauseStaysItsSubjects() {
        String text = BEFORE + "After Tom Becker called the plan \"a gift to the town,\" Ann Whitby left the meeting.";
        assertThat(speakerOf(text, "a gift")).isEqualTo("Tom Becker");
    }

    @Test
    void theAskerAfterBySpeaksAQuestionAfterHisDescription() {
        String text = BEFORE + "Whitby was asked by host Tom Becker, who backs her, \"Would you close the yard if you could?\"";
        assertThat(speakerOf(text, "Would you")).isEqualTo("Tom Becker");
    }

    @Test
    void theAskerAfterBySpeaksTheWordsOfAReportedQuestion() {
        String text = BEFORE + "Whitby was asked by radio host Tom Becker whether the plan would risk "
                + "\"adding another costly program to the budget.\"";
        assertThat(speakerOf(text, "adding")).isEqualTo("Tom Becker");
    }

    @Test
    void theAgentOfADescribingVerbStillSpeaks() {
        String text = BEFORE + "The plan was described by Tom Becker as \"a gift to the town.\"";
        assertThat(speakerOf(text, "a gift")).isEqualTo("Tom Becker");
    }
}
