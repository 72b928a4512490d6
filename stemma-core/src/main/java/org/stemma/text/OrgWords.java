package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The one list of words that make a run of capitalised words the name of an organisation or a
 * place, not of a person ("Ministry", "Club", "Times", "Inc", "River", "Summit"). A person's name
 * never ends with one ({@link PersonNames#canBeSurname}); quote attribution takes a run holding
 * one, but for an event's noun, for a body's name ({@link #organisationWords}). Read from the
 * resource {@code org-words.tsv} beside this class, which gives each word's kind (body, company,
 * press, place, event, qualifier) and the list's provenance. All words lower case.
 */
public final class OrgWords {

    private static final Set<String> WORDS;
    private static final Set<String> ORGANISATION;

    static {
        Set<String> words = new HashSet<>();
        Set<String> organisation = new HashSet<>();
        WordKinds.read("org-words.tsv", (word, kind) -> {
            switch (kind) {
                case "body", "company", "press", "place", "qualifier" -> {
                    words.add(word);
                    organisation.add(word);
                }
                case "event" -> words.add(word);
                default -> throw new IllegalStateException("org-words.tsv: unknown kind " + kind + " of " + word);
            }
        });
        WORDS = Set.copyOf(words);
        ORGANISATION = Set.copyOf(organisation);
    }

    private OrgWords() {
    }

    /**
     * Every listed word, lower case, possessive and full stop left off ("ministry", "u.s",
     * "summit"): what a person's name never ends with.
     */
    public static Set<String> words() {
        return WORDS;
    }

    /**
     * The words that make a run the name of a body, company, outlet or place: all but the event
     * kind, since an event ("Sunshine Summit", "World War") is not a body that speaks or holds
     * roles. Quote attribution's organisation words.
     */
    public static Set<String> organisationWords() {
        return ORGANISATION;
    }

    /** Is {@code lower} (lower case, no possessive) a word of an organisation's or place's name? */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
