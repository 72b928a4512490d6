package org.stemma.quote;

import org.stemma.quote.QuoteSegment.Attribution;
import org.stemma.text.WordNetNouns;

/**
 * A paragraph that ends in a colon after a statement it introduces ("The Quill family released
 * this statement on Monday:", "Her parents issued the following statement:") hands the statement
 * to the next paragraph, a quotation: whoever issued the statement speaks it. Asked by
 * {@link QuoteAttribution#previousParagraphColon} when no verb of saying names the speaker.
 */
final class StatementIntros {

    private StatementIntros() {
    }

    /** Words that may stand between the statement's noun and the colon ("on Monday", "to the press"). */
    private static final int AFTER_NOUN = 6;

    /** Words that may stand between the determiner and the statement's noun ("the following brief statement"). */
    private static final int BEFORE_NOUN = 3;

    /**
     * The issuer of the statement the sentence [from, colon) introduces: the subject of the verb
     * whose object the statement is ("X released this statement on Monday:"), a name, a role or
     * a group a possessive owns ("Ana Brill's family", "her parents"); null when the sentence is
     * no such introduction.
     */
    static Attribution issuer(Lex lex, int from, int colon) {
        for (int n = colon - 1; n > from && colon - n <= AFTER_NOUN + 1; n--) {
            if (!lex.isWord(n) || lex.cue(n)) {
                return null; // a verb of saying or a clause's punctuation between: not the statement's object
            }
            if (lex.capitalised(n) || !statementNoun(lex, n)) {
                continue;
            }
            int d = n - 1;
            while (d > from && lex.isWord(d) && !Lexicon.DETERMINERS.contains(lex.lower(d)) && n - d <= BEFORE_NOUN) {
                d--;
            }
            int v = d - 1;
            if (!lex.isWord(d) || !Lexicon.DETERMINERS.contains(lex.lower(d)) || v <= from || !lex.isWord(v)
                    || lex.capitalised(v) || Lexicon.FUNCTION_WORDS.contains(lex.lower(v))
                    || Lexicon.DETERMINERS.contains(lex.lower(v))) {
                return null;
            }
            int[] np = ownedGroup(lex, from, v); // first: the subject walk reads "family" as an adverb in "-ly"
            if (np == null) {
                np = SpeakerPhrases.subjectBefore(lex, from, v);
            }
            return np == null ? null : new Attribution(lex.word(v), np[0], np[1]);
        }
        return null;
    }

    /** A noun naming an utterance ("statement", "remarks") or a written document ("letter", "affidavit"). */
    private static boolean statementNoun(Lex lex, int t) {
        String k = Lexicon.key(lex.word(t));
        return Lexicon.CUE_NOUNS.contains(k) || SpeakerPhrases.DOCUMENT_HEADS.contains(k);
    }

    /**
     * A possessive and a lower-case noun that names people in some WordNet sense, opening the
     * sentence and ending right before {@code v} ("Ana Brill's family", "her parents"): the
     * group speaks, as "his family said" does ({@link SpeakerPhrases#groupSpeaking}).
     */
    private static int[] ownedGroup(Lex lex, int from, int v) {
        int head = v - 1;
        int owner = head - 1;
        if (owner < from || !lex.isWord(head) || lex.capitalised(head) || !lex.isWord(owner)
                || !WordNetNouns.personNouns().contains(SpeakerPhrases.stripPlural(lex.word(head)))
                && !WordNetNouns.personNouns().contains(lex.lower(head))) {
            return null;
        }
        if (Lexicon.POSSESSIVE_PRONOUNS.contains(lex.lower(owner))) {
            return owner == from ? new int[]{owner, v} : null;
        }
        String w = lex.word(owner);
        if (!lex.capitalised(owner) || MentionFinder.stripPossessive(w).equals(w)) {
            return null;
        }
        int s = owner;
        while (s > from && lex.isWord(s - 1) && lex.capitalised(s - 1) && !lex.lineBreakAfter(s - 1)) {
            s--;
        }
        return s == from ? new int[]{s, v} : null;
    }
}
