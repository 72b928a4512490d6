package org.stemma.quote;

import java.util.List;
import java.util.Set;
import org.stemma.text.PersonNames;

/**
 * What "he" or "she" means, as a reader takes it: the subject of the verb of saying that reports
 * the pronoun's clause, the name opening its own clause, else the most salient person of its sex
 * ({@link People#recent}); and a pronoun that is a sentence's subject carries its person on.
 */
final class PronounReferents {

    private PronounReferents() {
    }

    /**
     * The person a pronoun at {@code t} means when it is the subject of the clause a verb of
     * saying reports ("Jim Poolman said he was only …", "she told reporters that she would …"):
     * the subject of that verb, when it resolves to a person the pronoun can mean; else null.
     */
    static Person reporter(Lex lex, int t, char gender, People people) {
        int v = t - 1;
        if (v >= 0 && lex.isWord(v) && lex.lower(v).equals("that")) {
            v--; // "said that he"
        }
        int addressee = 0;
        while (v >= 0 && lex.isWord(v) && !lex.capitalised(v) && !lex.cue(v) && addressee < 3
                && !Lexicon.FUNCTION_WORDS.contains(lex.lower(v)) && Lexicon.pronounGender(lex.lower(v)) == 0) {
            v--; // "told reporters he", "told the crowd that she": an addressee no pronoun could mean
            addressee++;
        }
        if (v < 0 || !lex.isWord(v) || !lex.cue(v) || people.quoted(v) || lex.lineBreakAfter(v)
                || addressee > 0 && !TELL.contains(lex.lower(v))) {
            return null;
        }
        int ss = clauseStart(lex, v, people);
        if (lex.isWord(v - 1) && lex.lower(v - 1).equals("and")) {
            return coordinatedSubject(lex, ss, gender, people);
        }
        int[] np = SpeakerPhrases.subjectBefore(lex, ss, v);
        return np == null ? null : personMeant(lex, np[0], np[1], gender, people);
    }

    /**
     * The subject of a verb of saying joined by "and" to an earlier verb of its clause ("When
     * Trump later referred to the massacre in Orlando and said he would …"): the name opening the
     * sentence at {@code ss}, after a leading subordinator, followed by a lower-case word.
     */
    private static Person coordinatedSubject(Lex lex, int ss, char gender, People people) {
        int s = ss;
        String first = lex.isWord(s) ? lex.lower(s) : "";
        if (Lexicon.FUNCTION_WORDS.contains(first) && Lexicon.pronounGender(first) == 0 && !Lexicon.DETERMINERS.contains(first)) {
            s++; // "When Trump …"
        }
        int n = s;
        while (n < lex.size && lex.capitalised(n) && !people.quoted(n)) {
            n++;
        }
        return n > s && lex.isWord(n) && !lex.capitalised(n) ? personMeant(lex, s, n, gender, people) : null;
    }

