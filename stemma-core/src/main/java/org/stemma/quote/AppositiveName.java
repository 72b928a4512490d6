package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stemma.text.PersonNames;

/**
 * The person a role phrase stands in apposition to wherever the name sits in its sentence
 * ("remarks made by Jane Doe, a spokesperson for the agency, who …"): a full name, a comma, then
 * the role. {@link SpeakerResolver#nameBefore} takes any capitalised run, so only where it opens
 * its sentence or follows a verb of saying; here the run may follow any word ("by", "from"), so
 * it must name a person of the article by its surname: a place or an organisation before the
 * comma ("at Acme Corp, a spokesperson said") is no such name.
 */
final class AppositiveName {

    private AppositiveName() {
    }

    /** The name's tokens [n, comma) before the role phrase at {@code s}, or null. */
    static int[] personBefore(Lex lex, int s, People people) {
        if (!lex.isPunct(s - 1, ',') || !lex.capitalised(s - 2) || lex.lineBreakAfter(s - 2)) {
            return null;
        }
        int n = s - 2;
        while (n > 0 && lex.capitalised(n - 1) && !lex.lineBreakAfter(n - 1)) {
            n--;
        }
        List<String> words = new ArrayList<>();
        for (int t = n; t < s - 1; t++) {
            if (!lex.word(t).equals(MentionFinder.stripPossessive(lex.word(t)))) {
                return null; // "Acme's Jane Doe, …": whose, not who; left to the other readers
            }
            words.add(lex.word(t));
        }
        List<String> name = SpeakerResolver.stripTitles(words);
        if (name.size() < 2) {
            return null; // one word may be a place ("in Tallinn, a spokesperson said")
        }
        Person p = people.byName(name, lex.start[n]);
        if (p == null || !p.last().equalsIgnoreCase(Person.surname(name))
                || !PersonNames.canBeSurname(p.last().toLowerCase(Locale.ROOT))) {
            return null; // byName also matches by a first name; "Acme Freight Holdings" ends in a body's word
        }
        // The role after the comma marks any run "titled", so that is no evidence here. A first name of a clear
        // sex is ("Harbor Point Marina" is not): the run's, since a middle initial may leave the article's person
        // the surname alone ("Nora J. Vance" indexed as "Vance"); or evidence the article gives the person elsewhere.
        boolean evidence = PersonNames.givenNameGender(name.get(0)) != 0
                || p.name.size() >= 2 && PersonNames.givenNameGender(p.name.get(0)) != 0
                || p.mentions.size() >= 2 && p.personEvidence;
        return evidence ? new int[]{n, s - 1} : null;
    }
}
