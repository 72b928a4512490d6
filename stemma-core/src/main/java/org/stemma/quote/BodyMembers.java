package org.stemma.quote;

import java.util.Set;
import org.stemma.text.Places;

/**
 * "Members of Harbor Watch said …", "leaders of the Riverside Tenants Union", "representatives of
 * Harbor Mills": people named only by their place in a body speak for it, and a reader names the
 * body (issue 18, session 19). The nouns are the person nouns ({@link Lexicon#PERSON_HEADS}) whose
 * most frequent person sense in Princeton WordNet 3.0 is one of five synsets naming someone by a
 * place in a group, as person-nouns.tsv records it: member.n.01 (10307234, "one of the persons who
 * compose a social group"), official.n.01 (10372373, official, functionary), representative.n.01
 * (10522035), leader.n.01 (09623038) and employee.n.01 (10053808); and the spokesperson nouns
 * ({@link Lexicon#SPOKESPERSONS}). Not "friends", "critics" or "supporters of X": they are not X.
 */
final class BodyMembers {

    private BodyMembers() {
    }

    /** WordNet 3.0 lemmas of the five synsets above that person-nouns.tsv has in use as heads. */
    static final Set<String> NOUNS = Set.of("member", "official", "functionary", "representative", "leader", "employee");

    /** Is {@code word} the regular plural of such a noun ("members", "officials", "spokesmen" no: irregular)? */
    static boolean plural(String word) {
        String one = SpeakerPhrases.stripPlural(word);
        return !one.equals(Lexicon.key(word)) && (NOUNS.contains(one) || Lexicon.SPOKESPERSONS.contains(one));
    }

    /**
     * Does the capitalised word at {@code i} open its sentence as such a plural, "of" and a
     * capitalised name after it ("Members of Harbor Watch were …")? It is the group's noun, no
     * name of its own.
     */
    static boolean opensBeforeBody(Lex lex, int i) {
        return MentionFinder.opensSentence(lex, i) && lex.capitalised(i) && plural(lex.word(i))
                && i + 1 < lex.size && lex.isWord(i + 1) && lex.lower(i + 1).equals("of") && !lex.lineBreakAfter(i)
                && SpeakerResolver.nameAfter(lex, i + 1, 6) != null;
    }

    /**
     * The body a plural phrase [s, e) such as "members" or "the union's leaders" belongs to when "of"
     * or "from" and its name follow at {@code e}: "members of Harbor Watch" → Harbor Watch,
     * "officials from Harbor Mills" → Harbor Mills. Null when the
     * phrase's last word is no such plural, no capitalised name follows, or the name is a person's
     * or a place's ("leaders of Ukraine": a country, not a body that speaks).
     */
    static String bodyOf(Lex lex, int s, int e, People people) {
        if (e <= s || e >= lex.size || !lex.isWord(e - 1) || !plural(lex.word(e - 1)) || !lex.isWord(e)
                || !(lex.lower(e).equals("of") || lex.lower(e).equals("from")) || lex.lineBreakAfter(e - 1)) {
            return null;
        }
        int[] run = SpeakerResolver.nameAfter(lex, e, 6);
        if (run == null || Places.isPlace(lex.text.substring(lex.start[run[0]], lex.end[run[1] - 1]))) {
            return null;
        }
        return ActingOrganisations.nameAfter(lex, e, people);
    }
}
