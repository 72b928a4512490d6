package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * Person evidence from a name's context when no list records its first name (issue 18, ppl28);
 * sentences and names written for the test.
 */
class ContextPersonsTest {

    private static Person person(String text, String canonical) {
        Lex lex = Lex.of(text);
        People people = People.index(lex, new boolean[lex.size]);
        return people.people.stream().filter(p -> p.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + canonical));
    }

    @Test
    void theNamesOfTheseTestsHaveNoRecordedFirstName() {
        // Otherwise the first name alone would be the evidence, and the tests below would prove nothing.
        assertThat(org.stemma.text.PersonNames.givenNameGender("Tavonte")).isEqualTo((char) 0);
        assertThat(org.stemma.text.PersonNames.givenNameGender("Anna-Lise")).isEqualTo((char) 0);
        assertThat(person("Tavonte Okeke opened the shop.", "Tavonte Okeke").personEvidence).isFalse();
    }

    @Test
    void anAgeBetweenCommasMakesAPerson() {
        assertThat(person("Tavonte Okeke, 34, opened the shop in May.", "Tavonte Okeke").personEvidence).isTrue();
        assertThat(person("Tavonte Okeke, 2019, opened the shop in May.", "Tavonte Okeke").personEvidence).isFalse();
    }

    @Test
    void aPronounThatCanOnlyMeanTheNameMakesAPerson() {
        assertThat(person("Tavonte Okeke opened the shop in May. He sells bread.", "Tavonte Okeke").personEvidence)
                .isTrue();
        assertThat(person("Anna-Lise Moreau sings at the end, after she learns to forgive.", "Anna-Lise Moreau")
                .personEvidence).isTrue();
    }

    @Test
    void anotherPersonOnTheWayKeepsThePronounFromTheName() {
        assertThat(person("Tavonte Okeke opened in May, and the baker said he was pleased.", "Tavonte Okeke")
                .personEvidence).isFalse();
        assertThat(person("Tavonte Okeke opened in May. Dana Whitfield said she was pleased.", "Tavonte Okeke")
                .personEvidence).isFalse();
        assertThat(person("Mark Hale, the head of Tavonte Motors, said his firm was pleased.", "Tavonte Motors")
                .personEvidence).isFalse();
    }

    @Test
    void organisationsPlacesAndCommonWordsStayNoPerson() {
        assertThat(person("Acme Widgets cut 30 jobs. He said the cuts were painful.", "Acme Widgets").personEvidence)
                .isFalse();
        assertThat(person("Ohio Wanderers, 34, flew on. He said so.", "Ohio Wanderers").personEvidence).isFalse();
        assertThat(person("Toronto Wanderers won again. He said the team was tired.", "Toronto Wanderers").personEvidence)
                .isFalse();
        Lex lex = Lex.of("Tavonte Ministry grew. He said so.");
        assertThat(People.index(lex, new boolean[lex.size]).people).noneMatch(p -> p.personEvidence);
    }

    @Test
    void aPronounTwoSentencesOnIsTooFar() {
        assertThat(person("Tavonte Okeke opened the shop. It sells bread. He was there.", "Tavonte Okeke")
                .personEvidence).isFalse();
    }

    @Test
    void aPronounSpeakerAfterAParagraphAboutAnUnrecordedNameMeansThatPerson() {
        String text = "Mayor Paul Dorsey says the fair is only one part of the plan.\n\n"
                + "\"It lets us meet people,\" Dorsey said. \"We will be back next week.\"\n\n"
                + "Tavonte Okeke's club, called Fresh Start, meets every week at the old library and aims to keep teens busy.\n\n"
                + "\"We are working with the youth. We want them off the streets,\" he said.";
        List<Quote> quotes = new QuoteExtractor().extract(Article.builder("a", text).build());
        assertThat(quotes).filteredOn(q -> q.text().startsWith("We are working")).extracting(Quote::speaker)
                .containsExactly("Tavonte Okeke");
    }
}
