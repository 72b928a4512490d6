package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verbs of saying, read from VerbNet's verbs of communication, and their inflection. */
class SayingVerbsTest {

    @Test
    void pastAndParticipleFormsOfEveryClassAreCues() {
        // say-37.7, manner_speaking-37.3, complain-37.8, advise-37.9, confess-37.10, lecture-37.11,
        // promise-37.13, transfer_mesg-37.1.1, inquire-37.1.2
        for (String w : List.of("said", "mentioned", "whispered", "muttered", "grumbled", "cautioned", "admitted",
                "testified", "pledged", "explained", "asked", "blurted", "retorted", "interjected", "written",
                "wrote", "sang", "spoke", "spoken")) {
            assertThat(SayingVerbs.forms()).as(w).contains(w);
        }
    }

    @Test
    void theHandListsLemmasOutsideTheClassesAreKept() {
        for (String w : List.of("tweeted", "texted", "e-mailed", "emailed", "argued", "denied", "vowed", "touted",
                "quipped", "labelled", "labeled", "criticised", "slammed")) {
            assertThat(SayingVerbs.forms()).as(w).contains(w);
        }
    }

    @Test
    void baseAndThirdPersonFormsOnlyForTheLemmasMarkedPresent() {
        for (String w : List.of("say", "says", "warns", "replies", "stresses", "tell")) {
            assertThat(SayingVerbs.forms()).as(w).contains(w);
        }
        // also nouns: "the state", "a report's", "a leak", "his voice"
        for (String w : List.of("state", "states", "leak", "voice", "go", "went", "going")) {
            assertThat(SayingVerbs.forms()).as(w).doesNotContain(w);
        }
    }

    @Test
    void inflectionFollowsEnglishSpelling() {
        assertThat(SayingVerbs.inflect("reply", true)).containsExactlyInAnyOrder("replied", "replying", "reply", "replies");
        assertThat(SayingVerbs.inflect("note", false)).containsExactlyInAnyOrder("noted", "noting");
        assertThat(SayingVerbs.inflect("quip", false)).containsExactlyInAnyOrder("quiped", "quipped", "quiping", "quipping");
        assertThat(SayingVerbs.inflect("stress", true)).contains("stresses", "stressed");
        assertThat(SayingVerbs.inflect("agree", false)).containsExactlyInAnyOrder("agreed", "agreeing");
        assertThat(SayingVerbs.forms()).allSatisfy(w -> assertThat(w).isLowerCase());
    }
}
