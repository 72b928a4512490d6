package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The one list of words that make a run of capitalised words the name of an organisation or a
 * place, not of a person ("Ministry", "Club", "Times", "Inc", "River", "Summit"). A person's name
 * never ends with one ({@link PersonNames#canBeSurname}); quote attribution takes a run holding
 * one for a body's name. Read from the resource {@code org-words.tsv} beside this class, which
 * gives each word's kind (body, company, press, place, event, qualifier: why it is listed; all are
 * read alike) and the list's provenance. All words lower case.
 */
public final class OrgWords {

    private static final Set<String> WORDS;

    static {
        Set<String> words = new HashSet<>();
        WordKinds.read("org-words.tsv", (word, kind) -> {
            switch (kind) {
                case "body", "company", "press", "place", "event", "qualifier" -> words.add(word);
                default -> throw new IllegalStateException("org-words.tsv: unknown kind " + kind + " of " + word);
            }
        });
        WORDS = Set.copyOf(words);
    }

    private OrgWords() {
    }

    /** The words, lower case, possessive and full stop left off ("ministry", "u.s"). */
    public static Set<String> words() {
        return WORDS;
    }

    /** Is {@code lower} (lower case, no possessive) a word of an organisation's or place's name? */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
