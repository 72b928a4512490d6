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
    void theOldHandWordsStayHeads() {
        // "ceo", "counterpart": no one-word person noun in WordNet 3.0, kept by hand with a reason
        for (String w : List.of("official", "spokesman", "ceo", "counterpart", "president-elect", "head", "star")) {
            assertThat(WordNetNouns.personHeads()).as(w).contains(w);
        }
        assertThat(WordNetNouns.personHeads()).allSatisfy(w -> assertThat(WordNetNouns.personNouns()).contains(w));
    }

    @Test
    void wordNetsOtherPersonNounsAreListedWithTheirMarksButNoHeads() {
        Map<String, Set<String>> kinds = kinds("person-nouns.tsv");
        assertThat(kinds.get("teenager")).contains("first").doesNotContain("other-pos", "head");
        assertThat(kinds.get("plumber")).contains("first").doesNotContain("head");
        // SemCor tags them more often as a verb ("have", "accused") or an adjective ("teen")
        for (String w : List.of("have", "accused", "teen", "national", "cook")) {
            assertThat(kinds.get(w)).as(w).contains("first", "other-pos").doesNotContain("head");
        }
        assertThat(kinds.get("head")).contains("other", "head"); // its most frequent sense is the body part
        assertThat(kinds.get("ceo")).containsExactlyInAnyOrder("hand", "head");
        assertThat(kinds.values()).allSatisfy(k -> assertThat(k).anyMatch(
                m -> m.equals("hand") || m.matches("wn\\d{8}")));
    }

    @Test
    void spokespersonsAreTheNounsWhoseEverySenseIsOne() {
        assertThat(WordNetNouns.spokespersons()).containsExactlyInAnyOrder("spokesman", "spokeswoman", "spokesperson");
    }

    @Test
    void utteranceCuesIncludeRegularPlurals() {
        for (String w : List.of("claim", "claims", "remarks", "words", "statement", "vow", "tweets", "op-ed")) {
            assertThat(WordNetNouns.utteranceCues()).as(w).contains(w);
        }
        assertThat(WordNetNouns.utteranceCues()).doesNotContain("word", "official", "general");
        Map<String, Set<String>> kinds = kinds("utterance-nouns.tsv");
        assertThat(kinds.get("claim")).contains("first", "cue", "s");
        assertThat(kinds.get("tweet")).contains("hand", "cue", "s");
        assertThat(kinds.get("allegation")).contains("first").doesNotContain("cue", "s");
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
