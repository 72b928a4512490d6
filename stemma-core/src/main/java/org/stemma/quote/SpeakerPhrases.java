package org.stemma.quote;

import java.util.Set;
import org.stemma.text.OrgWords;
import org.stemma.text.Titles;
import org.stemma.text.WordNetNouns;

/**
 * The speaker phrase beside a verb of saying: the subject noun phrase before it, the noun phrase
 * after it, and whether a phrase can speak at all (a name, a pronoun, a person's role, an
 * organisation or a document). Also the head nouns that may speak without being persons.
 */
final class SpeakerPhrases {

    private SpeakerPhrases() {
    }

    static final Set<String> FORWARD_STOP = Lexicon.words("on", "in", "at",
            "during", "after", "before", "while", "when", "who", "which", "that", "to", "adding",
            "according", "as", "last", "this", "yesterday", "today", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "referring", "speaking",
            "citing", "and", "but", "from", "with", "about", "for", "by", "earlier", "later",
            "recently", "then", "previously", "told", "said", "says", "added", "noted", "in",
            "because", "since", "if", "whose", "where", "into", "under", "over", "via", "through");

    /** The noun phrase starting at {@code from}: a pronoun, a name, or a determiner phrase. */
    static int[] forwardNP(Lex lex, int from, int to) {
        if (from >= to || !lex.isWord(from)) {
            return null;
        }
        String w = lex.lower(from);
        if (Lexicon.pronounGender(w) != 0 && !lex.surnameHe(from)) {
            return new int[]{from, from + 1};
        }
        if ((FORWARD_STOP.contains(w) || Lexicon.isCue(w)
                || Lexicon.NOT_NAME.contains(w) && !Lexicon.DETERMINERS.contains(w) && !lex.capitalised(from))
                && !lex.acronym(from)) {
            return null; // "noted there should be": no speaker follows; "said WHO" is the organisation
        }
        int e = from;
        while (e < to && (lex.isWord(e) || slashInWord(lex, e) || lex.isPunct(e, ',') && legalForm(lex, e + 1))
                && e - from < 10) {
            if (e > from && lex.lineBreakAfter(e - 1)) {
                break; // a paragraph ends the phrase ("a spokesperson for Loblaw Companies Ltd." + new paragraph)
            }
            if (lex.isPunct(e, ',')) {
                if (!lex.capitalised(e - 1) || e + 1 >= to) {
                    break;
                }
                e++; // "said Harbor Bread, Inc. founder Lena Ortiz": a company's legal form is part of its name
                continue;
            }
            if (!lex.isWord(e)) {
                e++; // "9/11 widow Terry Strada": a slash inside a word does not end the phrase
                continue;
            }
            String k = lex.lower(e);
            if (e > from && FORWARD_STOP.contains(k) && !(k.equals("of"))) {
                break;
            }
            if (e > from && lex.capitalised(e - 1) && !lex.capitalised(e) && k.length() > 4 && k.endsWith("ing")
                    && !capitalisedWithin(lex, e + 1, Math.min(to, e + 4))) {
                // "said Rocha wiping tears": the participle describes the name before it; "Finance ranking
                // member Ann Cole" goes on to a name
                break;
            }
            if (e > from && (Lexicon.AUXILIARIES.contains(k) || k.endsWith("n't") || k.endsWith("n\u2019t"))) {
                return null; // "said the senator can "bring change"": the phrase is the reported clause's subject
            }
            e++;
        }
        while (e > from && (lex.lower(e - 1).equals("of") || lex.lower(e - 1).equals("the"))) {
            e--;
        }
        if (e == from) {
            return null;
        }
        return new int[]{from, e};
    }

