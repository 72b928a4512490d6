package org.stemma.quote;

import java.util.List;
import org.stemma.text.CommonWords;
import org.stemma.text.PersonNames;
import org.stemma.text.Places;

/**
 * Person evidence a name's context gives when the name itself gives none: a first name no list
 * records ("Tavonte Okeke", "Anna-Lise Moreau" hyphenated), no title, no verb of saying beside it.
 * A reader still knows it is a person's when
 * <ul>
 *   <li>an age follows it between commas ("Tavonte Okeke, 34, runs the club"), or</li>
 *   <li>the next "he" or "she" (or "his", "her") outside quotations, in its sentence or the next,
 *       can only mean it: no other name and no person noun ("the coach") comes between.</li>
 * </ul>
 * Only a name shaped like a person's counts: two words or more, the first no common word
 * ({@link CommonWords}: not "Acme Widgets", "Save the Harbour") and no place WordNet names
 * ({@link Places#wordNetPlace}: not "Toronto Wanderers"), no word a country or state
 * ({@link Places#isPlace}), no organisation word, and a last word that can be a surname
 * ({@link PersonNames#canBeSurname}: not a nationality).
 */
final class ContextPersons {

    private ContextPersons() {
    }

    /** Oldest age read after a name; a larger number is a year or a count. */
    private static final int MAX_AGE = 119;

    /**
     * Does the context of mention {@code mi} of {@code mentions} say that {@code name} (the full
     * name of the person it is linked to) is a person's?
     */
    static boolean person(Lex lex, boolean[] inQuote, List<Mention> mentions, int mi, List<String> name) {
        Mention m = mentions.get(mi);
        if (m.org() || m.inQuote() || !personShaped(name)) {
            return false;
        }
        return aged(lex, m.tokenEnd()) || referredBack(lex, inQuote, mentions, mi, name);
    }

    /**
     * Two words or more, the first no common word and no place WordNet names ("Toronto"), none a
     * country or state, the last a possible surname.
     */
    static boolean personShaped(List<String> name) {
        if (name.size() < 2) {
            return false;
        }
        String first = Lexicon.key(name.get(0));
        if (first.length() < 2 || CommonWords.common(first) || Places.wordNetPlace(name.get(0))
                || !first.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return false;
        }
        for (String w : name) {
            if (Places.isPlace(w) || Lexicon.ORG_WORDS.contains(Lexicon.key(w))) {
                return false;
            }
        }
        return PersonNames.canBeSurname(Lexicon.key(Person.surname(name)));
    }

    /** ", 34," or ", 34." right after the name at token {@code t}: the person's age. */
    static boolean aged(Lex lex, int t) {
        if (!lex.isPunct(t, ',') || !lex.isWord(t + 1) || !(lex.isPunct(t + 2, ',') || lex.isPunct(t + 2, '.'))) {
            return false;
        }
        String w = lex.word(t + 1);
        if (w.isEmpty() || w.length() > 3 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int age = Integer.parseInt(w);
        return age >= 1 && age <= MAX_AGE;
    }

    /**
     * Is the first "he", "him", "his", "she" or "her" outside quotations after the mention, in its
     * sentence or the next, one only the mention can mean? Not after a preposition, where the
     * mention is part of another phrase; another name that could be a person's, or a person noun,
     * on the way may be what the pronoun means instead.
     */
    private static boolean referredBack(Lex lex, boolean[] inQuote, List<Mention> mentions, int mi, List<String> name) {
        Mention m = mentions.get(mi);
        int before = m.tokenStart() - 1;
        if (lex.isWord(before) && SpeakerRanker.PREPOSITIONS.contains(lex.lower(before))) {
            return false; // "the head of Tavonte Motors said his firm": the pronoun means the phrase's head
        }
        int next = mi + 1;
        int sentenceEnds = 0;
        for (int t = m.tokenEnd(); t < lex.size; t++) {
            while (next < mentions.size() && mentions.get(next).tokenStart() < t) {
                next++;
            }
            if (next < mentions.size() && mentions.get(next).tokenStart() == t) {
                Mention o = mentions.get(next);
                if (!o.inQuote() && couldBeAnother(lex, o, name)) {
                    return false;
                }
            }
            if (inQuote[t]) {
                continue;
            }
            if (lex.isWord(t)) {
                String lower = lex.lower(t);
                char g = Lexicon.pronounGender(lower);
                if (g == 'm' || g == 'f') {
                    return true;
                }
                if (!lex.capitalised(t) && Lexicon.PERSON_HEADS.contains(lex.key(t))) {
                    return false; // "…, its coach said he": the pronoun may mean the person the noun names
                }
            }
            if (lex.endsSentence(t) || lex.lineBreakAfter(t) && !inQuote[Math.min(t + 1, lex.size - 1)]) {
                if (++sentenceEnds == 2) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Could mention {@code o} be a person other than the one named {@code name}? Not an
     * organisation, a place, a run of common words only ("Save the Harbour"), a name after "the"
     * ("the Calder Pavilion"), nor a shorter form of the same name ("Okeke").
     */
    private static boolean couldBeAnother(Lex lex, Mention o, List<String> name) {
        if (o.org() || o.tokenStart() > 0 && lex.isWord(o.tokenStart() - 1) && lex.lower(o.tokenStart() - 1).equals("the")) {
            return false;
        }
        boolean allCommon = true;
        boolean allOurs = true;
        for (String w : o.name()) {
            String k = Lexicon.key(w);
            allCommon &= CommonWords.common(k) || Lexicon.FUNCTION_WORDS.contains(k);
            allOurs &= name.stream().anyMatch(n -> n.equalsIgnoreCase(w) || Lexicon.key(n).equals(k));
            if (Places.isPlace(w)) {
                return false;
            }
        }
        return !allCommon && !allOurs;
    }
}
