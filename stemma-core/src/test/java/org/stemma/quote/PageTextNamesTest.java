package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page text is no name (issue 18): common words opening a sentence of a page run together from
 * its parts (a blog's title atop it) are no name when the article names nobody with them, and a
 * capitalised adjective before a place opening a headline does not open a person's name; a
 * common word beside a verb of saying stays a name. Sentences written for this test.
 */
class PageTextNamesTest {

    private static List<Mention> mentions(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]).mentions;
    }

    @Test
    void aDoubledBlogTitleAtThePageTopDoesNotSpeakTheQuotation() {
        List<Quote> qs = extract("Tumult Tumult Monday, March 2, 2026 Ortiz the careful mayor City Mayor Ortiz is on "
                + "the morning radio: \u201CWe will balance it this year.\u201D How sensible! March 1, 2026 Ortiz made "
                + "the remark at a forum.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ortiz");
    }

    @Test
    void aCommonWordBesideAVerbOfSayingStaysAName() {
        List<Quote> qs = extract("The clinic opened a second ward this week. "
                + "Gossip said: \u201CWe need more beds before the winter.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Gossip");
    }

    @Test
    void aCommonWordSpeakingAtASentenceStartIsKeptWhenTheArticleNamesSomeoneWithIt() {
        List<Quote> qs = extract("The letter was signed by Dr. Ellen Gossip of the county clinic. "
                + "Gossip said: \u201CWe need more beds before the winter.\u201D");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ellen Gossip");
    }

    @Test
    void aDoubledBlogTitleAtThePageTopIsNoName() {
        assertThat(mentions("Tumult Tumult Monday, March 2, 2026 Mayor Lena Ortiz on the budget: "
                + "\u201CWe will balance it this year.\u201D"))
                .extracting(m -> String.join(" ", m.name())).doesNotContain("Tumult Tumult").contains("Lena Ortiz");
    }

    @Test
    void aCapitalisedAdjectiveOpeningAHeadlineDoesNotOpenAName() {
        assertThat(mentions("Striking Ohio bus drivers vow to stay out \u201CWe are not going back for less.\u201D"))
                .extracting(m -> String.join(" ", m.name())).doesNotContain("Striking Ohio");
    }

    @Test
    void aFirstNameThatIsAnAdjectiveStillOpensAName() {
        assertThat(mentions("Sterling Brown told the council the plan was late."))
                .extracting(m -> String.join(" ", m.name())).contains("Sterling Brown");
    }

    @Test
    void aCapitalisedCompoundAdjectiveAfterARoleIsNoName() {
        assertThat(mentions("\u201CThe market is ready,\u201D says a company spokesperson Fast-growing firms follow."))
                .extracting(m -> String.join(" ", m.name())).doesNotContain("Fast-growing");
    }

    @Test
    void anOrganisationOpeningWithAnAdjectiveKeepsItsName() {
        assertThat(mentions("Civic Watch stated in a release that the records were late."))
                .extracting(m -> String.join(" ", m.name())).contains("Civic Watch");
    }

    @Test
    void aRoleNounOpeningASentenceKeepsTheCommonWordNameAfterIt() {
        List<Quote> qs = extract("A new puzzle game is coming after years of waiting. "
                + "Publisher Lantern called it \u201Cthe best thing we have made.\u201D");
        assertThat(qs).extracting(Quote::speaker).doesNotContainNull();
    }
}
