package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stemma.text.FirstNames;
import org.stemma.text.Places;

/**
 * Resolves a speaker phrase as written to the speaker a reader names: a pronoun to the person
 * it refers to ({@link PronounReferents}), a name to the article's fullest form of it, a role
 * ("the minister") to the person introduced with it, "the company" to the organisation named
 * before, titles stripped (through {@link People}).
 */
final class SpeakerResolver {

    private SpeakerResolver() {
    }

    /**
     * A role phrase followed by the person's name in commas ("the White House spokesman, Josh
     * Earnest,") names that person: the name is the better speaker phrase. A phrase headed by a
     * person noun may carry a short post-modifier before the comma ("the director of the Federal
     * Bureau of Investigation, James B. Comey,", "his best friend at Lehigh, Bruce Turry,").
     */
    static int[] appositiveName(Lex lex, int s, int e) {
        if (e <= s) {
            return null;
        }
        int c = e;
        if (personHeaded(lex, s, e)) {
            while (c < lex.size && c - e < POST_MODIFIER && lex.isWord(c) && !lex.cue(c) && !lex.lineBreakAfter(c - 1)) {
                c++;
            }
        } else if (lex.capitalised(e - 1)) {
            return null;
        }
        return lex.isPunct(c, ',') && !lex.lineBreakAfter(c - 1) ? nameAfterComma(lex, c, lex.isWord(s - 1) && lex.cue(s - 1)) : null;
    }

    /**
     * The full name a role phrase at {@code s} stands in apposition to ("Lewis Ward, research
     * director at IDC,"): two or more capitalised words and a comma just before it, the name
     * opening its sentence or following a verb of saying ("said Lewis Ward, research director").
     */
    static int[] nameBefore(Lex lex, int s) {
        if (!lex.isPunct(s - 1, ',') || !lex.capitalised(s - 2) || lex.lineBreakAfter(s - 2)) {
            return null;
        }
        int n = s - 2;
        while (n > 0 && lex.capitalised(n - 1) && !lex.lineBreakAfter(n - 1)) {
            n--;
        }
        boolean opens = lex.opensSentence(n) || lex.isWord(n - 1) && lex.cue(n - 1);
        if (s - 1 - n < 2 || !opens || Lexicon.NOT_NAME.contains(lex.lower(n))) {
            return null;
        }
        return new int[]{n, s - 1};
    }

    /** Words a role phrase's post-modifier may take before its comma ("at the time", "I was talking to"). */
    private static final int POST_MODIFIER = 8;

