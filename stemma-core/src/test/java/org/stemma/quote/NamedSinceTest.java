package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/** A pronoun speaker after a paragraph that turned to one new person (issue 18, pron26); sentences written for the test. */
class NamedSinceTest {

    @Test
    void aPronounAfterAParagraphAboutOneNewPersonMeansThatPerson() {
        String text = "Mayor Paul Dorsey says the fair is only one part of the plan.\n\n"
                + "\"It lets us meet people,\" Dorsey said. \"We will be back next week.\"\n\n"
                + "Marcus Linden's club, called Fresh Start, meets every week at the old library and aims to keep teens busy.\n\n"
                + "\"We are working with the youth. We want them off the streets,\" he said.";
        assertThat(speakerOf(text, "It lets us")).isEqualTo("Paul Dorsey");
        assertThat(speakerOf(text, "We are working")).isEqualTo("Marcus Linden");
    }

    @Test
    void aNameAfterTheSamePronounIsNoTurn() {
        // "she wrote to Lucy Gale": the pronoun goes on about Ann Ford; Lucy Gale is only its object.
        String text = "Although Ann Ford had finished the draft, she struggled to revise it. "
                + "On July 2, she wrote to Lucy Gale about the plot. \"It is not easy to fix the middle,\" she wrote.";
        assertThat(speakerOf(text, "It is not easy")).isEqualTo("Ann Ford");
    }

    @Test
    void aNameInASentenceReportingSpeechIsLeftToTheSpeakerRules() {
        String text = "Farm groups also widely criticised Governor Walter Hale's plan to cut the subsidy.\n\n"
                + "The head of the Growers Union, Martin Oakes, warned that such a cut would be \"ruinous for small farms.\" "
                + "He said farmers \"know how thin the margins are.\"";
        assertThat(speakerOf(text, "know how thin")).isNotEqualTo("Walter Hale");
    }

    @Test
    void twoPeopleNamedSinceLeaveThePronounToTheLastSpeaker() {
        String text = "\"The fair went well,\" said Paul Dorsey, the mayor.\n\n"
                + "The club at the old library keeps photos of Marcus Linden and Tom Weber.\n\n"
                + "\"We hope to open again in May,\" he said.";
        assertThat(speakerOf(text, "We hope")).isEqualTo("Paul Dorsey");
    }
}
