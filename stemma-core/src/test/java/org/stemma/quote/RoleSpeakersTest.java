package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * Role and body phrases resolved without a name in the phrase (issue 18, session 18): a role
 * taken from someone's title, a document's source after "from" or "by", the body a modifier
 * names, an organisation noun before a plural person noun, a bare noun speaking as a body, and
 * a definite spokesperson taking up the organisation an earlier one spoke for.
 */
class RoleSpeakersTest {

    private static List<Quote> quotes(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    private static Quote first(String text) {
        return quotes(text).get(0);
    }

    @Test
    void theJudgeIsThePersonTheArticleTitledJudge() {
        Quote q = first("The case came before Superior Court Judge Alma Torvik on Tuesday.\n\n"
                + "\u201CThis conduct cannot be rewarded by this court,\u201D the judge said.");
        assertThat(q.speakerAsWritten()).isEqualTo("the judge");
        assertThat(q.speaker()).isEqualTo("Alma Torvik");
    }

    @Test
    void theCampaignIsNotThePersonWhoseRoleWordsHoldCampaign() {
        Quote q = first("Harbor Party campaign manager Robin Vale spoke on Sunday.\n\n"
                + "\u201CWe are confident,\u201D the campaign said.");
        assertThat(q.speaker()).isNotEqualTo("Robin Vale");
    }

    @Test
    void aReleaseFromABodyIsThatBodys() {
        Quote q = first("The woman called for help at midnight, officers said.\n\n"
                + "\u201CShe heard a noise and walked to the door,\u201D according to a news release from prosecutors.");
        assertThat(q.speakerAsWritten()).isEqualTo("a news release");
        assertThat(q.speaker()).isEqualTo("prosecutors");
    }

    @Test
    void aSurveyByAPersonIsThatPersons() {
        Quote q = first("According to a 2019 survey by Ada Marsh of the University of Kent, firms tend to "
                + "\u201Cmerge the copy desks\u201D after a sale.");
        assertThat(q.speaker()).isEqualTo("Ada Marsh");
    }

    @Test
    void anIndefiniteDocumentOfABodyNounIsThatBodys() {
        Quote q = first("Crews were called to the mill on Friday.\n\n"
                + "\u201COfficers found the door open and the lights on,\u201D a police release stated.");
        assertThat(q.speaker()).isEqualTo("police");
    }

    @Test
    void companyOfficialsSpeakForTheCompanyNamedBefore() {
        Quote q = first("Harlow Freight, which employs 200 drivers, released a statement on Monday.\n\n"
                + "\u201CMara was a kind colleague and a friend to all of us,\u201D company officials said.");
        assertThat(q.speakerAsWritten()).isEqualTo("company officials");
        assertThat(q.speaker()).isEqualTo("Harlow Freight");
    }

    @Test
    void theCompanysStatementIsTheCompanys() {
        Quote q = first("Harbor Mills cut 40 jobs on Monday. Jon Dale, the mayor, was upset.\n\n"
                + "\u201CWe regret the cuts,\u201D the company's statement said.");
        assertThat(q.speaker()).isEqualTo("Harbor Mills");
    }

    @Test
    void aBareNounSpeakingIsABodyKeptAsWritten() {
        Quote q = first("Crews were called to the depot at dawn.\n\n\u201CTwo cars are blocking the lane,\u201D said dispatch.");
        assertThat(q.speaker()).isEqualTo("dispatch");
        Quote m = first("The board met on Monday.\n\n\u201CWe regret the cuts,\u201D said management.");
        assertThat(m.speaker()).isEqualTo("management");
    }

    @Test
    void anAdverbAfterTheVerbIsNoBody() {
        List<Quote> qs = quotes("The game ended late.\n\n\u201CWe played well tonight,\u201D said coach Dana Pruitt.\n\n"
                + "\u201CIt was a long night,\u201D said later.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).isNotEqualTo("later");
    }

    @Test
    void theSpokeswomanSpeaksForTheOrganisationTheFirstSpokeswomanSpokeFor() {
        Quote q = first("A spokeswoman for the Harbor Mills Group said the plant would reopen. The mayor, Jon Dale, "
                + "toured it on Friday.\n\n\u201CWe expect the line to run by June,\u201D the spokeswoman said.");
        assertThat(q.speaker()).isEqualTo("Harbor Mills Group");
    }

    @Test
    void anOrganisationsNameGoesOnOverOfAndItsBodyWord() {
        Quote q = first("A spokesperson for the Fraud Branch of Trinidad and Tobago police said two men were held.\n\n"
                + "\u201CThe two were arrested at the port,\u201D the spokesperson said.");
        assertThat(q.speaker()).isEqualTo("Fraud Branch of Trinidad and Tobago police");
    }
}
