package org.stemma.quote;

import org.stemma.text.CommonWords;
import org.stemma.text.FirstNames;
import org.stemma.text.NounModifiers;

/**
 * Capitalised words that modify a noun phrase and name nobody, so {@link MentionFinder} makes no
 * mention of them: a compound adjective ("Well-known"), and a proper adjective before a lower-case
 * noun ("the former French colonies", "Chinese state media reported").
 */
final class NameModifiers {

    private NameModifiers() {
    }

    /**
     * Is the word at {@code i} a compound adjective WordNet writes in lower case, capitalised
     * ("Fast-growing", "Well-known")? No name: a hyphenated name is not in WordNet's common words.
     */
    static boolean compound(Lex lex, int i) {
        String k = lex.key(i);
        return k.indexOf('-') > 0 && CommonWords.modifier(k) && !lex.title(i);
    }

    /**
     * Does the capitalised run [i, j) end in an adjective WordNet writes with a capital
     * ({@link NounModifiers#properAdjective}: "French", "Israeli") right before a lower-case noun of
     * the same phrase ({@link NounModifiers#noun}: "colonies", "empires")? The noun heads the
     * phrase; the adjective says whose it is. Such a word is a name only before a verb ("Roman
     * said", "Judith French told"), so a verb of saying, an auxiliary or a function word after it,
     * a possessive, a title or a recorded first name inside a longer run keeps the run a name; so
     * does a title-case headline, where every word is capitalised. Before a noun that heads a
     * speaker's phrase ("French officials", "Federal prosecutors") the run stays a mention: the
     * speaker ranker reads it as part of that phrase, which names the group, not a person.
     */
    static boolean beforeNoun(Lex lex, int i, int j) {
        int last = j - 1;
        if (i < lex.titleCaseEnd || j >= lex.size || lex.lineBreakAfter(last)
                || !lex.word(last).equals(MentionFinder.stripPossessive(lex.word(last)))
                || !NounModifiers.properAdjective(lex.key(last))) {
            return false;
        }
        for (int t = i; t < j; t++) {
            if (lex.title(t) || t < last && FirstNames.known(lex.word(t))) {
                return false;
            }
        }
        if (!commonNoun(lex, j)) {
            return false;
        }
        // "Federal prosecutors", "French military officials": the phrase names a speaker, and the
        // speaker ranker reads the adjective as part of it; only before other nouns would it stand alone
        for (int t = j; t < lex.size && t < j + 4 && commonNoun(lex, t) && !lex.lineBreakAfter(t - 1); t++) {
            String k = lex.key(t);
            if (Lexicon.PERSON_HEADS.contains(SpeakerPhrases.stripPlural(k)) || SpeakerPhrases.ORG_HEADS.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** Is the word at {@code t} a lower-case WordNet noun, no verb of saying, auxiliary or function word? */
    private static boolean commonNoun(Lex lex, int t) {
        if (!lex.isWord(t) || lex.capitalised(t)) {
            return false;
        }
        String k = lex.key(t);
        return NounModifiers.noun(k) && !lex.cue(t) && !Lexicon.FUNCTION_WORDS.contains(k)
                && !Lexicon.AUXILIARIES.contains(k) && !Lexicon.DETERMINERS.contains(k);
    }
}
