package org.stemma.quote;

import java.util.Set;

/**
 * Who speaks through a phrase that names no person, as a reader of a news page takes it: "the
 * district said" is the school district the article named ("the Dallas Independent School
 * District says …"), "the statement said" is whoever issued the statement ("Gaston County Police
 * said in a statement …"), "police said" and "authorities said" are those bodies, kept as written
 * when nobody is named (issue 18: "the ministry said" → the ministry).
 */
final class Issuers {

    private Issuers() {
    }

    /** How far back (chars) a document's issuer or a body's name stays what "the X" means: as for organisations. */
    private static final int WINDOW = Organisations.ORGANISATION_WINDOW;

    /**
     * Does a lower-case possessive stand just before the head ("the coroner's office", "the
     * sheriff's department")? Then the phrase names its organisation itself; it is no anaphor for
     * the organisation named last.
     */
    static boolean ownerBeforeHead(Lex lex, int s, int e) {
        int t = e - 2;
        if (t < s || !lex.isWord(t) || lex.capitalised(t)) {
            return false;
        }
        String w = lex.word(t);
        return !MentionFinder.stripPossessive(w).equals(w);
    }

    /**
     * The issuer of the document "the {@code head}" at char {@code pos} means: the nearest earlier
     * mention of such a document, outside quotes and after no other of its kind, that names who
     * issued it — the subject of a verb of saying it was said in ("Gaston County Police said in a
     * statement that …"), the name before it ("a Little Rock police incident report") or the name
     * after "from" or "by" ("a statement from the Riverton Fire Department"); earlier "the report"s
     * are passed over as the same document. Null when none does: the document itself then speaks.
     */
    static String issuer(Lex lex, People people, String head, int pos) {
        for (int t = lex.tokenAt(pos) - 1; t > 0 && pos - lex.start[t] <= WINDOW; t--) {
            if (!lex.isWord(t) || people.quoted(t) || !Lexicon.key(lex.word(t)).equals(head)) {
                continue;
            }
            int[] np = issuerPhrase(lex, people, t);
            if (np == null && t > 0 && lex.lower(t - 1).equals("the")) {
                continue; // "the report said" before: the same document, named further back
            }
            if (np == null) {
                return null; // the document named nearest does not say who issued it
            }
            String who = SpeakerResolver.resolve(lex, np[0], np[1], people, false);
            if (who == null && lex.capitalised(np[0]) && Lexicon.pronounGender(lex.lower(np[0])) == 0) {
                who = lex.text.substring(lex.start[np[0]], lex.end[np[1] - 1]); // "Little Rock police": a body, as written
            }
            return who == null || SpeakerPhrases.DOCUMENT_HEADS.contains(Lexicon.key(lex.word(np[1] - 1))) ? null : who;
        }
        return null;
    }

    /**
     * Is [s, e) "the" and a lower-case noun that ends a name of two or more capitalised words the
     * text gave before ("the district" after "the Dallas Independent School District"), or heads
     * one with "of" or "for" ("the tournament" after "the Tournament of Roses")? Then the phrase
     * refers to that body and may speak.
     */
    static boolean refersToNamedBody(Lex lex, int s, int e) {
        if (e - s != 2 || !lex.lower(s).equals("the") || !lex.isWord(e - 1) || lex.capitalised(e - 1)) {
            return false;
        }
        String head = lex.lower(e - 1);
        for (int t = s - 1; t > 0 && lex.start[s] - lex.start[t] <= WINDOW; t--) {
            if (!lex.isWord(t) || !lex.capitalised(t) || !lex.lower(t).equals(head)) {
                continue;
            }
            boolean ends = lex.capitalised(t - 1) && !lex.lineBreakAfter(t - 1) && !lex.endsSentence(t - 1)
                    && lex.isWord(t - 1) && !Lexicon.NOT_NAME.contains(lex.lower(t - 1));
            if (ends || headsName(lex, t)) {
                return true;
            }
        }
        return false;
    }

    /** Does the capitalised noun at {@code t} head a name with "of" or "for" after it ("Tournament of Roses")? */
    private static boolean headsName(Lex lex, int t) {
        return lex.isWord(t + 1) && HEAD_LINKS.contains(lex.word(t + 1)) && lex.capitalised(t + 2)
                && !lex.lineBreakAfter(t) && !lex.lineBreakAfter(t + 1);
    }

    /** Lower-case words after the noun that heads an organisation's name: "Tournament of Roses", "Center for …". */
    private static final Set<String> HEAD_LINKS = Set.of("of", "for");

