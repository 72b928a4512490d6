package org.stemma.quote;

import static org.stemma.quote.SpeakerPhrases.subjectBefore;
import static org.stemma.quote.SpeakerPhrases.validSubject;

/**
 * The subject of a sentence or clause, for quote attribution: the name or pronoun opening an
 * attribution clause, the sentence's subject for a partial quote no verb of saying vouches for,
 * and whether a name or pronoun is its sentence's subject at all (after an opening phrase or a
 * leading subordinate clause). Split off {@link QuoteAttribution}, which searches for the verb of
 * saying around a quote and asks these when it needs the subject.
 */
final class SentenceSubjects {

    private SentenceSubjects() {
    }

    /** A name or pronoun opening an attribution clause [i, v), with whatever follows it skipped. */
    static int[] leadingName(Lex lex, int i, int v) {
        if (!lex.isWord(i)) {
            return null;
        }
        if (Lexicon.pronounGender(lex.lower(i)) != 0) {
            return new int[]{i, i + 1};
        }
        int e = i;
        while (e < v && lex.isWord(e) && (lex.capitalised(e) || e > i && lex.capitalised(e + 1)
                && lex.lower(e).length() <= 3 && !Lexicon.FUNCTION_WORDS.contains(lex.lower(e)))) {
            e++;
        }
        if (e == i || e < v && !lex.isPunct(e, ',')) {
            return null;
        }
        return validSubject(lex, i, e) ? new int[]{i, e} : null;
    }

