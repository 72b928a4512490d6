package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A surname that is also a function word ("Al From"), written capitalised inside sentences. */
class FunctionWordSurnameTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void aCapitalisedFunctionWordAfterAFirstNameIsTheSurnameWhenItComesBackAlone() {
        String t = "Party founders look back\n\n"
                + "The council was formed after three defeats. \u201CWe lost every state that mattered,\u201D said Al From, "
                + "who helped found the council and wrote a book about it.\n\n"
                + "By the late 1980s, voters saw the party as \u201Cthe party of big promises,\u201D From said. "
                + "\u201COur task was to win them back.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Al From", "Al From", "Al From");
        assertThat(qs.get(1).speakerAsWritten()).isEqualTo("From");
    }

    @Test
    void aCapitalisedFunctionWordSeenOnceIsNoSurname() {
        // A slip of capitals after a first name: nothing else in the text writes "For" as a name.
        String t = "The council met on Monday.\n\n"
                + "\u201CWe start the work today,\u201D said Jo For the council, and the crews began at noon.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isNotEqualTo("Jo For");
    }
}
