package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Proper adjectives and common nouns from Princeton WordNet 3.0 (resource {@code noun-modifiers.tsv}
 * beside this class: its provenance, rule and licence; regenerate with
 * tools/wordnet-lists/wordnet_modifiers.py; the nouns WordNet never capitalises are read from
 * {@link CommonWords#nouns}, their one home). A capitalised proper adjective before a lower-case
 * noun modifies the noun ("the former French colonies", "Chinese state media"): it names nobody,
 * though "French" is a first name and a surname too.
 */
public final class NounModifiers {

    private static final Set<String> ADJECTIVES = new HashSet<>();
    private static final Set<String> NOUNS = new HashSet<>(1 << 17);

    static {
        // WordNet's nouns it never capitalises live in common-words.tsv (their one home); this
        // resource adds only the lower-case nouns WordNet also writes with a capital elsewhere.
        for (String word : CommonWords.nouns()) {
            NOUNS.add(word);
            NOUNS.add(SayingVerbs.third(word));
        }
        WordKinds.read("noun-modifiers.tsv", (word, kind) -> {
            if (kind.equals("adj")) {
                ADJECTIVES.add(word);
            } else if (kind.equals("n")) {
                NOUNS.add(word);
                NOUNS.add(SayingVerbs.third(word)); // a noun's regular plural is spelled as the verb's -s form
            } else if (kind.startsWith("plural-of-")) {
                NOUNS.add(word); // "media": WordNet's own plural
            } else {
                throw new IllegalStateException("noun-modifiers.tsv: unknown kind " + kind + " of " + word);
            }
        });
    }

    private NounModifiers() {
    }

    /** Is {@code key} (lower case) an adjective WordNet writes with a capital ("french", "israeli", "democratic")? */
    public static boolean properAdjective(String key) {
        return ADJECTIVES.contains(key);
    }

    /** Is {@code key} (lower case) a WordNet noun written in lower case, or its plural ("colony", "colonies", "media")? */
    public static boolean noun(String key) {
        return NOUNS.contains(key);
    }
}
