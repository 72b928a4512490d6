package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph ending in a colon after a statement it introduces gives the next paragraph's quotation to its issuer (issue 18). */
class StatementIntrosTest {

    @Test
    void aParagraphIntroducingAStatementGivesItsIssuer() {
        List<Quote> qs = extract("Ana Brill, 71, died after the fire on Main Street in Lindford.\n\n"
                + "Ana Brill\u2019s family released this statement on Monday:\n\n"
                + "\u201CWe are heartbroken, and we thank everyone who has sent a kind word.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ana Brill\u2019s family");
    }

    @Test
    void aPronounsGroupIssuesTheFollowingStatement() {
        List<Quote> qs = extract("Tom Lake, 19, was hurt in the crash on Route 9 near Lindford.\n\n"
                + "His family issued the following statement:\n\n"
                + "\u201COur son is strong, and he is getting the best care.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("His family");
    }

    @Test
    void aColonAfterNoStatementGivesNoIssuer() {
        assertThat(StatementIntros.issuer(Lex.of("Ana Brill\u2019s family went to the park on Monday:"), 0, 9)).isNull();
    }

    @Test
    void aPersonWhoSaidBeforeTheColonStillSpeaks() {
        List<Quote> qs = extract("The storm closed the bridge at Lindford on Monday.\n\n"
                + "Mayor Dana Ruiz said on Tuesday:\n\n"
                + "\u201CThe bridge will open again when the engineers say it is safe.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dana Ruiz");
    }
}
