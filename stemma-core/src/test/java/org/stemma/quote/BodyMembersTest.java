package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * "Members of Harbor Watch said …": people named only by their place in a body speak for the
 * body (issue 18, session 19). Sentences written for this test.
 */
class BodyMembersTest {

    private static Quote first(String text) {
        List<Quote> quotes = new QuoteExtractor().extract(Article.builder("a", text).build());
        assertThat(quotes).isNotEmpty();
        return quotes.get(0);
    }

    @Test
    void membersOfABodyOpeningTheSentenceSpeakForTheBody() {
        Quote q = first("Two men were wounded on Tuesday night, police said.\n\n"
                + "Members of Harbor Watch were at the scene an hour later and called the shooting \u201Ca senseless act.\u201D");
        assertThat(q.speaker()).isEqualTo("Harbor Watch");
    }

    @Test
    void leadersOfTheBodyAreTheBody() {
        Quote q = first("The building was inspected on Monday.\n\n"
                + "Leaders of the Riverside Tenants Union said the building was \u201Cunsafe for anyone.\u201D");
        assertThat(q.speaker()).isEqualTo("Riverside Tenants Union");
    }

    @Test
    void representativesOfACompanyAfterTheVerbAreTheCompany() {
        Quote q = first("The fire started in the boiler room.\n\n"
                + "\u201CThe plant is closed until further notice,\u201D said representatives of Harbor Mills.");
        assertThat(q.speaker()).isEqualTo("Harbor Mills");
    }

    @Test
    void officialsFromACompanyAreTheCompany() {
        Quote q = first("The fire started in the boiler room.\n\n"
                + "\u201CThe plant is closed until further notice,\u201D said officials from Harbor Mills.");
        assertThat(q.speaker()).isEqualTo("Harbor Mills");
    }

    @Test
    void friendsOfAPersonAreNotThatPerson() {
        Quote q = first("The funeral was held on Saturday.\n\n"
                + "Friends of Arlo Tobin said he was \u201Ca gentle man who fixed everyone's bikes.\u201D");
        assertThat(q.speaker()).isNotEqualTo("Arlo Tobin");
    }

    @Test
    void leadersOfACountryAreNotTheCountry() {
        Quote q = first("The summit ended on Friday.\n\n"
                + "\u201CWe will meet again in spring,\u201D said leaders of Norway.");
        assertThat(q.speaker()).isNotEqualTo("Norway");
    }

    @Test
    void thePluralsAreTheGroupNounsOnly() {
        assertThat(BodyMembers.plural("members")).isTrue();
        assertThat(BodyMembers.plural("Officials")).isTrue();
        assertThat(BodyMembers.plural("member")).isFalse();
        assertThat(BodyMembers.plural("critics")).isFalse();
        assertThat(BodyMembers.plural("supporters")).isFalse();
    }

    @Test
    void everyNounIsAPersonHeadOfTheShippedWordNetList() {
        assertThat(Lexicon.PERSON_HEADS).containsAll(BodyMembers.NOUNS);
    }
}
