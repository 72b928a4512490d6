package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pronoun rules of issue 18 (pron11), on sentences written for the test. */
class PronounResolutionTest {

    /** What the pronoun {@code word} (its {@code nth} occurrence, from 0) resolves to in {@code text}. */
    private static String pronoun(String text, String word, int nth) {
        Lex lex = Lex.of(text);
        People people = People.index(lex, new boolean[lex.size]);
        int seen = 0;
        for (int t = 0; t < lex.size; t++) {
            if (lex.isWord(t) && lex.word(t).equals(word) && seen++ == nth) {
                return SpeakerResolver.resolve(lex, t, t + 1, people, false);
            }
        }
        throw new AssertionError("no " + word);
    }

    @Test
    void aPronounReportedByAVerbOfSayingMeansThatVerbsSubject() {
        String t = "Mayor Beth Lane met Ann Cole on Monday. Ann Cole spoke first.\n\n"
                + "The mayor told reporters she was not worried.";
        assertThat(pronoun(t, "she", 0)).isEqualTo("Beth Lane");
        String that = "Mayor Beth Lane met Ann Cole on Monday. Ann Cole spoke first.\n\n"
                + "The mayor said that she was not worried.";
        assertThat(pronoun(that, "she", 0)).isEqualTo("Beth Lane");
    }

    @Test
    void aPronounOfTheOtherSexIsNotTheReportingSubject() {
        String t = "Mayor Beth Lane met Tom Baker on Monday. Tom Baker spoke first.\n\n"
                + "The mayor said he was not worried.";
        assertThat(pronoun(t, "he", 0)).isEqualTo("Tom Baker");
    }

    @Test
    void aNameInCommasBeforeAVerbOfSayingIsTheSubjectAPronounLaterMeans() {
        String t = "Councillor Dan Ross called the plan a disgrace on Monday.\n\n"
                + "The leader of the Riverside Residents Association, Jon Greer, warned that the plan would fail. "
                + "He said the city had not listened.";
        assertThat(pronoun(t, "He", 0)).isEqualTo("Jon Greer");
    }

    @Test
    void aNameOpeningTheMainClauseAfterASubordinateClauseIsTheSubject() {
        String t = "Senator Ann Cole attacked the merger in 2010.\n\n"
                + "When the merger comes up at rallies, Beth Lane routinely defends it. Last year she called it a success.";
        assertThat(pronoun(t, "she", 0)).isEqualTo("Beth Lane");
    }

    @Test
    void aSentenceOpeningPhraseBeforeANameLeavesTheNameTheSubject() {
        String t = "Her niece is Ann Cole.\n\n"
                + "A cheerful woman in her 80s, Beth Lane lives in Dayton. She gave me the address of Ann Cole. "
                + "Later she wrote again.";
        assertThat(pronoun(t, "she", 0)).isEqualTo("Beth Lane");
    }

    @Test
    void aNameAfterAVerbOfSayingAndBeforeAnAuxiliaryIsTheReportedClausesSubjectNotASpeaker() {
        String t = "Acme Rockets builds small satellites. Tom Baker, the company's chief, said Acme Rockets would grow. "
                + "He said the lander was ready.";
        assertThat(pronoun(t, "He", 0)).isEqualTo("Tom Baker");
    }

    @Test
    void aPronounMeansTheNameOpeningItsClause() {
        String t = "Mr. Tom Baker spoke first.\n\n"
                + "While the two men barely argued, Mr. Dan Ross looked calm. When Mr. Baker tried to defend his remarks, "
                + "Mr. Ross differed.";
        assertThat(pronoun(t, "his", 0)).isEqualTo("Tom Baker");
    }

    /** Sentences about the book that name nobody, long enough to take a subject out of reach. */
    private static final String FILLER = "The book was to run over a thousand pages and to weave several plots together. "
            + "It opened in a small town by a river and moved to the capital in its second part. "
            + "The early chapters followed a clerk, a printer and a widow through one hard winter. "
            + "The later ones were to turn on a trial that the whole country would watch. ";

    @Test
    void aPronounSubjectCarriesThePersonItMeansOn() {
        String t = "In his final years, Tom Baker worked on a long novel. " + FILLER + FILLER
                + "Although Baker had outlined the book in a sonnet cycle (seriously), he struggled to finish it. "
                + "On July 27, 2006, he emailed his friend Dan Ross about the plot. "
                + "Later he wrote that the trial scenes were the hardest.";
        assertThat(pronoun(t, "he", 2)).isEqualTo("Tom Baker");
    }

    @Test
    void aPronounInsideAReportedClauseCarriesNothing() {
        // "Baker said he …": the speaker rules resolve it; the object named after stays the object.
        String t = "Tom Baker met his editor Dan Ross in May. " + FILLER + FILLER
                + "Ross said he liked the trial scenes. He later wrote that the book was finished.";
        assertThat(pronoun(t, "He", 0)).isEqualTo("Dan Ross");
    }

    @Test
    void aLoneRecordedFirstNameAsASubjectIsAPerson() {
        // Only a first name is given; the capitalised title nearer the pronoun is no person.
        String t = "Brenda — who writes under her first name only — sold her house at 58. "
                + "She moved to a rented flat and wrote a guide called Plain Living. "
                + "Last spring she wrote again.";
        assertThat(pronoun(t, "she", 0)).isEqualTo("Brenda");
    }

    @Test
    void aLonePlaceOrMonthIsNoPersonThoughBabiesBearTheName() {
        String t = "Virginia voted early this year. Georgia followed a week later. "
                + "Senator Tom Baker spoke at a rally. Later he wrote a letter.";
        assertThat(pronoun(t, "he", 0)).isEqualTo("Tom Baker");
        Lex lex = Lex.of(t);
        People people = People.index(lex, new boolean[lex.size]);
        assertThat(people.isPerson("Virginia")).isFalse();
        assertThat(people.isPerson("Georgia")).isFalse();
    }

    @Test
    void aVerbOfSayingJoinedByAndReportsForTheClausesSubject() {
        String t = "Senator Dan Ross praised the plan on Monday.\n\n"
                + "When Tom Baker later spoke about the bridge in Dayton and said he would fund it, the crowd cheered.";
        assertThat(pronoun(t, "he", 0)).isEqualTo("Tom Baker");
    }
}
