package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.quote.QuoteText.speakerOf;

import org.junit.jupiter.api.Test;

/** A surname written once with a slip names the person spelled so in full (issue 18, wrong31). Sentences written for the test. */
class MisspeltSurnameTest {

    @Test
    void twoSwappedLettersNameThePersonSpeltInFull() {
        String text = "\"We heard three shots,\" Marta Kowalczyk said.\n\n"
                + "Her neighbour's car was hit twice.\n\n"
                + "\"Nobody came out for an hour,\" Kowalcyzk said.";
        assertThat(speakerOf(text, "Nobody came out")).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void aDoubledLetterNamesThePersonSpeltInFull() {
        String text = "Fire chief Dale Hollister said the blaze started in the kitchen.\n\n"
                + "\"The smoke alarm saved them,\" Hollisster said.";
        assertThat(speakerOf(text, "The smoke alarm")).isEqualTo("Dale Hollister");
    }

    @Test
    void aSurnameOneLetterAwayInAnotherWayIsAnotherPerson() {
        String text = "Coach Erik Hansen and his assistant met the board on Monday.\n\n"
                + "\"We need a new field,\" Hanson said.";
        assertThat(speakerOf(text, "We need a new field")).isEqualTo("Hanson");
    }

    @Test
    void slipsAreTheSwapAndTheDoubleOnly() {
        assertThat(MisspeltSurnames.oneSlip("Shpeard", "Shepard")).isTrue();
        assertThat(MisspeltSurnames.oneSlip("Sherill", "Sherrill")).isTrue();
        assertThat(MisspeltSurnames.oneSlip("Hanson", "Hansen")).isFalse();
        assertThat(MisspeltSurnames.oneSlip("Philips", "Phillips")).isTrue();
        assertThat(MisspeltSurnames.oneSlip("Marsh", "Marsh")).isFalse();
        assertThat(MisspeltSurnames.oneSlip("Cole", "Coel")).isFalse(); // too short to read as a slip
    }
}
