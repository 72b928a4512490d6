package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** The fitted keep-or-drop decision ({@link QuoteDecision}) and speaker ranker ({@link SpeakerRanker}). */
class LearntDecisionsTest {

    private static List<QuoteCandidate> candidates(String text) {
        return new QuoteExtractor().candidates(Article.builder("a", text).build());
    }

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void constantsMatchTheirFeatureNames() {
        assertThat(QuoteDecision.WEIGHTS).hasSize(QuoteDecision.FEATURES.size());
        assertThat(SpeakerRanker.WEIGHTS).hasSize(SpeakerOption.FEATURES.size());
        assertThat(QuoteDecision.THRESHOLD).isBetween(0.0, 1.0);
    }

    @Test
    void aTwoWordQuoteWithASourceIsKeptAndALoneScareWordWithoutOneIsNot() {
        List<Quote> qs = extract("The court met on Tuesday.\n\n\u201CNot guilty,\u201D the foreman Peter Alvarsson said.\n\n"
                + "The \u201Cexperts\u201D were not consulted.");
        assertThat(qs).extracting(Quote::text).containsExactly("Not guilty,");
        assertThat(qs.get(0).speaker()).isEqualTo("Peter Alvarsson");
    }

    @Test
    void everyCandidateHasExactlyOneChosenSpeakerOption() {
        List<QuoteCandidate> cs = candidates("Mayor Helen Castillo opened the bridge on Friday.\n\n"
                + "\u201CThis took eleven years,\u201D she said. \u201CIt was worth every one.\u201D\n\n"
                + "\u201CWe will see,\u201D said council member Arturo Bianchi, according to the minutes.");
        assertThat(cs).isNotEmpty();
        for (QuoteCandidate c : cs) {
            assertThat(c.speakers()).filteredOn(SpeakerOption::chosen).hasSize(1);
            assertThat(c.speakers()).allSatisfy(o -> assertThat(o.features()).hasSize(SpeakerOption.FEATURES.size()));
            assertThat(c.speakers()).filteredOn(o -> o.mention() == null).hasSize(1); // the voice going on
        }
    }

    @Test
    void aRoleBeforeANameIsTakenWholeAndResolvedToTheName() {
        List<Quote> qs = extract("Turnout fell in the spring primaries.\n\n"
                + "\u201CWe can call this right now: the race is over,\u201D said election law expert Rick Hasenfeld.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speaker()).isEqualTo("Rick Hasenfeld");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("election law expert Rick Hasenfeld");
    }

    @Test
    void aPronounIsResolvedAndTheNextParagraphContinuesTheVoice() {
        List<Quote> qs = extract("Mayor Helen Castillo opened the bridge on Friday.\n\n"
                + "\u201CThis took eleven years of work by people who never gave up on the idea,\u201D she said.\n\n"
                + "\u201CIt was worth every single one of those years, and I would do it again.\u201D");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).speaker()).isEqualTo("Helen Castillo");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("she");
        assertThat(qs.get(1).speaker()).isEqualTo("Helen Castillo");
        assertThat(qs.get(1).speakerAsWritten()).isNull();
    }

    @Test
    void speakerOptionsSayWhatAReaderTakesThemToMean() {
        String text = "Mayor Helen Castillo sent a letter to the council on Friday.\n\n"
                + "The letter called the delay \u201Ca failure of nerve that costs the city every single day,\u201D "
                + "Castillo told reporters.";
        List<QuoteCandidate> cs = candidates(text);
        assertThat(cs).hasSize(1);
        int document = SpeakerOption.FEATURES.indexOf("documentHead");
        int person = SpeakerOption.FEATURES.indexOf("resolvesToPerson");
        int nobody = SpeakerOption.FEATURES.indexOf("resolvesToNobody");
        SpeakerOption letter = cs.get(0).speakers().stream()
                .filter(o -> o.mention() != null && o.mention().of(text).equals("The letter")).findFirst().orElseThrow();
        SpeakerOption castillo = cs.get(0).speakers().stream()
                .filter(o -> o.mention() != null && o.mention().of(text).equals("Castillo")).findFirst().orElseThrow();
        assertThat(letter.features()[document]).isEqualTo(1);
        assertThat(letter.features()[person]).isZero();
        assertThat(castillo.features()[document]).isZero();
        assertThat(castillo.features()[person]).isEqualTo(1);
        assertThat(castillo.features()[nobody]).isZero();
        assertThat(castillo.chosen()).isTrue();
    }

    @Test
    void everyOptionSaysWhoItWouldNameAndTheChosenOneNamesTheReportedSpeaker() {
        String text = "Mayor Helen Castillo opened the bridge on Friday.\n\n"
                + "\u201CThis took eleven years of work by people who never gave up on the idea,\u201D she said.\n\n"
                + "\u201CIt was worth every single one of those years, and I would do it again.\u201D\n\n"
                + "\u201CWe will see about the tolls,\u201D said council member Arturo Bianchi.";
        List<QuoteCandidate> cs = candidates(text);
        assertThat(cs).hasSize(3);
        for (QuoteCandidate c : cs) {
            SpeakerOption chosen = c.speakers().stream().filter(SpeakerOption::chosen).findFirst().orElseThrow();
            assertThat(chosen.speaker()).isEqualTo(c.quote().speaker());
        }
        // the first quotation: "she" names the mayor, and so does the name before it
        SpeakerOption she = option(cs.get(0), text, "she");
        assertThat(she.chosen()).isTrue();
        assertThat(she.speaker()).isEqualTo("Helen Castillo");
        assertThat(option(cs.get(0), text, "Mayor Helen Castillo").speaker()).isEqualTo("Helen Castillo");
        // the second: the voice goes on with the mayor, and the "she" before it still names her
        SpeakerOption goesOn = cs.get(1).speakers().stream().filter(o -> o.mention() == null).findFirst().orElseThrow();
        assertThat(goesOn.chosen()).isTrue();
        assertThat(goesOn.speaker()).isEqualTo("Helen Castillo");
        assertThat(option(cs.get(1), text, "she").speaker()).isEqualTo("Helen Castillo");
        // the third: the voice going on, not chosen, would still name the mayor
        SpeakerOption notChosen = cs.get(2).speakers().stream().filter(o -> o.mention() == null).findFirst().orElseThrow();
        assertThat(notChosen.chosen()).isFalse();
        assertThat(notChosen.speaker()).isEqualTo("Helen Castillo");
        assertThat(cs.get(2).quote().speaker()).isEqualTo("Arturo Bianchi");
    }

    private static SpeakerOption option(QuoteCandidate c, String text, String words) {
        return c.speakers().stream().filter(o -> o.mention() != null && o.mention().of(text).equals(words))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + words + " among " + c.speakers()));
    }
}
