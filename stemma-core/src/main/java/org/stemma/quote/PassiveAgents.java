package org.stemma.quote;

import static org.stemma.quote.SpeakerPhrases.forwardNP;
import static org.stemma.quote.SpeakerPhrases.validSubject;

/**
 * The agent of a passive verb of saying is the speaker ("described by prosecutors as the "…"",
 * "dubbed "…" by H.L. Mencken"): the phrase after "by", not the subject the words describe.
 * Asked by {@link QuoteAttribution} (the attribution's phrase) and {@link SpeakerRanker} (its
 * "verb of saying before" feature).
 */
final class PassiveAgents {

    private PassiveAgents() {
    }

    /**
     * The agent of a passive verb of saying at {@code v}, the phrase after "by" that can speak,
     * when it ends at "as" or at {@code to}, the quotation's opening mark ("She was described by
     * prosecutors as the "…"", "a plan dubbed by critics "…""): the agent said the words, not the
     * subject they describe. The agent may also end at a description set off by commas or a reported
     * question ("was asked by host Tom Becker, who backs her, "…"", "… by Tom Becker whether …"). Only
     * a past form in "-ed" takes "by" so; null otherwise.
     */
    static int[] passiveAgent(Lex lex, int v, int to) {
        if (v + 2 >= to || !lex.lower(v).endsWith("ed") || !lex.isWord(v + 1) || !lex.lower(v + 1).equals("by")
                || lex.lineBreakAfter(v)) {
            return null;
        }
        int q = v + 3;
        while (q < to && q - v < QUESTION_REACH && !(lex.isWord(q) && QUESTION_OPENERS.contains(lex.lower(q)))) {
            q++;
        }
        // "by Tom Becker whether the plan …": the question is no part of the asker's phrase
        int[] np = forwardNP(lex, v + 2, q < to && q - v < QUESTION_REACH ? q : to);
        if (np == null || !validSubject(lex, np[0], np[1])) {
            return null;
        }
        boolean ends = np[1] == to || lex.isWord(np[1]) && lex.lower(np[1]).equals("as") && np[1] + 1 < to
                && (np[1] + 2 == to || np[1] + 3 == to && Lexicon.DETERMINERS.contains(lex.lower(np[1] + 1)));
        return ends || describedAgent(lex, np[1], to) || questionAfter(lex, np[1], to) ? np : null;
    }

    /**
     * Does a description set off by commas run from the agent's end {@code e} to the quotation's
     * opening mark at {@code to}: "was asked by host Tom Becker, who backs her, "…?""? A relative
     * clause's "who" or "which" opens it and a comma closes it right before the mark.
     */
    private static boolean describedAgent(Lex lex, int e, int to) {
        return e + 2 < to && lex.isPunct(e, ',') && lex.isWord(e + 1) && RELATIVES.contains(lex.lower(e + 1))
                && lex.isPunct(to - 1, ',') && noSentenceEnd(lex, e, to);
    }

    /**
     * Does a reported question follow the agent's end {@code e} up to the quotation at {@code to}:
     * "was asked by host Tom Becker whether the plan would risk "…""? The asker's words.
     */
    private static boolean questionAfter(Lex lex, int e, int to) {
        return e + 1 < to && lex.isWord(e) && QUESTION_OPENERS.contains(lex.lower(e)) && noSentenceEnd(lex, e, to);
    }

    private static boolean noSentenceEnd(Lex lex, int from, int to) {
        for (int t = from; t < to; t++) {
            if (lex.endsSentence(t) || lex.lineBreakAfter(t)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens from the verb to a reported question's opening word ("asked by Fox Business moderator Ann Cole whether"). */
    private static final int QUESTION_REACH = 10;

    /** Relative pronouns that open a description of a person (English grammar's closed class). */
    private static final java.util.Set<String> RELATIVES = Lexicon.words("who", "which");

    /** Words that open a reported yes-no or wh- question (English grammar's closed class). */
    private static final java.util.Set<String> QUESTION_OPENERS = Lexicon.words("whether", "if", "why", "how", "what");

    /**
     * Is token {@code by} the "by" of a passive verb of saying, right after the verb ("described
     * by") or after a quotation the verb introduces ("dubbed "…" by")? The phrase after it speaks.
     */
    static boolean passiveBy(Lex lex, boolean[] inQuote, int by) {
        if (by < 1 || !lex.isWord(by) || !lex.lower(by).equals("by") || inQuote[by]) {
            return false;
        }
        int v = by - 1;
        while (v > 0 && inQuote[v] && by - v < 80) {
            v--; // over the quotation to the verb before its opening mark
        }
        return v >= 0 && !inQuote[v] && lex.isWord(v) && lex.cue(v) && lex.lower(v).endsWith("ed") && !lex.lineBreakAfter(v)
                && (v == by - 1 || inQuote[v + 1]);
    }

    /**
     * The agent after a quotation that a passive verb of saying right before its opening mark
     * takes ("dubbed "…" by famed journalist H.L. Mencken"): the phrase after "by" at {@code from},
     * the first token after the closing mark; null when none can speak.
     */
    static int[] agentAfter(Lex lex, int cueBefore, int from, int to) {
        if (cueBefore < 0 || !lex.isWord(cueBefore) || !lex.cue(cueBefore) || !lex.lower(cueBefore).endsWith("ed")
                || from >= to || !lex.isWord(from) || !lex.lower(from).equals("by")) {
            return null;
        }
        int[] np = forwardNP(lex, from + 1, to);
        return np != null && validSubject(lex, np[0], np[1]) ? np : null;
    }
}
