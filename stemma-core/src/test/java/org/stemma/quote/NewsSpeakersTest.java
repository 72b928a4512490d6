package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Speakers on local news pages: documents, organisation nouns and unnamed bodies (issue 18). */
class NewsSpeakersTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void statesAfterADocumentIsTheVerbOfSaying() {
        Quote after = extract("The memo was read aloud.\n\n\u201CNo bus will run on Monday,\u201D the memo states.").get(0);
        assertThat(after.cue()).isEqualTo("states");
        assertThat(after.speakerAsWritten()).isEqualTo("the memo");
        assertThat(after.speaker()).isEqualTo("the memo");
        Quote before = extract("The judge signed it. The warrant states that the men kept a \u201Cdrug house\u201D on Elm Road.").get(0);
        assertThat(before.speakerAsWritten()).isEqualTo("The warrant");
        assertThat(before.cue()).isEqualTo("states");
    }

    @Test
    void statesAsAPluralNounIsNoVerb() {
        Lex lex = Lex.of("Voter turnout rose in the primary states. The member states (of the union) met. The southern states that voted.");
        for (int i = 0; i < lex.size; i++) {
            assertThat(lex.statesVerb(i)).as(lex.word(i)).isFalse();
        }
    }

    @Test
    void theNounOfANamedBodyIsThatBody() {
        String t = "The Springfield Unified School District says buses will run.\n\n"
                + "A pupil \u201Cfound a knife\u201D in class, the district said.\n\n"
                + "\u201CClasses resume on Monday,\u201D the district said.";
        assertThat(extract(t)).extracting(Quote::speaker)
                .containsExactly("Springfield Unified School District", "Springfield Unified School District");
    }

    @Test
    void anOfficeItsOwnerNamesIsNotTheLastPlaceNamed() {
        Quote q = extract("Officers closed Maple Street on Friday.\n\n"
                + "\u201CThe family has been told,\u201D the medical examiner's office said.").get(0);
        assertThat(q.speaker()).isEqualTo("the medical examiner's office");
    }

    @Test
    void aStatementSpeaksForWhoIssuedIt() {
        List<Quote> qs = extract("Riverton Fire Department said in a statement that crews were called at noon.\n\n"
                + "\u201CCrews found the house on fire,\u201D the statement said.\n\n\u201CNobody was hurt.\u201D");
        assertThat(qs).extracting(Quote::speakerAsWritten).containsExactly("the statement", null);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Riverton Fire Department", "Riverton Fire Department");
        Quote from = extract("A statement from the Lakeside Water Board came late.\n\n"
                + "\u201CThe water is safe,\u201D the statement said.").get(0);
        assertThat(from.speaker()).isEqualTo("Lakeside Water Board");
        List<Quote> before = extract("According to a Riverton police incident report released Sunday, two cars collided.\n\n"
                + "The driver ran a red light, the report said.\n\n\u201CBoth drivers were hurt,\u201D the report said.");
        assertThat(before.get(0).speaker()).isEqualTo("Riverton police");
        Quote friday = extract("A Friday statement came late.\n\n\u201CThe water is safe,\u201D the statement said.").get(0);
        assertThat(friday.speaker()).as("a day is no issuer").isEqualTo("the statement");
    }

    @Test
    void aStatementNobodyIssuedStaysTheDocument() {
        Quote q = extract("The report came out on Monday.\n\n\u201CThe bridge is unsafe,\u201D the report said.").get(0);
        assertThat(q.speaker()).isEqualTo("the report");
    }

    @Test
    void anUnnamedBodyThatSpeaksIsKeptAsWritten() {
        assertThat(extract("A man was hurt in a \u201Cdomestic dispute\u201D in Riverton, police said.").get(0).speaker())
                .isEqualTo("police");
        assertThat(extract("Two men were held after a \u201Cbar fight\u201D on Elm Road, authorities said Sunday.").get(0).speaker())
                .isEqualTo("authorities");
        assertThat(extract("\u201CWe found nothing,\u201D Riverton officials said.").get(0).speaker())
                .isEqualTo("Riverton officials");
        assertThat(extract("\u201CWe found nothing,\u201D a source said.").get(0).speaker()).as("someone, nobody named").isNull();
        assertThat(extract("Both parties said they discussed \u201Cimportant issues\u201D on Monday.").get(0).speaker())
                .as("a quantified group, no body").isNull();
    }

    @Test
    void theReportedClausesSubjectAfterSaidIsNoSpeaker() {
        Quote q = extract("Chief Tom Hale praised the crews and said the fire at the mill \u201Cwas the worst in years.\u201D").get(0);
        assertThat(q.speaker()).isEqualTo("Tom Hale");
    }
}
