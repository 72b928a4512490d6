package org.stemma.quote;

import java.util.List;
import java.util.Set;

/**
 * Whose words is a partial quotation inside a sentence whose subject is a pronoun? The verb of
 * saying nearest before the quotation governs it, and that verb's subject said the words: "He
 * rejected what the mayor called "a reckless plan"" (the mayor), "She said her rival, Ann Cole,
 * had dubbed it "a stunt"" (Ann Cole). A pronoun right after that verb is the subject of the
 * clause it reports, not its speaker: "The agency reviewed the file and said she "misled
 * investigators"" (the agency). The ranker weighs where mentions stand, not which verb the
 * quotation hangs on, so it takes the pronoun; {@link SpeakerRanker#best} asks here first. Likewise a
 * name in an earlier clause of the sentence is what is talked about when a conjunction opens the
 * clause of the governing verb: "Deputies did not say what the men heard when Cole was hit, but
 * they described it as "a rap song"" (the deputies).
 */
final class PartialQuoteSpeakers {

    private PartialQuoteSpeakers() {
    }

    /** Tokens between the governing verb of saying and the quotation's opening mark. */
    private static final int REACH = 12;

    /**
     * The option that said partial quotation {@code s} when the ranker's choice {@code best} is a
     * subject pronoun ("he", "she", "they", "we", "it"; not the "her" of "quoted her as saying") before it
     * in its sentence and the verb of saying nearest before the quotation has
     * another subject among the options, or when {@code best} is another mention before that verb
     * and the verb's subject opens a clause of its own after a conjunction ("…, but they described
     * it as "…"", "while Cole called it "…""); else {@code best}.
     */
    static SpeakerRanker.Option speaker(Lex lex, boolean[] inQuote, QuoteSegment s, List<SpeakerRanker.Option> options,
                                        SpeakerRanker.Option best) {
        if (!s.partial || best.continuation() || best.end() > s.firstTok) {
            return best;
        }
        int ss = QuoteFeatures.sentenceStart(lex, inQuote, s.firstTok);
        if (best.start() < ss) {
            return best;
        }
        SpeakerRanker.Option closing = closingAttribution(lex, inQuote, s, options, best);
        if (closing != null) {
            return closing;
        }
        int c = governingCue(lex, inQuote, ss, s.firstTok);
        if (c < 0) {
            return best;
        }
        boolean pronoun = best.end() - best.start() == 1 && SpeakerRanker.PRONOUNS.contains(lex.lower(best.start()));
        int[] subject;
        if (!pronoun) {
            // "Deputies did not say what the men heard when Cole was hit, but they described it as "…"": a name
            // inside an earlier clause is what is talked about; the nearer verb's own subject said the words
            subject = c >= best.end() && best.features()[SpeakerRanker.FEATURES.indexOf("accordingTo")] == 0
                    && !(lex.isWord(c + 1) && Lexicon.AUXILIARIES.contains(lex.lower(c + 1)))
                    ? SpeakerPhrases.subjectBefore(lex, best.end(), c) : null;
            if (subject == null && c >= best.end() && best.features()[SpeakerRanker.FEATURES.indexOf("accordingTo")] == 0) {
                subject = setOffSubject(lex, options, best.end(), c); // "…, but Ann Cole, chair of the trust, told"
            }
            if (subject == null || subject[0] < best.end() || !opensClause(lex, subject[0])) {
                return best;
            }
        } else if (c >= best.end()) {
            // "He rejected what the mayor called "…"": the nearer verb's own subject, after the pronoun
            subject = SpeakerPhrases.subjectBefore(lex, best.end(), c);
            if (subject == null) {
                subject = optionRightBefore(lex, options, best.end(), c); // "her rival, Ann Cole, had dubbed"
            }
        } else if (reportedSubject(lex, c, best.start(), s.firstTok)) {
            // "… and said she "…"": the pronoun opens the reported clause; the verb's subject speaks
            subject = SpeakerPhrases.subjectBefore(lex, ss, c);
            if (subject == null && lex.isWord(c - 1) && lex.lower(c - 1).equals("and")) {
                subject = SentenceSubjects.sentenceSubject(lex, inQuote, c);
            }
        } else {
            return best;
        }
        if (subject == null || lex.possessive(subject[1] - 1)) {
            return best;
        }
        for (SpeakerRanker.Option o : options) {
            if (o != best && !o.continuation() && o.start() < subject[1] && subject[0] < o.end()
                    && o.end() <= s.firstTok && o.start() >= ss) {
                return o;
            }
        }
        return best;
    }

