package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The person and utterance nouns from WordNet 3.0: what they list, what is in use, and their provenance. */
class WordNetNounsTest {

    @Test
    void personNounsAreWordNetsOneWordLowerCasePersonNouns() {
        for (String w : List.of("teen", "teenager", "official", "diplomat", "general", "widow", "smith", "head", "plumber")) {
            assertThat(WordNetNouns.personNouns()).as(w).contains(w);
        }
        // multi-word lemmas and named individuals ("Smith, Adam", "Lincoln") are not listed
        for (String w : List.of("chief_executive_officer", "lincoln", "Lincoln", "table", "ministry")) {
            assertThat(WordNetNouns.personNouns()).as(w).doesNotContain(w);
        }
    }

    @Test
    void headsAreTheFirstSensePersonNounsTaggedAsNounsAtLeastAsOftenAsAsVerbs() {
        // the rule: most frequent sense a person, SemCor noun count >= verb count; "teen" (an adjective) passes
        for (String w : List.of("official", "spokesman", "plumber", "teen", "teenager", "general", "chief")) {
            assertThat(WordNetNouns.personHeads()).as(w).contains(w);
        }
        // "ceo", "counterpart": no one-word person noun in WordNet 3.0, kept by hand with a reason
        assertThat(WordNetNouns.personHeads()).contains("ceo", "counterpart", "president-elect", "secretary-general");
        // most often a verb ("have", "accused", "judge", "witness") or most often no person ("head", "star")
        assertThat(WordNetNouns.personHeads()).doesNotContain("have", "accused", "judge", "witness", "head", "star");
        assertThat(WordNetNouns.personHeads()).allSatisfy(w -> assertThat(WordNetNouns.personNouns()).contains(w));
    }

    @Test
    void wordNetsPersonNounsCarryTheirMarks() {
        Map<String, Set<String>> kinds = kinds("person-nouns.tsv");
        assertThat(kinds.get("teenager")).contains("first", "head").doesNotContain("other-pos");
        assertThat(kinds.get("plumber")).contains("first", "head");
        // SemCor tags them more often as a verb ("have", "accused") or an adjective ("teen", "national")
        for (String w : List.of("have", "accused", "teen", "national", "cook")) {
            assertThat(kinds.get(w)).as(w).contains("first", "other-pos");
        }
        assertThat(kinds.get("teen")).contains("head"); // an adjective more often, but a verb less often than a noun
        assertThat(kinds.get("cook")).doesNotContain("head"); // a verb more often
        assertThat(kinds.get("head")).contains("other").doesNotContain("head"); // most frequent sense: the body part
        assertThat(kinds.get("ceo")).containsExactlyInAnyOrder("hand", "head");
        assertThat(kinds.values()).allSatisfy(k -> assertThat(k).anyMatch(
                m -> m.equals("hand") || m.matches("wn\\d{8}")));
    }

    @Test
    void spokespersonsAreTheNounsWhoseEverySenseIsOne() {
        assertThat(WordNetNouns.spokespersons()).containsExactlyInAnyOrder("spokesman", "spokeswoman", "spokesperson");
    }

    @Test
    void utteranceCuesAreEveryListedNounAndItsRegularPlural() {
        for (String w : List.of("claim", "claims", "remarks", "word", "words", "statement", "allegation",
                "allegations", "vow", "tweets", "op-ed")) {
            assertThat(WordNetNouns.utteranceCues()).as(w).contains(w);
        }
        assertThat(WordNetNouns.utteranceCues()).doesNotContain("official", "general", "vows");
        Map<String, Set<String>> kinds = kinds("utterance-nouns.tsv");
        assertThat(kinds.get("claim")).contains("first", "other-pos", "cue", "s");
        assertThat(kinds.get("word")).contains("other", "cue", "s"); // its first sense is a unit of language
        assertThat(kinds.get("tweet")).contains("hand", "cue", "s");
        assertThat(kinds.get("vow")).containsExactlyInAnyOrder("hand", "cue"); // a hand word keeps its old forms
        assertThat(kinds).allSatisfy((w, k) -> assertThat(k).as(w).contains("cue"));
    }

    @Test
    void bothFilesCarryProvenanceRuleAndLicence() throws IOException {
        for (String name : List.of("person-nouns.tsv", "utterance-nouns.tsv")) {
            String text = resource(name);
            assertThat(text).as(name).contains("Princeton WordNet 3.0", "wordnet-base 1:3.0-37",
                    "WordNet 3.0 Copyright 2006 by Princeton University", "tools/wordnet-lists/wordnet_nouns.py",
                    "hyponym closure", "\"hand\"");
        }
    }

    private static Map<String, Set<String>> kinds(String name) {
        Map<String, Set<String>> kinds = new HashMap<>();
        WordKinds.read(name, (word, kind) -> kinds.computeIfAbsent(word, w -> new HashSet<>()).add(kind));
        return kinds;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WordNetNouns.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