    /** The phrase naming who issued the document whose head is at {@code t}, or null. */
    private static int[] issuerPhrase(Lex lex, People people, int t) {
        int d = t - 1;
        while (d > 0 && lex.isWord(d) && !Lexicon.DETERMINERS.contains(lex.lower(d)) && !lex.lineBreakAfter(d)
                && !Lexicon.FUNCTION_WORDS.contains(lex.lower(d)) && !lex.cue(d) && t - d < 6) {
            d--; // "a brief statement", "a Little Rock police incident report"
        }
        if (!lex.isWord(d) || !Lexicon.DETERMINERS.contains(lex.lower(d))) {
            return null;
        }
        if (d + 1 < t && lex.capitalised(d + 1) && !lex.notName(d + 1)) {
            // "a Little Rock police incident report": the name before the document issued it,
            // with the body's own word after it ("police").
            int m = d + 1;
            while (m < t && lex.capitalised(m)) {
                m++;
            }
            while (m < t && Lexicon.ORG_WORDS.contains(lex.lower(m))) {
                m++;
            }
            return new int[]{d + 1, m};
        }
        if (d >= 2 && lex.lower(d - 1).equals("in") && lex.isWord(d - 2) && lex.cue(d - 2) && !lex.lineBreakAfter(d - 2)) {
            int ss = d - 2;
            while (ss > 0 && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1) && !people.quoted(ss - 1)) {
                ss--;
            }
            return SpeakerPhrases.subjectBefore(lex, ss, d - 2); // "X said in a statement"
        }
        if (lex.isWord(t + 1) && (lex.lower(t + 1).equals("from") || lex.lower(t + 1).equals("by")) && !lex.lineBreakAfter(t)) {
            return SpeakerResolver.nameAfter(lex, t + 1, 8); // "a statement from Riverton Fire Department"
        }
        return null;
    }

    /**
     * An unnamed body or group that a bare plural or mass noun names, as the subject of a verb of
     * saying ("police said", "authorities said Sunday", "Pentagon officials said", "said
     * police"): kept as written, the body a reader hears, when nothing resolved it to a person or
     * an organisation. Null for anything else ("a source", "some officials", "reporters" after
     * "told"). Relatives after a possessive ("his parents said") and documents in the plural ("the
     * affidavits say") are kept as written too. Only for the speaker an attribution chose; the
     * ranker's options are read without it.
     */
    static String unnamedBody(Lex lex, int s, int e) {
        if (e - s == 1 && GroupSubjects.opensSentence(lex, s)) {
            return lex.word(s); // "Investigators determined …": the group opening its sentence, as written
        }
        if (SpeakerPhrases.groupSpeaking(lex, s, e)) {
            return lex.text.substring(lex.start[s], lex.end[e - 1]); // "his parents said": the relatives, as written
        }
        if (SpeakerPhrases.bodysRecords(lex, s, e) || SpeakerPhrases.pluralDocuments(lex, s, e)) {
            int b = lex.lower(s).equals("the") ? s + 1 : s;
            return lex.text.substring(lex.start[b], lex.end[e - 1]); // "court records say": the records, as written
        }
        for (int t = s + 1; t < e; t++) {
            if (lex.lower(t).equals("of")) {
                e = t; // "officials of the ministry"
            }
        }
        if (e - s > 1 && lex.lower(s).equals("the")) {
            s++; // "the authorities said": the body itself
        }
        if (e <= s || !lex.isWord(e - 1) || lex.capitalised(e - 1) || Lexicon.DETERMINERS.contains(lex.lower(s))
                || s + 1 < e && (!lex.capitalised(s) || lex.notName(s)) && !localBody(lex, s, e) // "Pentagon officials", not "Both parties"
                || Lexicon.NOT_NAME.contains(lex.lower(s)) && !lex.capitalised(s)) {
            return null;
        }
        String word = lex.lower(e - 1);
        String head = SpeakerPhrases.stripPlural(word);
        boolean plural = !head.equals(word) || word.endsWith("s") && !word.endsWith("ss");
        boolean body = SpeakerPhrases.ORG_HEADS.contains(word) || Lexicon.PERSON_HEADS.contains(head);
        boolean speaks = e < lex.size && lex.isWord(e) && lex.cue(e)
                || s > 0 && lex.isWord(s - 1) && Lexicon.INVERTING_CUES.contains(lex.lower(s - 1))
                || s > 1 && lex.lower(s - 1).equals("by") && lex.isWord(s - 2) && lex.cue(s - 2); // "described by prosecutors"
        if (!body || !speaks || !plural && !Lexicon.ORG_WORDS.contains(word)) {
            return null; // "police" is a body of its own; "official" alone is no body
        }
        return lex.text.substring(lex.start[s], lex.end[e - 1]);
    }

    /**
     * Is [s, e) a lower-case word and a body's own word ("county police", "state police")? A body
     * named by its level, as written, like "police" alone; a quantifier or number never opens one
     * ("some police", "two police").
     */
    private static boolean localBody(Lex lex, int s, int e) {
        String mod = lex.lower(s);
        return e - s == 2 && !lex.capitalised(s) && Lexicon.ORG_WORDS.contains(lex.lower(e - 1))
                && !Lexicon.FUNCTION_WORDS.contains(mod) && !Lexicon.NOT_NAME.contains(mod) && !Lexicon.DETERMINERS.contains(mod)
                && !Lexicon.isNumberWord(mod) && Character.isLetter(mod.charAt(0));
    }

    /**
     * The organisation the article named whose name ends with the head noun of the definite phrase
     * [s, e) ("the district" → "Dallas Independent School District") or opens with it before "of"
     * or "for" ("the tournament" → "Tournament of Roses"): a name of two or more capitalised words.
     * Null when the article named none.
     */
    static String namedFor(Lex lex, People people, int s, int e, String head) {
        String name = people.organisations.organisationNamed(head, lex.start[s]);
        if (name == null || name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        String[] words = name.split(" ");
        boolean ends = Lexicon.key(words[words.length - 1]).equals(head);
        boolean heads = words.length >= 3 && Lexicon.key(words[0]).equals(head) && HEAD_LINKS.contains(words[1]);
        if (!ends && !heads) {
            return null;
        }
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }
}
