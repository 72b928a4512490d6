package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns for a kind of titled work ("book", "film", "song"), as the resource {@code title-nouns.tsv}
 * beside this class lists them with their WordNet 3.0 provenance. All lower case.
 */
public final class WorkNouns {

    private static final Set<String> WORDS;

    static {
        Set<String> words = new HashSet<>();
        WordKinds.read("title-nouns.tsv", (word, kind) -> words.add(word));
        WORDS = Set.copyOf(words);
    }

    private WorkNouns() {
    }

    /** Is {@code lower} (a lower-case word) a noun for a kind of titled work? */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
