package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verbs of saying, listed with their VerbNet class, and their inflection. */
class SayingVerbsTest {

    @Test
    void theCuesAreTheFormsTheListNames() {
        for (String w : List.of("said", "says", "say", "saying", "told", "written", "wrote", "stated", "stating",
                "whispered", "cautioned", "admitted", "testified", "pledged", "explained", "asked", "retorted",
                "interjected", "replied", "replies")) {
            assertThat(SayingVerbs.forms()).as(w).contains(w);
        }
        // also nouns, so never listed as cues: "the state", "the states", "a report's", "his voice"
        for (String w : List.of("state", "states", "voice", "go", "went")) {
            assertThat(SayingVerbs.forms()).as(w).doesNotContain(w);
        }
    }

    @Test
    void lemmasOutsideTheVerbNetClassesReadAreKeptWithTheirReason() {
        for (String w : List.of("tweeted", "texted", "e-mailed", "emailed", "argued", "denied", "vowed", "touted",
                "quipped", "labelled", "labeled", "criticised", "slammed")) {
            assertThat(SayingVerbs.forms()).as(w).contains(w);
        }
    }

    @Test
    void verbNetMembersMeasuredAndNotTakenAreListedButNoCues() {
        for (String lemma : List.of("mutter", "blurt", "mention", "inform", "grumble")) {
            assertThat(SayingVerbs.lemmas()).as(lemma).contains(lemma);
            assertThat(SayingVerbs.forms()).as(lemma).doesNotContain(SayingVerbs.past(lemma).get(0));
        }
    }

    @Test
    void inflectionFollowsEnglishSpelling() {
        assertThat(SayingVerbs.past("reply")).containsExactly("replied");
        assertThat(SayingVerbs.third("reply")).isEqualTo("replies");
        assertThat(SayingVerbs.past("note")).containsExactly("noted");
        assertThat(SayingVerbs.ing("note")).containsExactly("noting");
        assertThat(SayingVerbs.past("quip")).containsExactly("quiped", "quipped");
        assertThat(SayingVerbs.third("stress")).isEqualTo("stresses");
        assertThat(SayingVerbs.ing("agree")).containsExactly("agreeing");
        assertThat(SayingVerbs.ing("lie")).containsExactly("lying");
        assertThat(SayingVerbs.forms()).allSatisfy(w -> assertThat(w).isLowerCase());
    }
}
