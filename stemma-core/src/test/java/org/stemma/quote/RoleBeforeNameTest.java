package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * A role written before a name ("coroner Dr. Mara Quill") belongs to that name, not to the name
 * after the next comma, so that "the coroner" later means the person introduced with the role
 * (issue 18, session 19). Sentences written for this test.
 */
class RoleBeforeNameTest {

    private static Quote first(String text) {
        List<Quote> quotes = new QuoteExtractor().extract(Article.builder("a", text).build());
        assertThat(quotes).isNotEmpty();
        return quotes.get(0);
    }

    @Test
    void theCoronerIsThePersonIntroducedAsCoroner() {
        Quote q = first("Police later identified the man as Arlo Tobin.\n\n"
                + "According to a statement from coroner Dr. Mara Quill, Tobin can be seen on video running from officers.\n\n"
                + "Police then returned fire and Tobin fell to the ground.\n\n"
                + "\u201CAfter a brief pause, Mr. Tobin then moves his arm,\u201D said the coroner.");
        assertThat(q.speakerAsWritten()).isEqualTo("the coroner");
        assertThat(q.speaker()).isEqualTo("Mara Quill");
    }

    @Test
    void theNameAfterTheCommaTakesNoRoleFromTheNameBefore() {
        Lex lex = Lex.of("According to coroner Dr. Mara Quill, Tobin ran from officers.");
        List<Mention> mentions = MentionFinder.find(lex, new boolean[lex.size]);
        Mention quill = mentions.stream().filter(m -> m.name().contains("Quill")).findFirst().orElseThrow();
        Mention tobin = mentions.stream().filter(m -> m.name().equals(List.of("Tobin"))).findFirst().orElseThrow();
        assertThat(quill.roles()).contains("coroner");
        assertThat(tobin.roles()).doesNotContain("coroner");
    }

    @Test
    void aTitleBeforeTheCommaIsStillTheAppositive() {
        Lex lex = Lex.of("The Foreign Minister, Lou Jiwei, said the talks had stalled.");
        List<Mention> mentions = MentionFinder.find(lex, new boolean[lex.size]);
        Mention lou = mentions.stream().filter(m -> m.name().equals(List.of("Lou", "Jiwei"))).findFirst().orElseThrow();
        assertThat(lou.roles()).contains("minister");
    }

    @Test
    void anAppositiveRoleBeforeTheNameStillCounts() {
        Quote q = first("The county coroner, Mara Quill, said the man ran from officers.\n\n"
                + "Police then returned fire and Arlo Tobin fell to the ground.\n\n"
                + "\u201CAfter a brief pause, he moves his arm,\u201D the coroner said.");
        assertThat(q.speaker()).isEqualTo("Mara Quill");
    }
}
