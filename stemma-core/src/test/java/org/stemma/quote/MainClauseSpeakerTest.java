package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * The main clause's subject, not a name in a side clause: a parenthetical "she said" inside a
 * sentence whose main clause reports its subject's words, and a quotation that closes a leading
 * subordinate clause before another name opens the main clause (issue 18, pron33). Sentences
 * written for the test.
 */
class MainClauseSpeakerTest {

    private static final String BEFORE = "The council met in Dover on Tuesday to debate the budget.\n\n";

    @Test
    void aParentheticalPronounMeansTheMainClausesReporterNotTheSideClausesName() {
        String text = BEFORE + "When Ms. Reed, during a debate in Dover, proposed a vote, Mrs. Lowe replied that "
                + "she was glad Ms. Reed had asked because, she said, \"the voters deserve a clear answer.\"";
        assertThat(speakerOf(text, "the voters")).isEqualTo("Lowe");
    }

    @Test
    void aParentheticalPronounWithoutAMainClauseReporterKeepsTheLatestName() {
        String text = BEFORE + "Mary Lowe arrived late. When Ann Reed proposed a vote, the room went quiet because, "
                + "she said, \"nobody had read the plan.\"";
        assertThat(speakerOf(text, "nobody had")).isEqualTo("Ann Reed");
    }

    @Test
    void aQuotationClosingALeadingWhileClauseIsTheClauseSubjects() {
        String text = BEFORE + "While Mr. Lowe, speaking for the older members, laid out a case for "
                + "''a leaner budget that rewards thrift,'' Paul Hart, the longest serving member, used his time "
                + "to attack the mayor.";
        assertThat(speakerOf(text, "a leaner budget")).isEqualTo("Lowe");
    }

    @Test
    void aQuotationAfterALeadingClauseWithNoNamedSubjectStaysWithItsReporter() {
        String text = BEFORE + "After the vote, the plan was called \"a leaner budget,\" Paul Hart said.";
        assertThat(speakerOf(text, "a leaner budget")).isEqualTo("Paul Hart");
    }
}