    /**
     * The option the attribution closing the sentence names when partial quotation {@code s} ends
     * its clause with a comma and a verb of saying with its speaker follows straight after it
     * ("Mayor Tom Becker is "not a team player," said Ann Whitby", "The mayor "had me at hello,"
     * Ms. Whitby wrote"), and no verb of saying or naming stands between the ranker's choice
     * {@code best} before the quotation and its opening mark: {@code best} is then the subject of
     * the quoted clause, what the words are about, and the closing attribution says whose they
     * are. Null when the sentence is not so.
     */
    static SpeakerRanker.Option closingAttribution(Lex lex, boolean[] inQuote, QuoteSegment s,
                                                   List<SpeakerRanker.Option> options, SpeakerRanker.Option best) {
        QuoteSegment.Attribution a = s.attr;
        if (a == null || !s.attrAfter || a.cue() == null || a.npEnd() <= a.npStart() || s.interStart >= 0) {
            return null;
        }
        QuoteMarks.Piece last = s.pieces.get(s.pieces.size() - 1);
        boolean comma = lex.text.charAt(last.end() - 1) == ',' || s.lastTok < lex.size && lex.isPunct(s.lastTok, ',');
        int i = s.lastTok;
        while (i < lex.size && lex.isPunct(i, ',')) {
            i++;
        }
        boolean adjacent = a.npStart() == i && i < lex.size && cueRightAfter(lex, a.npEnd())
                || i < lex.size && lex.isWord(i) && lex.cue(i) && a.npStart() == i + 1;
        if (!comma || !adjacent) {
            return null;
        }
        for (int t = best.start(); t < s.firstTok; t++) {
            if (inQuote[t] || lex.isWord(t) && (lex.cue(t) || QuoteFeatures.NAMING_VERBS.contains(lex.lower(t)))) {
                return null; // "Becker called it "a mess," Whitby said": the verb before governs the words
            }
        }
        for (SpeakerRanker.Option o : options) {
            if (!o.continuation() && o.start() >= s.lastTok && o.start() < a.npEnd() && a.npStart() < o.end()) {
                return o;
            }
        }
        return null;
    }

    /** A verb of saying right after the phrase ending before {@code t}, over the words between a subject and its verb. */
    private static boolean cueRightAfter(Lex lex, int t) {
        int v = t;
        while (v < lex.size && lex.isWord(v) && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(v)) && v - t < 3) {
            v++;
        }
        return v < lex.size && lex.isWord(v) && lex.cue(v);
    }

    /**
     * The verb of saying or naming ("dubbed", "called") nearest before the opening mark at {@code open}, within {@value #REACH}
     * tokens and in the same sentence, outside quotations, used as a verb (no determiner or
     * possessive before it: "her claims were" holds a noun); -1 when none.
     */
    static int governingCue(Lex lex, boolean[] inQuote, int ss, int open) {
        for (int t = open - 1; t >= ss && open - t <= REACH; t--) {
            if (inQuote[t] || lex.lineBreakAfter(t)) {
                return -1;
            }
            if (lex.isWord(t) && (lex.cue(t) || QuoteFeatures.NAMING_VERBS.contains(lex.lower(t)))
                    && !lex.lower(t).endsWith("ing")) {
                boolean noun = t > ss && lex.isWord(t - 1)
                        && (Lexicon.DETERMINERS.contains(lex.lower(t - 1)) || lex.possessive(t - 1)
                        || Lexicon.POSSESSIVE_PRONOUNS.contains(lex.lower(t - 1)));
                return noun ? -1 : t;
            }
        }
        return -1;
    }

    /**
     * The option that ends right before the verb at {@code c}, over commas and the words between a
     * subject and its verb ("Ann Cole, had dubbed", "Ann Cole has called"), starting at {@code from} or
     * later; null when none.
     */
    private static int[] optionRightBefore(Lex lex, List<SpeakerRanker.Option> options, int from, int c) {
        int e = c;
        while (e > from && (lex.isPunct(e - 1, ',')
                || lex.isWord(e - 1) && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(e - 1)))) {
            e--;
        }
        for (SpeakerRanker.Option o : options) {
            if (!o.continuation() && o.end() == e && o.start() >= from) {
                return new int[]{o.start(), o.end()};
            }
        }
        return null;
    }

    /**
     * The option right after the last conjunction in [from, c) that opens the clause of the verb of
     * saying at {@code c} when a description set off by commas stands between them: "…, but Ann
     * Cole, chair of the trust, told", "after a teacher in Dover, Delaware, told him". The option
     * is followed by a comma or a preposition, a comma closes the description right before the
     * verb, and no other verb of saying or conjunction stands in it; null when none is so.
     */
    private static int[] setOffSubject(Lex lex, List<SpeakerRanker.Option> options, int from, int c) {
        if (!lex.isPunct(c - 1, ',')) {
            return null;
        }
        for (int t = c - 2; t >= from; t--) {
            if (!lex.isWord(t) || !opensClause(lex, t + 1)) {
                if (lex.isWord(t) && lex.cue(t)) {
                    return null;
                }
                continue;
            }
            for (SpeakerRanker.Option o : options) {
                if (!o.continuation() && o.start() == t + 1 && o.end() < c - 1
                        && (lex.isPunct(o.end(), ',') || lex.isWord(o.end()) && SpeakerRanker.PREPOSITIONS.contains(lex.lower(o.end())))) {
                    return new int[]{o.start(), o.end()};
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Does the phrase at {@code t} open a clause of its own: a conjunction right before it ("…, but they
     * described", "while Cole said", "after Cole argued")?
     */
    private static boolean opensClause(Lex lex, int t) {
        return lex.isWord(t - 1) && (CLAUSE_OPENERS.contains(lex.lower(t - 1))
                || PronounReferents.SUBORDINATORS.contains(lex.lower(t - 1)));
    }

    /** Coordinating conjunctions that join two main clauses (English grammar's closed class). */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.words("and", "but", "yet", "whereas");

    /**
     * Is the pronoun at {@code p} the subject of the clause the verb of saying at {@code c}
     * reports: right after it or after its "that", with words or the quotation after it ("said she
     * "…"", "said that he heard …"), not the verb's inverted subject before a comma ("", said she,")?
     */
    private static boolean reportedSubject(Lex lex, int c, int p, int open) {
        boolean after = p == c + 1 || p == c + 2 && lex.isWord(c + 1) && lex.lower(c + 1).equals("that");
        return after && p + 1 <= open && (p + 1 == open || lex.isWord(p + 1));
    }
}
