package org.stemma.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of titles and abbreviations in Stemma: honorifics, ranks and offices written
 * before a person's name, and abbreviations whose full stop does not (or need not) end a
 * sentence. Read from the resource {@code titles.tsv} beside this class, which gives each
 * word's kinds and the list's provenance. The sentence splitter, quote attribution and the
 * story name finder all ask here.
 */
public final class Titles {

    /** What a full stop after a word means. */
    public enum FullStop {
        /** Not an abbreviation: the full stop may end a sentence. */
        ORDINARY,
        /** An abbreviation whose full stop never ends a sentence ("Gen.", "Sept.", "e.g."). */
        ABBREVIATION,
        /** An abbreviation that often ends a sentence too ("Inc.", "Jr.", "Calif."). */
        ABBREVIATION_OR_END
    }

    /** Lower case: honorifics, ranks, offices and the words opening an office's name. */
    private static final Set<String> TITLES = new HashSet<>();
    /** Lower case: every word of a role phrase before a name (titles included). */
    private static final Set<String> ROLE_WORDS = new HashSet<>();
    /** As written: abbreviations and what their full stop means. */
    private static final Map<String, FullStop> ABBREVIATIONS = new HashMap<>();
    /** Lower case: honorifics and role nouns that say the sex, 'm' or 'f'. */
    private static final Map<String, Character> GENDER = new HashMap<>();
    /** The capitalised abbreviations in capitals ("GEN"), for headlines and datelines. */
    private static final Map<String, FullStop> IN_CAPITALS = new HashMap<>();

    static {
        load();
    }

    private Titles() {
    }

    /**
     * Is {@code word} (any case, no full stop) an honorific, rank or office written before a
     * name ("Mr", "general", "Minister", "Prime")? The name after it is a person's.
     */
    public static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Is {@code word} (any case, no full stop) a word of a role phrase before a name: a title,
     * or a word such as "former", "White", "House", "Press" in "former White House Press
     * Secretary"?
     */
    public static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * What a full stop after {@code word} (without the stop; dotted forms such as "e.g" and
     * "U.S" as they stand before the last stop) means. The word matches a listed abbreviation
     * as written, or in capitals when the list writes it capitalised ("GEN" is "Gen"). Case
     * matters: "ill" is not "Ill" (Illinois) and "Ed" (a name) is not "ed" (editor), so a
     * sentence may still end in "ill." or "Ed.".
     */
    public static FullStop fullStop(String word) {
        FullStop f = ABBREVIATIONS.get(word);
        if (f == null && word.length() > 1 && Character.isUpperCase(word.charAt(0))) {
            f = IN_CAPITALS.get(word);
        }
        return f == null ? FullStop.ORDINARY : f;
    }

    /**
     * 'm' or 'f' when the honorific or role noun {@code word} (any case, no full stop: "Mrs",
     * "spokesman") says a man or a woman is meant, else 0.
     */
    public static char gender(String word) {
        Character g = GENDER.get(word.toLowerCase(Locale.ROOT));
        return g == null ? 0 : g;
    }

    /** Is {@code word} (without its full stop) any listed abbreviation? */
    public static boolean isAbbreviation(String word) {
        return fullStop(word) != FullStop.ORDINARY;
    }

    private static void load() {
        WordKinds.read("titles.tsv", Titles::read);
        ABBREVIATIONS.forEach((w, f) -> {
            if (Character.isUpperCase(w.charAt(0))) {
                IN_CAPITALS.putIfAbsent(w.toUpperCase(Locale.ROOT), f);
            }
        });
    }

    private static void read(String word, String kind) {
        String lower = word.toLowerCase(Locale.ROOT);
        switch (kind) {
            case "title", "office" -> {
                TITLES.add(lower);
                ROLE_WORDS.add(lower);
            }
            case "role" -> ROLE_WORDS.add(lower);
            case "abbrev" -> ABBREVIATIONS.put(word, FullStop.ABBREVIATION);
            case "abbrev-end" -> ABBREVIATIONS.putIfAbsent(word, FullStop.ABBREVIATION_OR_END);
            case "male" -> GENDER.put(lower, 'm');
            case "female" -> GENDER.put(lower, 'f');
            default -> throw new IllegalStateException("titles.tsv: unknown kind " + kind + " of " + word);
        }
    }
}
