package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.NounModifiers;

/**
 * A capitalised proper adjective inside a noun phrase ("the former French colonies") is a modifier
 * of the noun, not a person's name, though "French" is a first name and a surname too (issue 18);
 * the same word before a verb, or after a first name, stays a name.
 */
class ProperAdjectiveModifierTest {

    @Test
    void theWordListsComeFromWordNet() {
        assertThat(NounModifiers.properAdjective("french")).isTrue();
        assertThat(NounModifiers.properAdjective("israeli")).isTrue();
        assertThat(NounModifiers.properAdjective("smith")).isFalse();
        assertThat(NounModifiers.noun("colony")).isTrue();
        assertThat(NounModifiers.noun("colonies")).isTrue();
        assertThat(NounModifiers.noun("media")).isTrue();
        assertThat(NounModifiers.noun("said")).isFalse();
    }

    @Test
    void aNationalityBeforeACommonNounNamesNobody() {
        List<Quote> qs = extract("The former French colonies have hailed the treaty as a \u201Cfair\u201D deal.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speaker()).isNotEqualTo("French");
        assertThat(index("The former French colonies signed the treaty.").mentions).isEmpty();
        assertThat(index("Two Canadian ships left the Danish harbour at dawn.").mentions).isEmpty();
    }

    @Test
    void theSameWordBeforeAVerbOrAfterAFirstNameIsAName() {
        List<Quote> qs = extract("\u201CWe are ready,\u201D said Judith French, the council leader.\n\n"
                + "\u201CThe vote is on Monday,\u201D French said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Judith French", "Judith French");
        People people = index("Judith French chairs the council. French spoke first.");
        assertThat(people.people).extracting(Person::canonical).containsExactly("Judith French");
    }

    @Test
    void beforeASpeakersNounTheAdjectiveStaysInItsPhrase() {
        // "French officials": the group speaks; the word is read as part of the group's phrase, no person
        Quote q = QuoteExtractorTest.only("French officials said the deal was \u201Cdead.\u201D");
        assertThat(q.speaker()).isEqualTo("French officials");
    }

    @Test
    void aSurnameBeforeANounIsNoProperAdjectiveAndKeepsItsMention() {
        // "the Smith family": the rule is the proper adjective's; a surname used as a modifier still names its person
        assertThat(index("The Smith family thanked the nurses.").mentions)
                .extracting(m -> String.join(" ", m.name())).containsExactly("Smith");
    }

    @Test
    void aTitleCaseHeadlineKeepsItsCapitals() {
        assertThat(NameModifiers.beforeNoun(Lex.of("Says French Minister"), 1, 2)).isFalse();
    }

    private static People index(String text) {
        Lex lex = Lex.of(text);
        return People.index(lex, new boolean[lex.size]);
    }
}
