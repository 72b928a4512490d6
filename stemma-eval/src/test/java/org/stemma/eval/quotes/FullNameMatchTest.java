package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.quote.Quote;
import org.stemma.text.Span;

/** The full-name speaker reading on pairs written for these tests. */
class FullNameMatchTest {

    @Test
    void theSameFullNameOrTheSameNameWithATitleIsTheSamePerson() {
        assertThat(FullNameMatch.classify("Rosa Albrecht", "Rosa Albrecht")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Dr. Rosa Albrecht", "Rosa Albrecht")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Sen. Tom Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("rosa albrecht", "Rosa Albrecht")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Albrecht's", "Albrecht")).isEqualTo(FullNameMatch.SAME);
    }

    @Test
    void aMiddleNameASuffixOrAnInitialDoesNotMakeAnotherPerson() {
        assertThat(FullNameMatch.classify("Rosa Albrecht", "Rosa Marie Albrecht")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Rosa Marie Albrecht", "Rosa Albrecht")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Tom Whitcombe", "Tom Whitcombe Jr.")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Tom Whitcombe III", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("T. Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
    }

    @Test
    void wordsDescribingThePersonBeforeTheWholeNameDoNotMakeAnotherPerson() {
        assertThat(FullNameMatch.classify("Riverside-based Tom Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Harbour Authority chair Tom Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Sheriff Tom Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SAME);
        // Two people named together are not the one person.
        assertThat(FullNameMatch.classify("Rosa Albrecht and Tom Whitcombe", "Tom Whitcombe"))
                .isEqualTo(FullNameMatch.SHARED_SURNAME);
    }

    @Test
    void aSurnameAloneIsRightOnlyWhenTheGoldIsTheSurnameAlone() {
        // The gold is the fullest form in the article: a surname-only gold means the text gives no more.
        assertThat(FullNameMatch.classify("Whitcombe", "Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Tom Whitcombe", "Whitcombe")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SURNAME_ONLY);
        assertThat(FullNameMatch.classify("Mr. Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SURNAME_ONLY);
        assertThat(FullNameMatch.classify("Sheriff Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SURNAME_ONLY);
        assertThat(FullNameMatch.classify("Tom", "Tom Whitcombe")).isEqualTo(FullNameMatch.SURNAME_ONLY);
        assertThat(FullNameMatch.classify("Marie Albrecht", "Rosa Marie Albrecht")).isEqualTo(FullNameMatch.SURNAME_ONLY);
    }

    @Test
    void anotherFirstNameWithTheSameSurnameIsAnotherPerson() {
        assertThat(FullNameMatch.classify("Nora Whitcombe", "Tom Whitcombe")).isEqualTo(FullNameMatch.SHARED_SURNAME);
        assertThat(FullNameMatch.classify("Nora Whitcombe", "Whitcombe Tom")).isEqualTo(FullNameMatch.SHARED_SURNAME);
        assertThat(FullNameMatch.classify("Nora Whitcombe", "Tom Whitcombe Jr.")).isEqualTo(FullNameMatch.SHARED_SURNAME);
        // The current reading counts these right: the last word is shared.
        assertThat(QuoteScorer.sameSpeaker("Nora Whitcombe", "Tom Whitcombe")).isTrue();
    }

    @Test
    void anotherNameOrNoSpeakerIsOther() {
        assertThat(FullNameMatch.classify("Rosa Albrecht", "Tom Whitcombe")).isEqualTo(FullNameMatch.OTHER);
        assertThat(FullNameMatch.classify(null, "Tom Whitcombe")).isEqualTo(FullNameMatch.OTHER);
        assertThat(FullNameMatch.classify("the council", "Tom Whitcombe")).isEqualTo(FullNameMatch.OTHER);
    }

    @Test
    void organisationsAndGroupsCompareTheirContentWordsAndTheBodyTheyName() {
        assertThat(FullNameMatch.classify("the Harbour Authority", "Harbour Authority")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Authority", "Harbour Authority")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Westford police", "Westford Police Department")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("the city's nurses", "nurses")).isEqualTo(FullNameMatch.SAME);
        assertThat(FullNameMatch.classify("Office of Fair Trading", "the Office of Fair Trading")).isEqualTo(FullNameMatch.SAME);
        // Another head: a part of the name that is not the body.
        assertThat(FullNameMatch.classify("Harbour", "Harbour Authority")).isEqualTo(FullNameMatch.OTHER);
        assertThat(FullNameMatch.classify("nurses' union", "nurses")).isEqualTo(FullNameMatch.OTHER);
    }

    @Test
    void aPersonIsCapitalisedEndsInAPossibleSurnameAndHoldsNoOrganisationWord() {
        assertThat(FullNameMatch.isPerson("Tom Whitcombe")).isTrue();
        assertThat(FullNameMatch.isPerson("Ursula von Brandt")).isTrue();
        assertThat(FullNameMatch.isPerson("Harbour Authority")).isFalse();
        assertThat(FullNameMatch.isPerson("nurses")).isFalse();
        assertThat(FullNameMatch.isPerson("Friends of the Park")).isFalse();
    }

    /** Both scorers count the full-name reading beside the current one and log only the quotes the two judge differently. */
    @Test
    void scorersCountTheFullNameReadingBesideTheCurrentOne() {
        String text = "\u201CWe open the dock on Friday,\u201D Nora Whitcombe said. \u201CThe ferry runs daily,\u201D Rosa Albrecht said.";
        int a = text.indexOf("We open");
        int b = text.indexOf("The ferry");
        GoldQuote g1 = new GoldQuote("d", List.of(new Span(a, text.indexOf(",\u201D N"))), "We open the dock on Friday",
                false, "Tom Whitcombe", "Nora Whitcombe", "Whitcombe");
        GoldQuote g2 = new GoldQuote("d", List.of(new Span(b, text.indexOf(",\u201D R"))), "The ferry runs daily",
                false, "Rosa Albrecht", "Rosa Albrecht", "Albrecht");
        Quote p1 = new Quote("d", new Span(a, text.indexOf(",\u201D N")), "We open the dock on Friday", false,
                "Nora Whitcombe", "Nora Whitcombe", "said");
        Quote p2 = new Quote("d", new Span(b, text.indexOf(",\u201D R")), "The ferry runs daily", false,
                "Rosa Albrecht", "Rosa Albrecht", "said");

        QuoteScorer coverage = new QuoteScorer();
        coverage.add("d", text, List.of(g1, g2), List.of(p1, p2), true);
        QuoteScorer.Result r = coverage.result();
        assertThat(r.speakerRight).isEqualTo(2);
        assertThat(r.speakerFullRight).isEqualTo(1);
        assertThat(r.speakerFullClasses).containsEntry(FullNameMatch.SHARED_SURNAME, 1).containsEntry(FullNameMatch.SAME, 1);
        assertThat(r.errorCounts).isEmpty();
        assertThat(r.errors).singleElement().asString()
                .startsWith("speaker (full name): other person sharing the surname | d: ");

        UtteranceScorer one = new UtteranceScorer();
        one.add("d", text, List.of(g1, g2), List.of(p1, p2), true);
        assertThat(one.joined().speakerRight).isEqualTo(2);
        assertThat(one.joined().speakerFullRight).isEqualTo(1);
        assertThat(one.joined().speakerErrors).isEmpty();
        assertThat(one.joined().errors).singleElement().asString().startsWith("speaker (full name): other person");

        // PolNeAR (not own gold) keeps its own match and has no full-name reading.
        UtteranceScorer polnear = new UtteranceScorer();
        polnear.add("d", text, List.of(g1, g2), List.of(p1, p2), false);
        assertThat(polnear.joined().speakerFullClasses).isEmpty();
        assertThat(polnear.joined().errors).isEmpty();
    }
}
