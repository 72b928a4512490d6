package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * A person's full name, a comma and a role phrase ("remarks made by Ole Lund, a spokesperson for
 * the Danish port authority, who …"): the role is that person wherever the name stands, not the
 * organisation the role speaks for (issue 18).
 */
class AppositiveNameTest {

    private static int token(Lex lex, String word) {
        for (int t = 0; t < lex.size; t++) {
            if (lex.word(t).equals(word)) {
                return t;
            }
        }
        throw new AssertionError(word);
    }

    private static int[] before(String text, String role) {
        Lex lex = Lex.of(text);
        return AppositiveName.personBefore(lex, token(lex, role), People.index(lex, new boolean[lex.size]));
    }

    @Test
    void aNameAfterByThenTheRoleIsThatPerson() {
        List<Quote> qs = new QuoteExtractor().extract(Article.builder("a", "The ferry timetable was defended in remarks "
                + "made by Ole Lund, a spokesperson for the Danish port authority, who \u201cpromised more crossings "
                + "before the summer season begins\u201d in a short statement.\n").build());
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speaker()).isEqualTo("Ole Lund");
    }

    @Test
    void returnsTheNameBeforeTheComma() {
        String text = "The plan was criticised by Mara Velk, a spokeswoman for the water board, on Monday.";
        Lex lex = Lex.of(text);
        int[] span = AppositiveName.personBefore(lex, token(lex, "a"), People.index(lex, new boolean[lex.size]));
        assertThat(span).containsExactly(token(lex, "Mara"), token(lex, ","));
    }

    @Test
    void aMiddleInitialDoesNotHideTheName() {
        String text = "Reporters could not reach the mayor. However, Nora J. Vance, press secretary for the city, said "
                + "in a statement that the claims had \u201cno merit at all, none whatsoever.\u201d\n";
        Lex lex = Lex.of(text);
        int[] span = AppositiveName.personBefore(lex, token(lex, "press"), People.index(lex, new boolean[lex.size]));
        assertThat(span).containsExactly(token(lex, "Nora"), token(lex, "Vance") + 1);
    }

    @Test
    void aPlaceOrAnOrganisationBeforeTheCommaIsNotTaken() {
        assertThat(before("Speaking at Harbor Point Marina, a spokesman for the port said little.", "a"))
                .as("a place").isNull();
        assertThat(before("The letter was sent to Acme Freight Holdings, a spokesman for the union said.", "a"))
                .as("an organisation").isNull();
        assertThat(before("The road was closed in Tallinn, a spokesman for the city said.", "a"))
                .as("one word").isNull();
    }

    @Test
    void aFirstNameOfNoClearSexNeedsEvidenceElsewhere() {
        assertThat(before("The plan was criticised by Harbor Quenby, a spokesman for the port, on Monday.", "a"))
                .as("named once, only through the role").isNull();
        assertThat(before("Harbor Quenby chairs the port. The plan was criticised by Harbor Quenby, a spokesman for "
                + "the port, on Monday. Quenby said little more.", "a"))
                .as("the article names the person again").isNotNull();
    }

    @Test
    void aPossessiveRunIsNotTaken() {
        assertThat(before("The memo came from the board and Nora Vance's, a spokeswoman said later.", "a")).isNull();
    }

    @Test
    void theNameStopsAtALineBreak() {
        assertThat(before("A report by Ivo Brandt\n, a spokesman for the mill, was read out.", "a"))
                .as("the comma opens the next line").isNull();
        String text = "Notes on the mill, by Ivo Brandt\nTom Hale, a spokesman for the union, read them out.";
        Lex lex = Lex.of(text);
        int[] span = AppositiveName.personBefore(lex, token(lex, "a"), People.index(lex, new boolean[lex.size]));
        assertThat(span).as("the run does not reach back over the line").containsExactly(token(lex, "Tom"), token(lex, "Hale") + 1);
    }
}