    /** Is a word of [from, to) capitalised? */
    private static boolean capitalisedWithin(Lex lex, int from, int to) {
        for (int t = from; t < to; t++) {
            if (lex.isWord(t) && lex.capitalised(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is token {@code t} a company's abbreviated legal form ("Inc.", "Ltd", "LLC")? A word both the
     * organisation words and the abbreviations list.
     */
    static boolean legalForm(Lex lex, int t) {
        if (t >= lex.size || !lex.isWord(t) || !lex.capitalised(t)) {
            return false;
        }
        String w = lex.word(t);
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return Titles.isAbbreviation(bare) && OrgWords.contains(bare.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean slashInWord(Lex lex, int t) {
        return t > 0 && t + 1 < lex.size && lex.isPunct(t, '/') && lex.isWord(t - 1) && lex.isWord(t + 1)
                && lex.end[t - 1] == lex.start[t] && lex.end[t] == lex.start[t + 1];
    }

    /**
     * The subject noun phrase ending just before token {@code v} (skipping "also", "has",
     * appositives). An indefinite document that is the object of the verb before it ("X issued a
     * statement saying", "X released a report stating") speaks for that verb's subject: the
     * author is the speaker a reader names.
     */
    static int[] subjectBefore(Lex lex, int from, int v) {
        int[] np = relativeClauseHead(lex, from, phraseBefore(lex, from, v));
        if (np == null || np[1] - np[0] < 2 || !DOCUMENT_HEADS.contains(Lexicon.key(lex.word(np[1] - 1)))) {
            return np;
        }
        String det = lex.lower(np[0]);
        int verb = np[0] - 1;
        if (!(det.equals("a") || det.equals("an")) || verb <= from || !lex.isWord(verb) || lex.capitalised(verb)
                || lex.cue(verb) || Lexicon.FUNCTION_WORDS.contains(lex.lower(verb))
                || Lexicon.DETERMINERS.contains(lex.lower(verb))) {
            return np;
        }
        int[] author = phraseBefore(lex, from, verb);
        return author != null && !DOCUMENT_HEADS.contains(Lexicon.key(lex.word(author[1] - 1))) ? author : np;
    }

    /**
     * The person phrase a relative clause describes, when the phrase found before a verb of saying
     * ends that clause ("The Ohio woman who survived the crash in Dayton told reporters": the woman
     * told them, not Dayton). Only a "who" clause of a lower-case person noun, with no verb of saying
     * inside it; else {@code np} as found.
     */
    private static int[] relativeClauseHead(Lex lex, int from, int[] np) {
        if (np == null) {
            return null;
        }
        for (int t = np[1] - 1; t > from && np[1] - t <= RELATIVE_CLAUSE; t--) {
            if (lex.isWord(t) && lex.cue(t) || lex.opensSentence(t)
                    || t < np[0] && !lex.isWord(t)) {
                return np; // "As for analysts who claim …, Bolton said": the clause ended at its comma
            }
            if (!lex.isWord(t) || !lex.lower(t).equals("who")) {
                continue;
            }
            int e = lex.isPunct(t - 1, ',') ? t - 1 : t;
            int[] head = t > np[0] ? new int[]{np[0], e} : phraseBefore(lex, from, e);
            boolean person = head != null && head[1] == e && e - head[0] >= 2 && !lex.capitalised(e - 1)
                    && Lexicon.PERSON_HEADS.contains(stripPlural(lex.word(e - 1)));
            return person && validSubject(lex, head[0], head[1]) ? head : np;
        }
        return np;
    }

    /** Tokens a relative clause may take between "who" and the verb of saying after it. */
    private static final int RELATIVE_CLAUSE = 16;

    private static int[] phraseBefore(Lex lex, int from, int v) {
        int e = v;
        while (e > from && lex.isWord(e - 1) && (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(e - 1))
                || !lex.capitalised(e - 1) && lex.lower(e - 1).endsWith("ly") && lex.lower(e - 1).length() > 4
                && !groupSpeaking(lex, e - 2, e))) {
            e--; // "has also", "boldly"; not the "family" of "his family said"
        }
        if (e > from && lex.isPunct(e - 1, ',')) {
            // "Diarra, the chief of staff, said" / "Rawlings, 59, of Ashton, Md., said": the subject
            // is the leftmost comma-separated part that can be one (after a leading adverbial).
            int clauseStart = e - 1;
            while (clauseStart > from && e - clauseStart < 40) {
                clauseStart--;
            }
            int chunkStart = clauseStart;
            int[] found = null;
            for (int c = clauseStart; c < e - 1; c++) {
                if (lex.isPunct(c, ',')) {
                    found = chunkSubject(lex, chunkStart, c);
                    if (found != null) {
                        break;
                    }
                    chunkStart = c + 1;
                }
            }
            return found;
        }
        while (e > from && (lex.isPunct(e - 1, ')'))) {
            // "spokesperson (GUR) Andrey Yusov" — skip a closing bracket group
            int c = e - 1;
            while (c > from && !lex.isPunct(c, '(')) {
                c--;
            }
            e = c;
        }
        if (e <= from || !lex.isWord(e - 1)) {
            return null;
        }
        String last = lex.lower(e - 1);
        if (Lexicon.pronounGender(last) != 0) {
            return new int[]{e - 1, e};
        }
        int s = e;
        while (s > from && lex.isWord(s - 1) && e - s < 10) {
            String k = lex.lower(s - 1);
            boolean cap = lex.capitalised(s - 1);
            if (Lexicon.isCue(k) && !cap) {
                break;
            }
            if (!cap && Lexicon.FUNCTION_WORDS.contains(k) && !insideOrganisationName(lex, s - 1, from)) {
                break;
            }
            s--;
            if (Lexicon.DETERMINERS.contains(k)) {
                // "the chief of the Malian Air Force": go on past "of" to the head noun.
                if (s - 1 > from && lex.lower(s - 1).equals("of")) {
                    continue;
                }
                break;
            }
        }
        int title = s > from && s < e ? titleOpening(lex, s - 1, from) : -1;
        if (title >= 0) {
            s = title; // "the "Harbor Nights" actress": a quoted title inside the phrase is no end of it
        }
        if (s == e - 1 && s - 1 >= from && groupSpeaking(lex, s - 1, e)) {
            s--; // "his family said": the possessive opens the group's phrase
        }
        // Drop sentence-initial connectives picked up at the start: "But the official".
        while (s < e && lex.isWord(s) && Lexicon.NOT_NAME.contains(lex.lower(s))
                && !Lexicon.DETERMINERS.contains(lex.lower(s)) && Lexicon.pronounGender(lex.lower(s)) == 0) {
            s++;
        }
        if (s >= e) {
            return null;
        }
        if (!validSubject(lex, s, e)) {
            return null;
        }
        if (s - 1 >= from && lex.isWord(s - 1) && lex.word(s - 1).equals("on") && !lex.lineBreakAfter(s - 1)
                && !(s - 2 >= from && lex.capitalised(s - 2))) {
            // "posted a message on Twitter reading", "appeared on CNN saying": where it was said, not who
            // ("the Council on American-Islamic Relations" keeps its "on")
            return null;
        }
        // "Mark Blumenthal and Jon Cohen wrote" (names listed, split by SpeakerResolver.namesJoined),
        // "The Globe and Mail said" (one name): the phrase takes in the words before "and".
        if (lex.capitalised(s) && s - 2 >= from && lex.isWord(s - 1) && lex.word(s - 1).equals("and")
                && lex.capitalised(s - 2) && !lex.lineBreakAfter(s - 2)) {
            int[] other = phraseBefore(lex, from, s - 1);
            if (other != null && other[1] == s - 1 && (SpeakerResolver.namesJoined(lex, other[0], e) == s - 1
                    || SpeakerResolver.oneNameOverAnd(lex, other[0]) && lex.capitalised(other[0]) && other[1] - other[0] >= 2)) {
                return new int[]{other[0], e};
            }
        }
        return new int[]{s, e};
    }

    /**
     * A title quoted inside a noun phrase, "the "Harbor Nights" actress", "CBS's "Late Show" host":
     * given the closing mark at {@code close}, the determiner or possessive before the opening mark
     * when one to {@value #TITLE_WORDS} words stand between the marks, the first and last
     * capitalised; else -1. A full stop or comma inside ends a sentence or a quotation, no title.
     */
    static int titleOpening(Lex lex, int close, int from) {
        if (!QuoteAttribution.isQuoteMark(lex, close)) {
            return -1;
        }
        int o = close - 1;
        while (o > from && lex.isWord(o) && close - o <= TITLE_WORDS) {
            o--;
        }
        return o > from && o < close - 1 && titleBetween(lex, o, close) && introducesTitle(lex, o - 1) ? o - 1 : -1;
    }

    /**
     * The closing mark of a title quoted inside a noun phrase whose opening mark is at
     * {@code open} ({@link #titleOpening}), when a lower-case word, the phrase's head, follows it;
     * else -1.
     */
    static int titleClosing(Lex lex, int open, int to) {
        if (open < 1 || !QuoteAttribution.isQuoteMark(lex, open) || !introducesTitle(lex, open - 1)) {
            return -1;
        }
        int c = open + 1;
        while (c < to && lex.isWord(c) && c - open <= TITLE_WORDS) {
            c++;
        }
        return c < to && c > open + 1 && titleBetween(lex, open, c) && lex.isWord(c + 1) && !lex.capitalised(c + 1)
                ? c : -1;
    }

    /** Marks at {@code open} and {@code close} around words only, the first and last capitalised, on one line. */
    private static boolean titleBetween(Lex lex, int open, int close) {
        if (!QuoteAttribution.isQuoteMark(lex, open) || !QuoteAttribution.isQuoteMark(lex, close)
                || !lex.capitalised(open + 1) || !lex.capitalised(close - 1)) {
            return false;
        }
        for (int t = open; t < close; t++) {
            if (lex.lineBreakAfter(t)) {
                return false;
            }
        }
        return true;
    }

    /** A determiner ("the", "a") or a possessive ("CBS's") may open a phrase holding a quoted title. */
    private static boolean introducesTitle(Lex lex, int t) {
        if (t < 0 || !lex.isWord(t) || lex.lineBreakAfter(t)) {
            return false;
        }
        String w = lex.lower(t);
        return Lexicon.DETERMINERS.contains(w) || !MentionFinder.stripPossessive(lex.word(t)).equals(lex.word(t));
    }

    /** Words a title quoted inside a noun phrase may hold. */
    private static final int TITLE_WORDS = 5;

    /**
     * Is the lower-case word at {@code link} ("for", "and", "on", "against") inside an
     * organisation's name, between capitalised words after an organisation noun ("Center for
     * Nonproliferation Studies", "Institute for Science and International Security")?
     */
    static boolean insideOrganisationName(Lex lex, int link, int from) {
        int t = link;
        for (int steps = 0; steps < 12 && t > from; steps++) {
            if (!lex.isWord(t) || !Organisations.NAME_LINKS.contains(lex.word(t)) || !lex.capitalised(t - 1)
                    || !lex.capitalised(t + 1) || lex.lineBreakAfter(t - 1) || lex.lineBreakAfter(t)) {
                return false;
            }
            t--;
            while (t > from && lex.capitalised(t)) {
                if (Lexicon.ORG_WORDS.contains(lex.key(t))) {
                    return true;
                }
                t--;
            }
        }
        return false;
    }

    /** Is [s, e) one listed abbreviation with its full stop ("Calif.", "Mich.", "Inc."), not a title? It never speaks. */
    static boolean abbreviationAlone(Lex lex, int s, int e) {
        String w = lex.word(s);
        return e - s == 1 && w.endsWith(".") && !lex.title(s)
                && Titles.isAbbreviation(w.substring(0, w.length() - 1));
    }

    /**
     * Can the phrase [np[0], np[1]) after the verb of saying at {@code v} be the verb's subject,
     * inverted ("recalled the mayor:", "said the head of the union:")? A noun phrase after "and"
     * joining the verb to an earlier one is its object, the earlier verb's subject speaking ("X
     * blamed the storm and suggested building shelters"); a pronoun there may still be the
     * speaker's ("X arrived and said he would stay"). A phrase with "of" is headed by the noun
     * before it, which must be one a subject can have ("the strike of the dock workers" is a
     * strike, no speaker); capitalised names keep the phrase ("Secretary of State Ana Brill").
     */
    static boolean invertedSubject(Lex lex, int from, int v, int[] np) {
        boolean pronoun = np[1] - np[0] == 1 && Lexicon.pronounGender(lex.lower(np[0])) != 0;
        if (!pronoun && v > from && lex.isWord(v - 1) && lex.lower(v - 1).equals("and")) {
            return false;
        }
        for (int t = np[0] + 1; t < np[1] - 1; t++) {
            if (lex.isWord(t) && lex.lower(t).equals("of")) {
                return lex.capitalised(t - 1) || validSubject(lex, np[0], t);
            }
        }
        return true;
    }

    /** A subject must be a name, a pronoun or a noun phrase with a person or organisation head. */
    static boolean validSubject(Lex lex, int s, int e) {
        if (e - s == 1 && Lexicon.pronounGender(lex.lower(s)) != 0) {
            return true;
        }
        if (abbreviationAlone(lex, s, e)) {
            return false;
        }
        String head = lex.lower(e - 1);
        if (lex.capitalised(e - 1)) {
            // "Facing" at the start of a sentence is a participle, not a name.
            return !lex.notName(e - 1) && !(e - s == 1 && head.endsWith("ing"));
        }
        for (int t = s; t < e; t++) {
            if (!lex.capitalised(t) && t > s && !Lexicon.DETERMINERS.contains(lex.lower(t))
                    && (lex.lower(t).endsWith("ing") || lex.cue(t))) {
                return false; // a verb inside: not a noun phrase
            }
        }
        return Lexicon.PERSON_HEADS.contains(stripPlural(head)) || ORG_HEADS.contains(stripPlural(head))
                || e < lex.size && lex.statesVerb(e) // "the affidavit states": the verb's grammar makes the noun its subject
                || writtenHead(lex, e - 1) // "the affidavit says", "Henderson's obituary reads"
                || Issuers.refersToNamedBody(lex, s, e) // "the district" of "the Dallas Independent School District"
                || bodysRecords(lex, s, e) // "the court records say"
                || groupSpeaking(lex, s, e); // "his family said"
    }

    /**
     * Is [s, e) a possessive pronoun and a lower-case noun that names people in some WordNet sense
     * ({@link WordNetNouns#personNouns()}, not only the nouns read as heads: "family"), right
     * before a verb of saying ("his family said")? The verb makes the noun its people, who speak
     * as a group: the phrase is the speaker, not the pronoun's owner. Only after a possessive:
     * "the witness said" is a person the article named, which a definite article asks to find.
     * A relative's noun in the plural ({@link WordNetNouns#kinPlurals()}: "his parents said", "her
     * cousins say") names such a group too, not one person the article names.
     */
    static boolean groupSpeaking(Lex lex, int s, int e) {
        if (s < 0 || e - s != 2 || e >= lex.size || !lex.isWord(e) || !lex.cue(e) || lex.capitalised(e - 1)
                || !Lexicon.POSSESSIVE_PRONOUNS.contains(lex.lower(s))) {
            return false;
        }
        String noun = lex.lower(e - 1);
        return WordNetNouns.personNouns().contains(noun) || WordNetNouns.kinPlurals().contains(noun);
    }

    /**
     * Is [s, e) a body's written record, "court records", "the police documents": a lower-case
     * organisation noun ("court", "police") and after it a plural noun that names no person and
     * no body, "the" before them or nothing? What it says is the record's, as written: neither
     * the body alone nor anyone the article names.
     */
    static boolean bodysRecords(Lex lex, int s, int e) {
        int b = e - 2;
        if (b < s || b > s + 1 || b == s + 1 && !lex.lower(s).equals("the") || !lex.isWord(b) || !lex.isWord(e - 1)
                || lex.capitalised(b) || lex.capitalised(e - 1) || lex.lineBreakAfter(b)) {
            return false;
        }
        String body = lex.lower(b);
        String head = lex.lower(e - 1);
        return (Lexicon.ORG_WORDS.contains(body) || ORG_HEADS.contains(body)) && !Lexicon.PERSON_HEADS.contains(body)
                && head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !lex.cue(e - 1)
                && !Lexicon.FUNCTION_WORDS.contains(head) && !ORG_HEADS.contains(head)
                && !Lexicon.PERSON_HEADS.contains(stripPlural(head));
    }

    /** The noun phrase that makes up the whole chunk [s, e), if it can be a subject. */
    static int[] chunkSubject(Lex lex, int s, int e) {
        if (e <= s || !lex.isWord(s)) {
            return null;
        }
        String first = lex.lower(s);
        if (Lexicon.FUNCTION_WORDS.contains(first) && Lexicon.pronounGender(first) == 0 || first.equals("of")
                || Lexicon.NOT_NAME.contains(first) && !Lexicon.DETERMINERS.contains(first) && Lexicon.pronounGender(first) == 0
                || first.length() > 4 && (first.endsWith("ed") || first.endsWith("ing")) && e - s > 1) {
            return null; // "After the speech", "of Ashton", "Alarmed by the unrest in Nevada"
        }
        if (!lex.capitalised(s) && !Lexicon.DETERMINERS.contains(first) && Lexicon.pronounGender(first) == 0) {
            return null;
        }
        int end = e;
        for (int t = s; t < e; t++) {
            if (!lex.isWord(t) && !lex.isPunct(t, '.') && !lex.isPunct(t, '(') && !lex.isPunct(t, ')')) {
                return null;
            }
        }
        return validSubject(lex, s, end) && e - s <= 10 ? new int[]{s, end} : null;
    }

    /**
     * Heads of written things that "say" what their authors wrote ("the letter said", "the
     * report found", "the affidavit says"): a reader hears the author through them, so the
     * speaker ranker knows an option headed by one is not a person. The hand list of earlier
     * rounds and WordNet's document nouns ({@link WordNetNouns#documentNouns()}).
     */
    static final Set<String> DOCUMENT_HEADS = union(Lexicon.words("letter", "statement", "report",
            "document", "memo", "study", "poll", "survey", "communique", "communiqué", "declaration",
            "release", "post", "tweet", "editorial", "article", "book", "complaint", "lawsuit", "filing",
            "indictment", "ruling", "order", "bill", "resolution"), WordNetNouns.documentNouns());

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Is the word at {@code t} a lower-case document noun ("the affidavit says", "Henderson's
     * obituary reads")? A document speaks as written, not its owner; a noun naming something
     * spoken ("his remarks calling …", "in his speech called …") is no document.
     */
    static boolean writtenHead(Lex lex, int t) {
        return lex.isWord(t) && !lex.capitalised(t)
                && (DOCUMENT_HEADS.contains(Lexicon.key(lex.word(t))) || documentPlural(Lexicon.key(lex.word(t))));
    }

    /**
     * Is {@code k} the regular plural of one of WordNet's document nouns ("affidavits", "memos",
     * "obituaries")? Several documents speak as written as one does ("the affidavits say"). Not
     * the hand list's words: "the polls" are as often the places one votes in.
     */
    static boolean documentPlural(String k) {
        Set<String> docs = WordNetNouns.documentNouns();
        if (k.length() < 4 || !k.endsWith("s") || k.endsWith("ss") || DOCUMENT_HEADS.contains(k)) {
            return false;
        }
        return docs.contains(k.substring(0, k.length() - 1))
                || k.endsWith("ies") && docs.contains(k.substring(0, k.length() - 3) + "y")
                || k.endsWith("es") && docs.contains(k.substring(0, k.length() - 2));
    }

    /**
     * Is [s, e) documents speaking as written, right before a verb of saying: lower-case words
     * ending in a document noun's plural, "the" before them or nothing ("the affidavits say",
     * "newly released emails show")? No one person nor owner is their speaker; the phrase is.
     */
    static boolean pluralDocuments(Lex lex, int s, int e) {
        if (e - s < 1 || e - s > 3 || e >= lex.size || !lex.isWord(e) || !lex.cue(e) || !lex.isWord(e - 1)
                || lex.capitalised(e - 1) || !documentPlural(Lexicon.key(lex.word(e - 1)))) {
            return false;
        }
        for (int t = s; t < e - 1; t++) {
            String w = lex.lower(t);
            boolean article = t == s && w.equals("the");
            if (!lex.isWord(t) || lex.capitalised(t) || lex.lineBreakAfter(t)
                    || !article && (Lexicon.FUNCTION_WORDS.contains(w) || Lexicon.DETERMINERS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** Non-person heads that can still speak: a letter, a statement, a ministry. */
    static final Set<String> ORG_HEADS = Lexicon.words("letter", "statement",
            "report", "ministry", "government", "agency", "outlet", "newspaper", "paper", "website",
            "site", "channel", "document", "memo", "study", "poll", "survey", "campaign",
            "committee", "council", "department", "office", "administration", "spokesman",
            "military", "army", "police", "court", "group", "organization", "organisation",
            "company", "firm", "source", "sources", "officials", "people", "embassy", "communique", "communiqué", "declaration", "release", "post", "tweet",
            "editorial", "article", "book", "complaint", "lawsuit", "filing", "indictment",
            "ruling", "order", "bill", "resolution", "team", "party", "union", "association",
            "network", "station", "magazine", "journal", "union", "alliance", "coalition",
            "authorities", "authority", "regime", "cabinet", "presidency", "service", "board",
            "parties", "sides", "countries", "states", "nations", "ministers", "leaders");

    /** A person noun's singular key ("deputies" → "deputy", "officials" → "official"); other words' key unchanged. */
    static String stripPlural(String w) {
        String k = Lexicon.key(w);
        if (k.endsWith("ies") && k.length() > 4) {
            String sing = k.substring(0, k.length() - 3) + "y"; // "deputies"
            if (Lexicon.PERSON_HEADS.contains(sing)) {
                return sing;
            }
        }
        if (k.endsWith("s") && !k.endsWith("ss") && k.length() > 3) {
            String sing = k.substring(0, k.length() - 1);
            if (Lexicon.PERSON_HEADS.contains(sing)) {
                return sing;
            }
        }
        return k;
    }
}
