package org.stemma.quote;

import java.util.HashSet;
import java.util.Set;
import org.stemma.text.FirstNames;

/**
 * The role words an appositive gives a name: "his Malian counterpart, Abdoulaye Diop" (before
 * it), "Diarra, the chief of staff of Mali's Air Force," (after it). Moved out of
 * {@link MentionFinder}, which gathers a mention's roles, to keep that class short.
 */
final class Appositives {

    private Appositives() {
    }

    /** Collects the words of a short appositive noun phrase, walking left (-1) or right (+1). */
    static void collect(Lex lex, int from, int dir, Set<String> roles) {
        Set<String> got = new HashSet<>();
        boolean personHead = false;
        int t = from;
        for (int steps = 0; steps < 12 && t >= 0 && t < lex.size; steps++, t += dir) {
            if (!lex.isWord(t)) {
                if (lex.apostrophe(t)) {
                    continue;
                }
                break;
            }
            String k = lex.key(t);
            if (k.equals("who") || k.equals("which") || Lexicon.isCue(k)) {
                break;
            }
            got.add(k);
            if (Lexicon.PERSON_HEADS.contains(k)) {
                personHead = true;
            }
            if (dir < 0 && Lexicon.DETERMINERS.contains(k)) {
                break;
            }
        }
        if (personHead) {
            roles.addAll(got);
        }
    }

    /**
     * Is the mention {@code m}, a person's ending at token {@code t} right before a comma, a
     * person's name: titled or opening with a recorded first name, its last word no title or
     * person noun? Then the words before the comma are no appositive of the next name: "According
     * to a statement from coroner Dr. Mara Quill, Tobin ran" gives Tobin no role; the role is
     * Quill's. (Not so "The Foreign Minister, Lou Jiwei": a title ends the run before the comma;
     * nor "the head of Cease Fire, Ulysses Floyd": no person's name.)
     */
    static boolean personName(Lex lex, Mention m, int t) {
        return lex.capitalised(t) && !lex.title(t) && !Lexicon.PERSON_HEADS.contains(lex.key(t))
                && (m.titled() || FirstNames.known(m.name().get(0)));
    }
}