    /** Does [s, e) hold a lower-case person noun ("the director of the FBI", "his best friend")? */
    private static boolean personHeaded(Lex lex, int s, int e) {
        for (int t = s; t < e; t++) {
            if (lex.isWord(t) && !lex.capitalised(t) && Lexicon.PERSON_HEADS.contains(lex.key(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A full name of two or more words after the comma at {@code e}, closed by a comma, a full stop or a cue;
     * or a known first name alone, set off before the verb or, the role phrase following its verb
     * ({@code afterCue}), ending the sentence ("says another neighbor, Mara.").
     */
    private static int[] nameAfterComma(Lex lex, int e, boolean afterCue) {
        if (!lex.capitalised(e + 1)) {
            return null;
        }
        int n = e + 1;
        while (n < lex.size && (lex.capitalised(n) || lex.isWord(n) && lex.word(n).length() == 2 && lex.word(n).endsWith("."))) {
            n++;
        }
        boolean closes = n >= lex.size || lex.isPunct(n, ',') || lex.isPunct(n, '.') || lex.isWord(n) && lex.cue(n);
        if (n - (e + 1) == 1 && lex.isPunct(n, ',') && lex.isWord(n + 1) && lex.cue(n + 1)
                && FirstNames.known(MentionFinder.stripPossessive(lex.word(e + 1))) && !lex.notName(e + 1)) {
            return new int[]{e + 1, n}; // "the boy's mother, Abbey, told": a first name alone, set off before the verb
        }
        if (afterCue && n - (e + 1) == 1 && lex.isPunct(n, '.') && lex.endsSentence(n)
                && FirstNames.known(lex.word(e + 1)) && !lex.notName(e + 1)) {
            return new int[]{e + 1, n}; // "says another neighbor, Mara.": the first name the neighbour gave
        }
        if (n - (e + 1) >= 2 && closes && !Lexicon.NOT_NAME.contains(lex.lower(e + 1))
                && !Places.isPlace(lex.text.substring(lex.start[e + 1], lex.end[n - 1]))) { // "a nurse from Halifax, Nova Scotia,"
            return new int[]{e + 1, n};
        }
        return null;
    }

    /**
     * Does a lower-case person noun stand in [from, e) ("Bank of Canada governor Tiff Macklem")?
     * Then the phrase is a role and a name, not an organisation's name.
     */
    private static boolean roleInside(Lex lex, int from, int e) {
        for (int t = from; t < e; t++) {
            if (lex.isWord(t) && !lex.capitalised(t) && Lexicon.PERSON_HEADS.contains(lex.key(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of "and" joining two names in [s, e) ("Trump and Clinton", "Sen. Ted Cruz and
     * Gov. John Kasich"), or -1: both sides capitalised at the join and at their ends, neither
     * an organisation's name ("Procter and Gamble" has no organisation word but is one name only
     * when neither side is a person the article names).
     */
    static int namesJoined(Lex lex, int s, int e) {
        if (oneNameOverAnd(lex, s)) {
            return -1;
        }
        for (int t = s + 1; t < e - 1; t++) {
            if (lex.isWord(t) && lex.word(t).equals("and")) {
                boolean names = lex.capitalised(s) && lex.capitalised(t - 1) && lex.capitalised(t + 1) && lex.capitalised(e - 1)
                        && !Lexicon.isOrgWord(lex.word(t - 1)) && !Lexicon.isOrgWord(lex.word(e - 1));
                for (int u = s; u < e && names; u++) {
                    names = lex.isWord(u) && (lex.capitalised(u) || u == t || lex.word(u).length() <= 3 && !Lexicon.FUNCTION_WORDS.contains(lex.lower(u)));
                }
                return names ? t : -1;
            }
        }
        return -1;
    }

    /**
     * Does a capitalised phrase opened at {@code s} stay one name across an "and"? It does when a
     * determiner opens it: "The Globe and Mail", "the Bill and Melinda Gates Foundation".
     */
    static boolean oneNameOverAnd(Lex lex, int s) {
        return s >= 0 && lex.isWord(s) && Lexicon.DETERMINERS.contains(lex.lower(s));
    }

    /**
     * The capitalised words after the preposition at {@code p} ("for Loblaw Companies", "from the
     * Riverton Fire Department"), "the" left out, at most {@code max}: [start, end) or null.
     */
    static int[] nameAfter(Lex lex, int p, int max) {
        int n = p + 1;
        if (lex.isWord(n) && lex.lower(n).equals("the")) {
            n++;
        }
        int m = n;
        while (m < lex.size && lex.capitalised(m) && !lex.lineBreakAfter(m - 1) && m - n < max) {
            m++;
        }
        return m > n ? new int[]{n, m} : null;
    }

    /**
     * The person a quotation's paragraph turns to after the sentence of the quotation before
     * (closed by the mark before token {@code afterPrevious}) and before this one (at char
     * {@code to}): the latest sentence subject or speaker there, when the voice does not simply
     * go on ("… she said.\n\nClinton touted her credentials. "We need …"" is Clinton's). The
     * previous quotation's own sentence ("…," said X, who wrote to Mr. Castro. "…") turns to
     * nobody. Null when nobody is.
     */
    static Person turnedTo(Lex lex, People people, int afterPrevious, int to) {
        int lo = -1;
        for (int i = Math.max(afterPrevious - 2, 0); i + 1 < lex.size && lex.start[i + 1] < to; i++) {
            if (lex.lineBreakAfter(i) || lex.endsSentence(i)) {
                lo = lex.start[i + 1];
                break;
            }
        }
        if (lo < 0) {
            return null;
        }
        lo = Math.max(lo, lex.text.lastIndexOf('\n', to - 1) + 1);
        Person best = null;
        int at = -1;
        for (Person p : people.people) {
            for (int m : p.salient) {
                if (m >= lo && m < to && m > at && People.referent(p, (char) 0)) {
                    at = m;
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * The canonical speaker for the phrase [s, e) an attribution chose, or null when it names
     * nobody identifiable; an unnamed body that speaks is kept as written ("police said"), and so is
     * the group a "they" means ({@link PronounReferents#groupThey}).
     */
    static String resolve(Lex lex, int s, int e, People people) {
        return orBody(lex, s, e, people, resolve(lex, s, e, people, true));
    }

    /**
     * {@code who}, the person or organisation [s, e) resolved to, or when none the group a "they"
     * means, the body an "it" means, or the unnamed body the phrase names ("police"); null when none.
     * Notes nothing, so the speaker ranker can tell what each option would name.
     */
    static String orBody(Lex lex, int s, int e, People people, String who) {
        if (who == null && e - s == 1) {
            who = PronounReferents.groupThey(lex, s, people);
            if (who == null) {
                who = PronounReferents.bodyIt(lex, s, people);
            }
        }
        who = who != null ? who : Issuers.unnamedBody(lex, s, e);
        return who != null ? who : RoleSpeakers.bareBody(lex, s, e); // "said dispatch"
    }

    /**
     * As {@link #resolve(Lex, int, int, People)}; with {@code note} false nothing is recorded
     * (the person found does not become the salient speaker), so the speaker ranker can ask
     * what each option would mean before choosing.
     */
    static String resolve(Lex lex, int s, int e, People people, boolean note) {
        // An acronym names what the article spelled out ("CBP" → "Customs and Border Protection").
        return people.organisations.expandAcronym(resolveWritten(lex, s, e, people, note));
    }

    private static String resolveWritten(Lex lex, int s, int e, People people, boolean note) {
        int and = namesJoined(lex, s, e);
        if (and > 0) {
            // Speakers listed together: each resolved, "Mark Blumenthal and Jon Cohen".
            String a = resolveWritten(lex, s, and, people, note);
            String b = resolveWritten(lex, and + 1, e, people, note);
            return a == null || b == null ? (a == null ? b : a) : a + " and " + b;
        }
        int pos = lex.start[s];
        int written = e;
        String first = lex.lower(s);
        if (e - s == 1) {
            char g = Lexicon.pronounGender(first);
            if (g == 'm' || g == 'f') {
                return PronounReferents.speakerMeant(lex, s, g, people, note);
            }
            if (g != 0) {
                return null; // they, we, it: a group we do not resolve
            }
        }
        // The head is the last word, or the last word before "of" ("the chief of the Malian Air Force").
        int headEnd = e;
        for (int t = s + 1; t < e; t++) {
            if (lex.lower(t).equals("of")) {
                String before = lex.key(t - 1);
                if (lex.capitalised(t - 1) && Lexicon.isTitle(before)
                        && !(t + 1 < e && Places.isPlace(lex.text.substring(lex.start[t + 1], lex.end[e - 1])))) {
                    break; // "Secretary of State Mike Pompeo": the name follows; "Rep. Peter King of New York": it went before
                }
                if (lex.capitalised(t - 1) && lex.capitalised(e - 1) && roleInside(lex, t + 1, e)) {
                    // "Bank of Canada governor Tiff Macklem": the name after the role speaks.
                    int n = e;
                    while (n > t && lex.capitalised(n - 1)) {
                        n--;
                    }
                    return resolveWritten(lex, n, e, people, note);
                }
                if (lex.capitalised(t - 1) && Lexicon.ORG_WORDS.contains(before) && lex.capitalised(e - 1)) {
                    // "the Association of Flight Attendants": an organisation's name
                    String phrase = lex.text.substring(lex.start[s], lex.end[e - 1]);
                    return phrase.regionMatches(true, 0, "the ", 0, 4) ? phrase.substring(4) : phrase;
                }
                headEnd = t; // "Mr. Morgan of the Sierra Club", "the chief of the Malian Air Force"
                break;
            }
        }
        // Names: the last capitalised run up to the head.
        List<String> nameWords = new ArrayList<>();
        boolean possessive = false;
        int capRunEnd = -1;
        for (int t = s; t < headEnd; t++) {
            if (t > s && lex.isPunct(t - 1, ',') && SpeakerPhrases.legalForm(lex, t)) {
                // "Harbor Bread, Inc. founder Lena Ortiz": the company's legal form ends its name
                if (t + 1 < headEnd && lex.capitalised(t + 1)) {
                    nameWords.clear();
                } else {
                    capRunEnd = t + 1; // "said Harbor Bread, Inc.": the company
                }
                continue;
            }
            if (lex.capitalised(t) && !(t == s && Lexicon.DETERMINERS.contains(first))
                    && (!lex.notName(t) || capRunEnd == t && MentionFinder.closesNameMidSentence(lex, t) || people.givenSurname(t))
                    && !people.opener(t)) {
                boolean andInName = !nameWords.isEmpty() && capRunEnd == t - 1 && lex.word(t - 1).equals("and");
                if (!nameWords.isEmpty() && capRunEnd != t && !andInName) {
                    nameWords.clear(); // keep the last capitalised run; "Globe and Mail" is one (names listed were split above)
                } else if (andInName) {
                    nameWords.add("and");
                }
                nameWords.add(MentionFinder.stripPossessive(lex.word(t)));
                possessive = !lex.word(t).equals(MentionFinder.stripPossessive(lex.word(t)));
                capRunEnd = t + 1;
            }
        }
        e = headEnd;
        List<String> lowerWords = new ArrayList<>();
        for (int t = s; t < e; t++) {
            if (lex.isWord(t)) {
                lowerWords.add(lex.key(t));
            }
        }
        String head = lowerWords.isEmpty() ? "" : SpeakerPhrases.stripPlural(lowerWords.get(lowerWords.size() - 1));
        boolean nameIsHead = capRunEnd == e; // also "Trump's" owning a cue noun ("Trump's slogan")
        if (!nameWords.isEmpty() && nameIsHead) {
            List<String> stripped = stripTitles(nameWords);
            if (stripped.contains("and")) {
                return String.join(" ", stripped); // "Globe and Mail": one name, no person's surname in it
            }
            Person p = people.byName(stripped, pos);
            Person spelt = stripped.size() == 1 ? MisspeltSurnames.meant(people, stripped.get(0), p) : null;
            if (spelt != null) {
                p = spelt; // "Sherill said" after "Dan Sherrill": a slip in the surname
            }
            if (p != null) {
                if (note) {
                    people.noteSpeaker(p, pos);
                }
                return p.canonical();
            }
            String joined = String.join(" ", stripped.isEmpty() ? nameWords : stripped);
            return joined;
        }
        boolean definite = Lexicon.DETERMINERS.contains(first) && !first.equals("a") && !first.equals("an")
                || possessive;
        if (Lexicon.PERSON_HEADS.contains(head) && !lex.lower(e - 1).endsWith("s")) {
            int[] named = appositiveName(lex, s, written);
            if (named == null) {
                named = nameBefore(lex, s);
            }
            if (named == null) {
                named = AppositiveName.personBefore(lex, s, people); // "remarks by Jane Doe, a spokesperson for …"
            }
            if (named != null) {
                // "the American ambassador at the time, John E. Herbst,": the name that follows;
                // "Lewis Ward, research director at IDC, sees": the name it describes.
                return resolveWritten(lex, named[0], named[1], people, note);
            }
            boolean someone = first.equals("a") || first.equals("an");
            if (Lexicon.SPOKESPERSONS.contains(head) && someone && capRunEnd > s) {
                // "a Health Canada spokesperson": someone new, speaking for the organisation named.
                return people.organisations.expandAcronym(String.join(" ", nameWords));
            }
            String owner = Lexicon.SPOKESPERSONS.contains(head) ? ActingOrganisations.organisationNounOwning(lex, s, e, people, pos) : null;
            if (owner == null && Lexicon.SPOKESPERSONS.contains(head) && e - s >= 2 && lex.isWord(e - 2) && !lex.capitalised(e - 2)) {
                // "a police spokesperson" after "the Fairbanks Police Department": the body its noun names.
                owner = people.organisations.organisationNamed(lex.key(e - 2), pos);
            }
            if (owner == null && Lexicon.SPOKESPERSONS.contains(head) && someone) {
                owner = RoleSpeakers.bodyModifier(lex, s, e, people, pos); // "a police spokesperson", no police named: police
            }
            if (owner != null && people.roleHolder(lowerWords, pos) == null) {
                return owner; // "the company's spokesperson", nobody named so: the company
            }
            if (Lexicon.SPOKESPERSONS.contains(head) && (someone || people.roleHolder(lowerWords, pos) == null)) {
                // "a spokesperson for Loblaw", "the spokesperson" with nobody named so: the
                // organisation the person speaks for.
                String org = ActingOrganisations.organisationFor(lex, written, people, pos, false);
                if (org == null && definite) {
                    org = RoleSpeakers.introducedFor(lex, s, people); // "a spokeswoman for Harbor Mills" … "the spokeswoman"
                }
                if (org == null) {
                    org = ActingOrganisations.organisationFor(lex, written, people, pos, definite);
                }
                if (org != null) {
                    return org;
                }
            }
            Person p = people.byRole(lowerWords, pos, definite);
            if (p != null && note) {
                people.noteSpeaker(p, pos);
            }
            return p == null ? null : p.canonical();
        }
        if (Lexicon.PERSON_HEADS.contains(head)) {
            // "the doctors" of an organisation named for them ("Doctors for Camp Closure");
            // otherwise "officials", "sources": unnamed people, no speaker to name.
            String org = definite ? people.organisations.organisationNamed(lex.lower(e - 1), pos) : null;
            return org != null ? org : RoleSpeakers.organisationsPeople(lex, s, e, people, pos); // "company officials"
        }
        Person holder = RoleSpeakers.titledHolder(lex, s, e, people, lowerWords, head, definite);
        if (holder != null) {
            if (note) {
                people.noteSpeaker(holder, pos);
            }
            return holder.canonical(); // "Judge Alma Torvik" … "the judge said"
        }
        if (SpeakerPhrases.DOCUMENT_HEADS.contains(head)) {
            String source = RoleSpeakers.documentSource(lex, written, people, note); // "a release from prosecutors"
            if (source == null) {
                source = ActingOrganisations.organisationNounOwning(lex, s, e, people, pos); // "the company's statement"
            }
            if (source == null && !definite) {
                source = RoleSpeakers.bodyModifier(lex, s, e, people, pos); // "a police release": police
            }
            if (source != null) {
                return source;
            }
        }
        // An organisation or a document speaking: "the letter", "the ministry". Indefinite or
        // plural phrases ("a source", "officials") name nobody in particular.
        if (!definite || head.endsWith("s") && !head.endsWith("ss")) {
            return null;
        }
        String phrase = lex.text.substring(lex.start[s], lex.end[e - 1]);
        if (phrase.toLowerCase(Locale.ROOT).startsWith("the ") && phrase.length() > 4) {
            if (Character.isUpperCase(phrase.charAt(4))) {
                return phrase.substring(4);
            }
            // "the company said": the organisation the article named before, as a reader takes it;
            // "the statement said": whoever issued it; "the district": the district named.
            String org = ActingOrganisations.ORGANISATION_NOUNS.contains(head) && !Issuers.ownerBeforeHead(lex, s, e)
                    ? ActingOrganisations.organisationNoun(lex, people, head, pos) : null;
            if (org == null && SpeakerPhrases.DOCUMENT_HEADS.contains(head)) {
                org = Issuers.issuer(lex, people, head, pos);
            } else if (org == null) {
                org = Issuers.namedFor(lex, people, s, e, head);
            }
            return org != null ? org : "the " + phrase.substring(4);
        }
        return phrase;
    }

    static List<String> stripTitles(List<String> words) {
        if (!words.isEmpty() && Lexicon.ORG_WORDS.contains(Lexicon.key(words.get(words.size() - 1)))) {
            return words; // an organisation's name keeps its title-like words: "Justice Department"
        }
        int lastTitle = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (Lexicon.isTitle(words, i)) {
                lastTitle = i;
            }
        }
        return words.subList(lastTitle + 1, words.size());
    }
}
