package org.stemma.quote;

/**
 * A plural group that says the quotation: the lower-case plural person noun phrase that is the
 * subject of a verb of saying in the quotation's sentence ("…, prosecutors said.", "Federal
 * investigators told the court …") or follows an inverting one ("…, said local deputies."). A
 * reader takes the group as the speaker even when a named person stands nearby, so the
 * {@link SpeakerRanker} weighs it as a feature of its own. The plural is WordNet's: the regular
 * plural of a person noun ({@link SpeakerPhrases#stripPlural}, {@link Lexicon#PERSON_HEADS}).
 */
final class GroupSubjects {

    private GroupSubjects() {
    }

    /** Words a group's phrase may hold ("federal prosecutors", "the county's sheriff deputies"). */
    private static final int GROUP_WORDS = 4;

    /**
     * The group phrase [start, end) in tokens saying something in the sentence [ss, se), outside
     * quotes; the first one's when several; null when none.
     */
    static int[] in(Lex lex, boolean[] inQuote, int ss, int se) {
        for (int v = ss; v < se && v < lex.size; v++) {
            if (inQuote[v] || !lex.isWord(v) || !lex.cue(v)) {
                continue;
            }
            int from = v;
            while (from > ss && !inQuote[from - 1] && !lex.lineBreakAfter(from - 1) && !lex.endsSentence(from - 1)) {
                from--;
            }
            int[] np = SpeakerPhrases.subjectBefore(lex, from, v);
            if (np != null && group(lex, np[0], np[1])) {
                return np;
            }
            if (Lexicon.INVERTING_CUES.contains(lex.lower(v))) {
                int[] after = groupAfter(lex, inQuote, v + 1, se);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /** "said local deputies." / "said police officers,": a group phrase right after the verb, then punctuation. */
    private static int[] groupAfter(Lex lex, boolean[] inQuote, int a, int se) {
        int e = a;
        while (e < se && e - a < GROUP_WORDS && !inQuote[e] && lex.isWord(e) && !lex.capitalised(e)) {
            e++;
            if (lex.lineBreakAfter(e - 1)) {
                break;
            }
        }
        // the phrase ends the clause: punctuation, a paragraph's end or the sentence's end after it
        boolean ends = e > a && (e >= se || lex.lineBreakAfter(e - 1) || !lex.isWord(e));
        return ends && group(lex, a, e) ? new int[]{a, e} : null;
    }

    /** Is [s, e) a short lower-case phrase whose head is the plural of a person noun ("prosecutors", "deputies")? */
    static boolean group(Lex lex, int s, int e) {
        if (e - s > GROUP_WORDS || e <= s || !lex.isWord(e - 1) || lex.capitalised(e - 1) || lex.possessive(e - 1)) {
            return false;
        }
        String k = lex.key(e - 1);
        return !SpeakerPhrases.stripPlural(k).equals(k);
    }
}
