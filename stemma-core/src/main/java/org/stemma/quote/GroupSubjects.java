package org.stemma.quote;

/**
 * A plural group as a sentence's subject: a word opening its sentence, capitalised only because
 * it opens it, that is the regular plural of a WordNet person noun ("Prosecutors", "Deputies",
 * {@link SpeakerPhrases#stripPlural}, {@link Lexicon#PERSON_HEADS}) or a plural body noun a
 * subject can have ("Authorities", {@link SpeakerPhrases#ORG_HEADS}). Such a word is no name, so
 * {@link People} drops it as a sentence opener; but it is no adverbial either ("Investigators
 * determined …", "Officers on the scene told …"): the group is the subject a reader hears.
 */
final class GroupSubjects {

    private GroupSubjects() {
    }

    /**
     * Is the word at {@code t} a group's plural head opening its sentence, a lower-case word after
     * it ("Prosecutors alleged", "Officers on the scene")? Not a possessive ("Officers' union").
     */
    static boolean opensSentence(Lex lex, int t) {
        if (t < 0 || t + 1 >= lex.size || !lex.isWord(t) || !lex.opensSentence(t) || !lex.capitalised(t)
                || lex.possessive(t) || !lex.isWord(t + 1) || lex.capitalised(t + 1) || lex.lineBreakAfter(t)) {
            return false;
        }
        return groupHead(lex.key(t));
    }

    /** Is {@code k} (a word's key) the plural of a person noun, or a plural body noun ("authorities", "officials")? */
    static boolean groupHead(String k) {
        if (!SpeakerPhrases.stripPlural(k).equals(k)) {
            return true; // "prosecutors" → "prosecutor"
        }
        return k.length() > 3 && k.endsWith("s") && !k.endsWith("ss") && SpeakerPhrases.ORG_HEADS.contains(k)
                && !SpeakerPhrases.DOCUMENT_HEADS.contains(k) && !Lexicon.FUNCTION_WORDS.contains(k);
    }
}