    /** Token where the clause of {@code v} starts: its sentence's start, or the end of a quotation before it. */
    private static int clauseStart(Lex lex, int v, People people) {
        int ss = v;
        while (ss > 0 && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1) && !people.quoted(ss - 1)) {
            ss--;
        }
        return ss;
    }

    /** The person the phrase [s, e) resolves to, if it is one a pronoun of {@code gender} can mean; else null. */
    static Person personMeant(Lex lex, int s, int e, char gender, People people) {
        Person p = named(lex, s, e, people);
        return p != null && People.referent(p, gender) ? p : null;
    }

    /** The person the phrase [s, e) resolves to, or null. */
    private static Person named(Lex lex, int s, int e, People people) {
        String meant = SpeakerResolver.resolve(lex, s, e, people, false);
        Person p = meant == null ? null : people.byName(List.of(meant.split(" ")), lex.start[s]);
        return p != null && p.canonical().equals(meant) ? p : null;
    }

    /**
     * The person a pronoun at {@code t} means when a name opens its clause a few lower-case words
     * before it ("When Mr. Trump tried to defend his remarks"): the clause's subject, when it
     * resolves to a person the pronoun can mean; else null.
     */
    static Person clauseSubject(Lex lex, int t, char gender, People people) {
        int e = t;
        while (e > 0 && t - e < CLAUSE_WORDS && lex.isWord(e - 1) && !lex.capitalised(e - 1) && !people.quoted(e - 1)
                && !lex.lineBreakAfter(e - 1) && Lexicon.pronounGender(lex.lower(e - 1)) == 0) {
            e--;
        }
        if (e == t || !lex.capitalised(e - 1) || people.quoted(e - 1) || lex.lineBreakAfter(e - 1)) {
            return null;
        }
        int n = e - 1;
        while (n > 0 && lex.capitalised(n - 1) && !lex.lineBreakAfter(n - 1) && !lex.endsSentence(n - 1)) {
            n--;
        }
        boolean opens = lex.opensSentence(n)
                || lex.isWord(n - 1) && Lexicon.FUNCTION_WORDS.contains(lex.lower(n - 1)) && !lex.cue(n - 1);
        return opens ? personMeant(lex, n, e, gender, people) : null;
    }

    /**
     * The person "he" or "she" at {@code t} means: the subject of the verb of saying that reports
     * its clause, the name opening its own clause, else the person {@link People#recent} gives.
     */
    static Person pronounReferent(Lex lex, int t, char gender, People people) {
        Person p = inSentence(lex, t, gender, people);
        return p != null ? p : people.recent(lex.start[t], gender);
    }

    /**
     * The speaker "he" or "she" at {@code t} names, as {@link #pronounReferent} finds it, but a
     * person named by a role the sentence before gave a speaker ("…, the spokesperson said. She
     * said …") is that role's holder, or the body it speaks for, when nobody the pronoun can mean
     * was seen since: a reader follows the last speaker; the one person a paragraph turned to since
     * the last subject ({@link NamedSince}) comes first. With {@code note} the person found
     * becomes the salient one.
     */
    static String speakerMeant(Lex lex, int t, char gender, People people, boolean note) {
        Person p = inSentence(lex, t, gender, people);
        if (p == null) {
            // "Ada Lind's group meets on Fridays. "…," she said": the one person named since the last subject.
            p = NamedSince.person(lex, people, 0, lex.start[sentenceStart(lex, t, people)], gender);
            p = p != null ? p : people.recent(lex.start[t], gender);
            int[] role = roleSpeakerBefore(lex, t, gender, people);
            if (role != null && (p == null || lastSeen(p, lex.start[t]) < lex.start[role[1] - 1])) {
                String who = SpeakerResolver.resolve(lex, role[0], role[1], people, note);
                if (who != null) {
                    return who;
                }
            }
        }
        if (p != null && note) {
            people.noteSpeaker(p, lex.start[t]);
        }
        return p == null ? null : p.canonical();
    }

    /** Where before {@code pos} the article last named {@code p} or made it a speaker. */
    private static int lastSeen(Person p, int pos) {
        int at = -1;
        for (int m : p.mentions) {
            at = m < pos ? Math.max(at, m) : at;
        }
        for (int m : p.salient) {
            at = m < pos ? Math.max(at, m) : at;
        }
        return at;
    }

    /**
     * The role phrase [s, e) that speaks in the sentence before the one of the pronoun at {@code t}
     * ("the spokesperson said", "Smith's uncle says"), looking further back past sentences whose
     * speaker is the same pronoun ("He says …. He says …"); a definite singular person noun with no
     * name of its own and no sex against the pronoun's. Null when a sentence on the way has no
     * verb of saying or another speaker.
     */
    static int[] roleSpeakerBefore(Lex lex, int t, char gender, People people) {
        int b = sentenceStart(lex, t, people);
        for (int sentences = 0; b > 0 && sentences < ROLE_SENTENCES; sentences++) {
            int a = sentenceStart(lex, b - 1, people);
            int v = b - 1;
            while (v >= a && !(lex.isWord(v) && lex.cue(v) && !people.quoted(v) && !lex.lower(v).endsWith("ing"))) {
                v--;
            }
            int[] np = v > a ? SpeakerPhrases.subjectBefore(lex, a, v) : null;
            if (np == null) {
                return null;
            }
            if (np[1] - np[0] == 1 && Lexicon.pronounGender(lex.lower(np[0])) == gender) {
                b = a; // "He says …": the same speaker; look further back
                continue;
            }
            return definiteRole(lex, np[0], np[1], gender) ? np : null;
        }
        return null;
    }

    /** Token where the sentence holding {@code t} starts; a full stop inside a quotation ends none. */
    private static int sentenceStart(Lex lex, int t, People people) {
        int s = t;
        while (s > 0 && !lex.lineBreakAfter(s - 1) && !(lex.endsSentence(s - 1) && !people.quoted(s - 1))) {
            s--;
        }
        return s;
    }

    /**
     * Is [s, e) a definite singular person noun phrase naming nobody ("the spokesperson", "the
     * boy's mother", "Smith's uncle") whose noun's sex, if any, is the pronoun's?
     */
    private static boolean definiteRole(Lex lex, int s, int e, char gender) {
        String first = lex.word(s);
        boolean owner = lex.capitalised(s) && !first.equals(MentionFinder.stripPossessive(first)) && s + 1 < e;
        if (!(lex.lower(s).equals("the") || owner)) {
            return false;
        }
        for (int i = s + 1; i < e; i++) {
            if (lex.capitalised(i) || !lex.isWord(i)) {
                return false;
            }
        }
        String head = lex.key(e - 1);
        char sex = PersonNames.titleGender(head);
        return Lexicon.PERSON_HEADS.contains(head) && SpeakerPhrases.stripPlural(head).equals(head)
                && !(sex != 0 && sex != gender);
    }

    /** Sentences a role speaker may lie back, through the same pronoun speaking ("He says …. He says …"). */
    private static final int ROLE_SENTENCES = 3;

    /** The person the rules of the pronoun's own sentence give ({@link #pronounReferent}), or null. */
    private static Person inSentence(Lex lex, int t, char gender, People people) {
        Person p = reporter(lex, t, gender, people);
        if (p == null) {
            p = clauseSubject(lex, t, gender, people);
        }
        if (p == null) {
            p = leadingClauseSubject(lex, t, gender, people);
        }
        if (p == null) {
            p = quotationsReporter(lex, t, gender, people);
        }
        return p != null ? p : MainClauseReporters.reporter(lex, t, gender, people);
    }

    /**
     * The person a pronoun at {@code t} means when it opens the main clause after a leading
     * subordinate clause whose subject is a name ("When President Donald Trump met with police
     * union leaders, including Dean Angelo, he asked …"): that clause's subject, not a name later
     * in it, when it resolves to a person the pronoun can mean; else null. A clause that reports
     * speech or holds a pronoun of its own is left alone: its people are harder to tell apart.
     */
    static Person leadingClauseSubject(Lex lex, int t, char gender, People people) {
        if (!lex.isPunct(t - 1, ',')) {
            return null;
        }
        int ss = t - 1;
        while (ss > 0 && t - ss < LEADING_CLAUSE && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1)) {
            int w = ss - 1;
            if (people.quoted(w) || lex.isWord(w) && (lex.cue(w) || Lexicon.pronounGender(lex.lower(w)) != 0)) {
                return null;
            }
            ss--;
        }
        boolean opens = lex.opensSentence(ss);
        if (!opens || !lex.isWord(ss) || !SUBORDINATORS.contains(lex.lower(ss))) {
            return null;
        }
        int n = ss + 1;
        while (n < t - 1 && lex.capitalised(n) && !people.quoted(n)) {
            n++;
        }
        // "When Trump met …": the name is the clause's subject, a lower-case verb follows it.
        boolean subject = n > ss + 1 && lex.isWord(n) && !lex.capitalised(n)
                && lex.word(n - 1).equals(MentionFinder.stripPossessive(lex.word(n - 1)));
        return subject ? personMeant(lex, ss + 1, n, gender, people) : null;
    }

    /**
     * The person a pronoun beside a verb of saying right after a quotation means when a verb of
     * saying before that quotation, in the same sentence, already names its speaker ("Asked about
     * it, Feinstein said "…," she said"): that verb's subject, if a person the pronoun's sex does
     * not rule out, even one named once by a surname no first name or title sexes.
     */
    static Person quotationsReporter(Lex lex, int t, char gender, People people) {
        if (t == 0 || !people.quoted(t - 1) || !(lex.isWord(t + 1) && lex.cue(t + 1))) {
            return null;
        }
        int q = t - 1;
        while (q > 0 && people.quoted(q - 1)) {
            q--;
        }
        int v = q - 1;
        if (v >= 0 && (lex.isPunct(v, ',') || lex.isPunct(v, ':'))) {
            v--;
        }
        if (v <= 0 || !lex.isWord(v) || !lex.cue(v) || people.quoted(v) || lex.lineBreakAfter(v)) {
            return null;
        }
        int[] np = SpeakerPhrases.subjectBefore(lex, clauseStart(lex, v, people), v);
        Person p = np == null ? null : named(lex, np[0], np[1], people);
        boolean person = p != null && (p.titled || p.personEvidence);
        return person && !(gender == 'm' && p.gender() == 'f' || gender == 'f' && p.gender() == 'm') ? p : null;
    }

    /**
     * A "he" or "she" that is a sentence's subject carries the person it means on, as a reader
     * follows a paragraph told about one person: "Although Ford had outlined the book, he
     * struggled …. On July 27, he emailed Gaiman …. "…," he wrote" stays with Ford, the object
     * Gaiman does not take over. Each such pronoun, in text order, makes the person it resolves
     * to the salient one at its place. Pronouns beside a verb of saying are left to the speaker
     * rules, which note the speaker they choose.
     */
    static void carrySubjectPronouns(Lex lex, boolean[] inQuote, People people) {
        for (int t = 0; t < lex.size; t++) {
            if (!lex.isWord(t) || people.quoted(t) || !(lex.lower(t).equals("he") || lex.lower(t).equals("she"))
                    || lex.isWord(t + 1) && lex.cue(t + 1) || t > 0 && lex.isWord(t - 1) && lex.cue(t - 1)
                    || !SentenceSubjects.pronounSubject(lex, inQuote, t)) {
                continue;
            }
            Person p = pronounReferent(lex, t, Lexicon.pronounGender(lex.lower(t)), people);
            if (p != null) {
                people.noteSpeaker(p, lex.start[t]);
            }
        }
    }

    /**
     * The group "they" at {@code s} means: the plural group noun that opens its own sentence or the
     * one before ("Deputies did not say …, but they described it as …", "The lawmakers failed to
     * answer. Instead, they are praying …"), as written without its article; null when neither
     * sentence opens with one.
     */
    static String groupThey(Lex lex, int s, People people) {
        if (!lex.lower(s).equals("they")) {
            return null;
        }
        int sentences = 0;
        int end = s;
        for (int t = s; t >= 0 && sentences < 2; t--) {
            if (people.quoted(t) || !lex.opensSentence(t)) {
                continue;
            }
            sentences++;
            // A group that said something in the sentence comes before one that only opens it:
            // "Three miners were trapped …, officials said. "…," they said" is the officials'.
            String sayers = groupSaying(lex, t, end, people);
            if (sayers != null) {
                return sayers;
            }
            int a = lex.isWord(t) && lex.lower(t).equals("the") ? t + 1 : t;
            for (int h = a; h < a + 3 && h < s && lex.isWord(h) && (h == a || lex.capitalised(h - 1)); h++) {
                if (pluralGroup(lex.key(h)) && lex.word(h).equals(MentionFinder.stripPossessive(lex.word(h)))
                        && (lex.isPunct(h + 1, ',') || lex.isWord(h + 1) && !lex.capitalised(h + 1)
                        && !lex.lower(h + 1).equals("of"))) {
                    return lex.text.substring(lex.start[a], lex.end[h]);
                }
            }
            end = t;
        }
        return null;
    }

    /**
     * The plural group noun that is the subject of a verb of saying in the sentence [ss, end)
     * ("… were killed on Wednesday, officials said."), as written without its article; the last
     * such verb's when several; null when none.
     */
    private static String groupSaying(Lex lex, int ss, int end, People people) {
        for (int v = end - 1; v > ss; v--) {
            if (!lex.isWord(v) || people.quoted(v) || !lex.cue(v)) {
                continue;
            }
            int[] np = SpeakerPhrases.subjectBefore(lex, ss, v);
            if (np == null || np[1] - np[0] > GROUP_WORDS) {
                continue;
            }
            int h = np[1] - 1;
            int a = lex.lower(np[0]).equals("the") ? np[0] + 1 : np[0];
            if (a <= h && !lex.capitalised(h) && pluralGroup(lex.key(h))) {
                return lex.text.substring(lex.start[a], lex.end[h]);
            }
        }
        return null;
    }

    /**
     * The body "it" at {@code s} means as a speaker: the organisation or document that is the
     * subject of the nearest verb of saying before it, in its own sentence or the one before
     * ("…, but the news release added that …. "…," it added"; "the Harbour Trust denounced the plan
     * and said it would …"), resolved as that phrase would be; null when that subject is a person,
     * a group or nothing.
     */
    static String bodyIt(Lex lex, int s, People people) {
        if (!lex.lower(s).equals("it")) {
            return null;
        }
        int sentences = 0;
        int ss = s;
        for (int v = s - 1; v >= 0 && sentences < 2; v--) {
            if (v + 1 < s && (lex.endsSentence(v) || lex.lineBreakAfter(v)) && !people.quoted(v)) {
                sentences++;
                ss = v + 1;
                continue;
            }
            if (!lex.isWord(v) || people.quoted(v) || !lex.cue(v)) {
                continue;
            }
            int from = v;
            while (from > 0 && !lex.endsSentence(from - 1) && !lex.lineBreakAfter(from - 1) && !people.quoted(from - 1)) {
                from--;
            }
            int[] np = SpeakerPhrases.subjectBefore(lex, from, v);
            if (np == null) {
                continue; // "… and said it would": the verb's subject is further back
            }
            return body(lex, np[0], np[1]) ? SpeakerResolver.resolve(lex, np[0], np[1], people, false) : null;
        }
        return null;
    }

    /** Is [s, e) an organisation or a document, one of them: a singular body noun or a name ending in one? */
    private static boolean body(Lex lex, int s, int e) {
        String head = lex.key(e - 1);
        if (lex.capitalised(e - 1)) {
            return e - s >= 2 && Lexicon.ORG_WORDS.contains(head);
        }
        return SpeakerPhrases.stripPlural(head).equals(head) && SpeakerPhrases.ORG_HEADS.contains(head)
                && !Lexicon.PERSON_HEADS.contains(head);
    }

    /** Words the phrase of a group speaking may hold ("local police officials"). */
    private static final int GROUP_WORDS = 3;

    /** A plural noun for people ("deputies", "lawmakers", "officials") or "police", which takes "they". */
    private static boolean pluralGroup(String k) {
        return k.equals("police") || !SpeakerPhrases.stripPlural(k).equals(k);
    }

    /** Lower-case words a clause may hold between its subject and a pronoun ("tried to defend his"). */
    private static final int CLAUSE_WORDS = 8;

    /** Tokens a leading subordinate clause may take before its comma. */
    private static final int LEADING_CLAUSE = 40;

    /**
     * Subordinating conjunctions that open a leading adverbial clause (English grammar's closed
     * class, Quirk et al. 1985, ch. 14): "When Trump met …, he asked".
     */
    static final Set<String> SUBORDINATORS = Lexicon.words("when", "whenever", "after", "before", "as",
            "while", "although", "though", "because", "since", "once", "until", "if", "unless");

    /** Verbs of saying that take an addressee before the reported clause ("told reporters he"). */
    private static final Set<String> TELL = Lexicon.words("told", "tells", "tell", "telling");
}
