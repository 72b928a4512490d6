package org.stemma.quote;

import java.util.List;

/**
 * A verb of saying inside a leading subordinate clause does not govern a quotation after the main
 * clause: "After Tom Becker criticized the budget, Ann Whitby shot back, "…"" (Ann Whitby), "When
 * the mayor suggested the yard would close, Whitby fired back: "…"" (Whitby). The subordinate
 * clause tells what came before; the main clause's subject answers with the quoted words. The
 * ranker weighs the verb of saying in the clause ("criticized", "suggested") and takes its subject;
 * {@link SpeakerRanker#best} asks here. A quotation inside the subordinate clause stays its
 * subject's ("After Becker called it "a mess," Whitby left").
 */
final class LeadingClauses {

    private LeadingClauses() {
    }

    /** Tokens the main clause's subject and verb may take before the quotation's opening mark. */
    private static final int MAIN_CLAUSE_REACH = 8;

    /**
     * The option opening the main clause when the ranker's choice {@code best} stands in a
     * subordinate clause that opens the quotation's sentence ("After", "When", "While", …) and ends
     * at its first comma, and the main clause's subject follows that comma with a lower-case word
     * (its verb) and no other name or pronoun before the quotation; else {@code best}.
     */
    static SpeakerRanker.Option speaker(Lex lex, boolean[] inQuote, QuoteSegment s, List<SpeakerRanker.Option> options,
                                        SpeakerRanker.Option best) {
        if (!best.continuation() && best.start() >= s.lastTok) {
            return insideClause(lex, inQuote, s, options, best);
        }
        if (best.continuation() || best.end() > s.firstTok) {
            return best;
        }
        int ss = QuoteFeatures.sentenceStart(lex, inQuote, s.firstTok);
        if (best.start() < ss || !lex.isWord(ss) || lex.lineBreakAfter(ss)
                || !PronounReferents.SUBORDINATORS.contains(lex.lower(ss))) {
            return best;
        }
        int comma = ss + 1;
        while (comma < s.firstTok && !(lex.isPunct(comma, ',') && !inQuote[comma])) {
            if (inQuote[comma] || lex.lineBreakAfter(comma)) {
                return best; // a quotation or a paragraph inside the leading clause: not this shape
            }
            comma++;
        }
        if (comma >= s.firstTok - 1 || best.end() > comma) {
            return best;
        }
        SpeakerRanker.Option subject = null;
        for (SpeakerRanker.Option o : options) {
            if (!o.continuation() && o.start() == comma + 1) {
                subject = o;
            }
        }
        if (subject == null || subject.end() >= s.firstTok || s.firstTok - subject.end() > MAIN_CLAUSE_REACH
                || !lex.isWord(subject.end()) || lex.capitalised(subject.end())
                || Lexicon.FUNCTION_WORDS.contains(lex.lower(subject.end()))
                && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(subject.end()))) {
            return best; // no subject with its verb right after the comma ("After it rained, in Dover, …")
        }
        for (SpeakerRanker.Option o : options) {
            if (!o.continuation() && o != subject && o.start() >= subject.end() && o.end() <= s.firstTok) {
                return best; // "…, Whitby told Becker, "…"": another mention nearer the quotation; the ranker weighs it
            }
        }
        for (int t = subject.end(); t < s.firstTok; t++) {
            if (inQuote[t] || lex.endsSentence(t) || lex.lineBreakAfter(t)) {
                return best;
            }
        }
        return subject;
    }

    /**
     * The subordinate clause's subject when the quotation closes a leading subordinate clause and
     * the ranker chose the main clause's subject right after it: in "After Ann Reed said it might
     * work in "smaller districts," Tom Berg said: …" and "While Mary Lowe, for the older members,
     * made a case for "a leaner budget," Paul Hart attacked …" the quoted words are the clause
     * subject's, Reed's and Lowe's; the main clause tells what came next. Else {@code best}.
     */
    private static SpeakerRanker.Option insideClause(Lex lex, boolean[] inQuote, QuoteSegment s,
                                                     List<SpeakerRanker.Option> options, SpeakerRanker.Option best) {
        int ss = QuoteFeatures.sentenceStart(lex, inQuote, s.firstTok);
        if (ss >= s.firstTok || !lex.isWord(ss) || !PronounReferents.SUBORDINATORS.contains(lex.lower(ss))) {
            return best;
        }
        int inner = s.lastTok - 1;
        while (inner > s.firstTok && !lex.isWord(inner) && !lex.isPunct(inner, ',')) {
            inner--; // past the closing mark, one token or two ('')
        }
        int main = lex.isPunct(inner, ',') ? s.lastTok : lex.isPunct(s.lastTok, ',') ? s.lastTok + 1 : -1;
        if (main < 0 || best.start() - main > MAIN_CLAUSE_REACH) {
            return best; // the quotation does not end the clause: no comma closes it
        }
        for (int t = main; t < best.start(); t++) {
            if (inQuote[t] || lex.endsSentence(t) || lex.lineBreakAfter(t)) {
                return best;
            }
        }
        boolean opens = false;
        for (SpeakerRanker.Option o : options) {
            opens |= !o.continuation() && o.start() == main;
        }
        if (!opens) {
            return best; // the main clause does not open with a name or phrase the ranker weighed
        }
        SpeakerRanker.Option subject = null;
        for (SpeakerRanker.Option o : options) {
            if (!o.continuation() && o.start() == ss + 1 && o.end() < s.firstTok) {
                subject = o;
            }
        }
        if (subject == null || !lex.isWord(subject.end()) && !lex.isPunct(subject.end(), ',')
                || lex.isWord(subject.end()) && lex.capitalised(subject.end())) {
            return best;
        }
        int commas = 0;
        for (int t = subject.end(); t < s.firstTok; t++) {
            if (inQuote[t] || lex.endsSentence(t) || lex.lineBreakAfter(t)) {
                return best;
            }
            commas += lex.isPunct(t, ',') ? 1 : 0;
        }
        // No comma, or one pair setting off an aside right after the subject ("Lowe, for the older members,").
        boolean aside = commas == 2 && lex.isPunct(subject.end(), ',');
        return commas == 0 || aside ? subject : best;
    }
}
