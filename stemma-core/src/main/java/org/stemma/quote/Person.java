package org.stemma.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One person: canonical name words, role words, and where the article mentions them. */
final class Person {
    final List<String> name = new ArrayList<>();
    final Set<String> roles = new HashSet<>();
    final List<Integer> mentions = new ArrayList<>(); // char offsets, outside quotes only
    /** The {@link #mentions} that write the last name ("Rohan Vantongeren", "Vantongeren"), not the first alone. */
    final List<Integer> surnamed = new ArrayList<>();
    int male;
    int female;
    /** Place in the article's list of people ({@link PersonIndex}). */
    int order;
    /** Named with a title or a person role, or seen speaking: certainly a person. */
    boolean personEvidence;
    /** Some mention carried a title or person role ("General", "spokesperson"). */
    boolean titled;
    /** Where the person is a sentence subject or a quote's speaker: what a later "he" most likely means. */
    final List<Integer> salient = new ArrayList<>();

    String canonical() {
        return String.join(" ", name);
    }

    /** The surname: the last name word, or the one before a generational suffix ("Jr.", "III"). */
    String last() {
        return surname(name);
    }

    /**
     * The surname of a name's words: the last word, or the one before it when the last is a
     * generational suffix ("Tobias Wrenfield Jr." is Wrenfield, "Alden Pike III" is Pike), so that a bare
     * surname and the name without its suffix meet the full name.
     */
    static String surname(List<String> name) {
        int last = name.size() - 1;
        return last >= 1 && generationSuffix(name.get(last)) ? name.get(last - 1) : name.get(last);
    }

    /**
     * Is {@code word} an English name's generational suffix: "Jr.", "Sr." (with or without the
     * full stop), or a Roman numeral of two letters or more written in capitals ("II", "IV")?
     */
    static boolean generationSuffix(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String k = w.toLowerCase(Locale.ROOT);
        return k.equals("jr") || k.equals("sr") || k.equals("jnr") || k.equals("snr")
                || w.length() >= 2 && w.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }

    /** Evidence from the name itself: honorifics and first-name statistics. */
    int namedMale;
    int namedFemale;

    /** The name's sex rests on a first name not near all of one sex ("Lindsey"), nothing else named it. */
    boolean weakNameGender;

    /**
     * Is the sex known well enough to rule out a pronoun of the other? Not when only a
     * shared first name says it and no nearby pronoun agrees ("Sen. Lindsey Graham … he").
     */
    boolean genderSure() {
        char g = gender();
        return !weakNameGender || g == 'm' && male > female || g == 'f' && female > male;
    }

    /** The name's evidence decides; pronouns near the mentions only when the name says nothing. */
    char gender() {
        if (namedMale != namedFemale) {
            return namedMale > namedFemale ? 'm' : 'f';
        }
        return male > female ? 'm' : female > male ? 'f' : 0;
    }
}
