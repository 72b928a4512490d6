package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker written by the surname is named as fully as the article names the person (issue 18):
 * a role noun or a sentence-opening participle before the surname is no first name, a recorded
 * first name that is also a common word opens a name inside a sentence, and a surname shared by
 * relatives goes to the one last named by it.
 */
class FullNameSpeakerTest {

    @Test
    void aRoleNounBeforeTheSurnameIsNoFirstName() {
        List<Quote> qs = extract("Dorothea Quennell leads the county's deputies.\n\n"
                + "\u201CThe road stays closed until the bridge is checked,\u201D Sheriff Quennell said on Monday.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dorothea Quennell");
    }

    @Test
    void aRoleNounWithoutAFullNameElsewhereIsLeftAsWritten() {
        People people = index("Sheriff Quennell closed the road on Monday.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Sheriff Quennell");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoFirstName() {
        People people = index("Walter Brindlecombe runs the bakery on the square. "
                + "Hosting Brindlecombe at the fair, the mayor praised his rye bread.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Walter Brindlecombe");
    }

    @Test
    void aFirstNameThatIsACommonWordOpensANameInsideASentence() {
        List<Quote> qs = extract("The baker, Will Ostergaard, opened the shop at six.\n\n"
                + "\u201CWe sold out of rye by noon,\u201D Ostergaard said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Will Ostergaard");
    }

    @Test
    void theCommonWordOpeningASentenceIsNoFirstName() {
        People people = index("Will Ostergaard open the shop today? Nobody knows.");
        assertThat(people.people).extracting(Person::canonical).doesNotContain("Will Ostergaard");
    }

    @Test
    void aSharedSurnameGoesToTheRelativeLastNamedByIt() {
        List<Quote> qs = extract("Priya Vantongeren, 9, was hurt when a window broke.\n\n"
                + "Her father, Rohan Vantongeren, heard the glass from the kitchen.\n\n"
                + "Priya was treated at the hospital and sent home.\n\n"
                + "\u201CShe was brave the whole time,\u201D Vantongeren said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Rohan Vantongeren");
    }

    private static People index(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]);
    }
}