    /** The subject at the start of the sentence holding token {@code v}: a pronoun or a name. */
    static int[] sentenceSubject(Lex lex, boolean[] inQuote, int v) {
        int ss = v;
        while (ss > 0 && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1)
                && (inQuote == null || !inQuote[ss - 1]) && v - ss < 60) {
            ss--;
        }
        // The subject of an earlier verb of saying in the sentence: "X stated that ..., pledging that "..."".
        for (int t = ss + 1; t < v; t++) {
            if ((inQuote == null || !inQuote[t]) && lex.isWord(t) && lex.cue(t) && !lex.lower(t).endsWith("ing")) {
                int[] np = subjectBefore(lex, ss, t);
                if (np != null) {
                    return np;
                }
            }
        }
        // Skip a leading subordinate clause or adverbial: "Though she never mentioned him, Clinton ..."
        if (lex.isWord(ss) && (Lexicon.FUNCTION_WORDS.contains(lex.lower(ss)) || Lexicon.NOT_NAME.contains(lex.lower(ss)))
                && Lexicon.pronounGender(lex.lower(ss)) == 0 && !Lexicon.DETERMINERS.contains(lex.lower(ss))) {
            int c = ss;
            while (c < v && !lex.isPunct(c, ',')) {
                c++;
            }
            if (c >= v) {
                return null;
            }
            ss = c + 1;
        }
        return subjectOpening(lex, ss, v);
    }

    /**
     * Is the name [ts, te) a sentence's subject though it does not open the sentence: set off by
     * commas before a verb of saying, renaming the subject ("The leader of the league, Jon Greer,
     * warned"), or opening the main clause after a leading subordinate clause ("When the subject
     * comes up, Fiorina characterizes herself …")?
     */
    static boolean subjectInside(Lex lex, boolean[] inQuote, int ts, int te) {
        if (!lex.isPunct(ts - 1, ',')) {
            return false;
        }
        if (lex.isPunct(te, ',')) {
            int v = te + 1;
            while (lex.isWord(v) && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(v))) {
                v++;
            }
            return lex.isWord(v) && lex.cue(v) && !inQuote[v];
        }
        if (!lex.isWord(te) || lex.capitalised(te)) {
            return false;
        }
        int[] np = sentenceSubject(lex, inQuote, te + 1);
        return np != null && np[0] == ts || openingPhraseBefore(lex, inQuote, ts - 1);
    }

    /**
     * Is the pronoun at {@code t} its sentence's subject: opening the sentence or a clause after a
     * semicolon, or after the comma of a sentence-opening phrase or a leading subordinate clause
     * or adverbial ("Although Ford had outlined the book, he …", "On July 27, 2006, he …")?
     */
    static boolean pronounSubject(Lex lex, boolean[] inQuote, int t) {
        if (lex.opensSentence(t) || lex.isPunct(t - 1, ';')) {
            return true;
        }
        if (!lex.isPunct(t - 1, ',') || openingPhraseBefore(lex, inQuote, t - 1)) {
            return lex.isPunct(t - 1, ',');
        }
        int ss = t - 1;
        while (ss > 0 && t - ss < LEADING_CLAUSE && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1)) {
            if (inQuote[ss - 1] || lex.isWord(ss - 1) && lex.cue(ss - 1)) {
                return false; // a quotation or a verb of saying: the pronoun is inside what is reported
            }
            ss--;
        }
        boolean opens = lex.opensSentence(ss);
        String first = lex.isWord(ss) ? lex.lower(ss) : "";
        return opens && Lexicon.FUNCTION_WORDS.contains(first) && Lexicon.pronounGender(first) == 0
                && !Lexicon.DETERMINERS.contains(first);
    }

    /** Tokens a leading subordinate clause or adverbial may take before the subject's comma. */
    private static final int LEADING_CLAUSE = 30;

    /**
     * Is the comma at {@code comma} the end of a sentence-opening phrase of lower-case words with
     * no pronoun and no verb of saying ("An agreeable, funny woman in her 80s, Jane Starner lives",
     * "In the morning, Starner left")? What follows it opens the main clause.
     */
    private static boolean openingPhraseBefore(Lex lex, boolean[] inQuote, int comma) {
        int t = comma - 1;
        for (int words = 0; t >= 0 && words < OPENING_PHRASE; t--) {
            if (inQuote[t] || lex.lineBreakAfter(t) || lex.endsSentence(t)) {
                break;
            }
            if (lex.isWord(t)) {
                words++;
                String w = lex.lower(t);
                if (Lexicon.pronounGender(w) != 0 && !w.equals("his") && !w.equals("her") && !w.equals("their")
                        || lex.cue(t) || lex.capitalised(t) && !lex.opensSentence(t)) {
                    return false;
                }
            } else if (!lex.isPunct(t, ',')) {
                return false;
            }
        }
        return t < comma - 1 && (t < 0 || lex.lineBreakAfter(t) || lex.endsSentence(t));
    }

    /** Words a sentence-opening phrase may take before its comma. */
    private static final int OPENING_PHRASE = 16;

    /**
     * Is the name [ts, te) the subject of the clause a verb of saying reports, not the speaker
     * ("Villa said Tyvak would leverage …")? An auxiliary after it tells.
     */
    static boolean reportedClauseSubject(Lex lex, int ts, int te) {
        return lex.isWord(ts - 1) && lex.cue(ts - 1) && lex.isWord(te) && Lexicon.AUXILIARIES.contains(lex.lower(te));
    }

    /**
     * The subject after an opening adverbial whose first word, at token {@code opener}, the rules
     * took for a name ("Hours later, Trump returned the compliment, telling Reuters", "Horrified at
     * the prospect, Ramos believes"): the name or pronoun after the adverbial's comma, or null.
     * The caller knows the word is no name ({@link People#opener}: it only ever opens sentences). A
     * group's plural opening the sentence is the subject itself ({@link GroupSubjects#opensSentence}).
     */
    static int[] subjectAfterOpening(Lex lex, boolean[] inQuote, int opener) {
        if (GroupSubjects.opensSentence(lex, opener)) {
            return new int[]{opener, opener + 1}; // "Investigators determined …": no name, no adverbial: the group
        }
        if (!lex.isWord(opener + 1) || lex.capitalised(opener + 1)) {
            return null; // "Hours later," — a lower-case word follows the opening word
        }
        int c = opener + 1;
        while (c < lex.size && c - opener < ADVERBIAL && !inQuote[c] && !lex.isPunct(c, ',')
                && !lex.lineBreakAfter(c - 1) && !lex.endsSentence(c - 1)) {
            c++;
        }
        return c < lex.size && lex.isPunct(c, ',') && !inQuote[c] ? subjectOpening(lex, c + 1, lex.size) : null;
    }

    /** Words an opening adverbial may take before its comma ("Ever since she endorsed Mrs. Clinton this month,"). */
    private static final int ADVERBIAL = 12;

    /** A pronoun, or a capitalised run followed by a lower-case word before {@code v}, opening at {@code ss}. */
    private static int[] subjectOpening(Lex lex, int ss, int v) {
        if (!lex.isWord(ss)) {
            return null;
        }
        if (Lexicon.pronounGender(lex.lower(ss)) != 0) {
            return new int[]{ss, ss + 1};
        }
        int e = ss;
        while (e < v && lex.isWord(e) && lex.capitalised(e)) {
            e++;
        }
        if (e == ss || e >= v || !lex.isWord(e) || lex.capitalised(e)) {
            return null;
        }
        return validSubject(lex, ss, e) ? new int[]{ss, e} : null;
    }
}
