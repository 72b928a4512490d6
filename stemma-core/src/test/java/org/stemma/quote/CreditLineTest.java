package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A photo's credit line run into the caption ("Ruth Okafor/Harbor Gazette The girl …") names the
 * photographer, who is no sentence subject: "she said" after it still means the woman the paragraph
 * quoted (issue 18).
 */
class CreditLineTest {

    @Test
    void aNameBeforeASlashAndAnOutletIsNoSubject() {
        List<Quote> qs = extract("The girl loved to swim, her aunt Marta Velasquez said.\n\n"
                + "\u201CShe swam every morning,\u201D Velasquez said.\n\n"
                + "Andy Ruiz/Harbor Gazette The girl was staying with a friend, police said.\n\n"
                + "\u201CWe want to know what happened,\u201D she said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Marta Velasquez", "Marta Velasquez");
    }

    @Test
    void withoutTheSlashTheNameOpensItsSentence() {
        Lex lex = Lex.of("Andy Ruiz/Harbor Gazette The girl was here. Andy Ruiz said so.");
        List<Mention> ms = MentionFinder.find(lex, new boolean[lex.size]);
        assertThat(ms.get(0).name()).containsExactly("Andy", "Ruiz");
        assertThat(ms.get(0).subject()).isFalse();
        Mention later = ms.stream().filter(m -> m.start() > 30 && m.name().contains("Ruiz")).findFirst().orElseThrow();
        assertThat(later.subject()).isTrue();
    }
}
