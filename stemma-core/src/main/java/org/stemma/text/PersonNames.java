package org.stemma.text;

import java.util.Set;

/**
 * The one home of what makes a run of capitalised words a person's name, asked by both readers
 * of names: the story name finder ({@code org.stemma.story.NamedEntities}, which keeps the
 * surnames) and the quotation speaker finder ({@code org.stemma.quote.People}, which keeps every
 * mention with its roles). A run is a person's ({@link #isPerson}) when its last word can be a
 * surname (not "States", "Ministry", a nationality such as "Malian", or a two-letter word) and
 * <ul>
 *   <li>a title or honorific opens it ({@link Titles#isTitle}: "General", "Mrs", "Minister"), or</li>
 *   <li>it has several words and its last word also stands alone elsewhere in the text ("Alou
 *       Boi Diarra" … "Diarra said").</li>
 * </ul>
 * The quotation reader adds evidence only it has: a verb of saying beside the name, and a first
 * word that is a recorded first name given mostly to one sex ({@link #givenNameGender}), which
 * it also needs for the gender a pronoun must agree with. Particles ("de", "bin", "van") join the
 * words of a name; honorifics and role nouns may say the sex ({@link #titleGender}).
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** Length of the longest particle ("della"). */
    public static final int MAX_PARTICLE = 5;

    /** Lower-case words that join the parts of a person's name ("Abu Bakr al Baghdadi", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "dos",
            "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "la", "le", "ben", "abu");

    /** Is {@code lower} (lower case) a particle joining the parts of a name? */
    public static boolean isParticle(String lower) {
        return PARTICLES.contains(lower);
    }

    /**
     * Can {@code lastLower} (a name's last word, lower case) be a surname? Not a word ending
     * names of places or bodies ({@link OrgWords}), not a nationality or demonym ("-ian", "-ese",
     * "-ish", "-can", "-ean"), not shorter than three letters.
     */
    public static boolean canBeSurname(String lastLower) {
        String w = lastLower;
        return !(OrgWords.contains(w) || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("can") || w.endsWith("ean") || w.length() < 3);
    }

    /**
     * Is a run of capitalised words a person's name?
     *
     * @param titled        a title or honorific opened it somewhere in the text
     * @param words         how many words the name has (titles left out)
     * @param lastLower     its last word, lower case, possessive removed
     * @param lastSeenAlone the last word also stands alone as a name elsewhere in the text
     */
    public static boolean isPerson(boolean titled, int words, String lastLower, boolean lastSeenAlone) {
        return canBeSurname(lastLower) && (titled || words >= 2 && lastSeenAlone);
    }

    /** 'm' or 'f' for a first name babies of one sex were mostly given ({@link FirstNames}), else 0. */
    public static char givenNameGender(String word) {
        return FirstNames.gender(word);
    }

    /** Is the sex {@link #givenNameGender} says for {@code word} near certain, not merely most babies'? */
    public static boolean givenNameSure(String word) {
        return FirstNames.sure(word);
    }

    /**
     * 'm' or 'f' when an honorific or role noun ({@code lower}: "mrs", "spokesman") says the sex,
     * else 0: the sex {@link Titles}'s list gives it.
     */
    public static char titleGender(String lower) {
        return Titles.gender(lower);
    }
}
