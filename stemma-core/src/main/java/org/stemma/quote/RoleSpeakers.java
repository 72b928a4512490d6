package org.stemma.quote;

import java.util.List;
import org.stemma.text.CommonWords;
import org.stemma.text.WordNetNouns;

/**
 * Role and body phrases a reader resolves without a person's name (issue 18, session 18): a role
 * written as the title of someone named before ("Judge Alma Torvik" … "the judge said"), a
 * document's source named after it ("a news release from prosecutors"), the body a modifier
 * names ("a police spokesperson", "a police release", "company officials") and a bare noun
 * that speaks as a body ("said dispatch"). Each returns null when it does not apply, so the
 * resolver's other rules go on. Word classes come from WordNet through {@link Lexicon},
 * {@link WordNetNouns} and {@link CommonWords}.
 */
final class RoleSpeakers {

    private RoleSpeakers() {
    }

    /**
     * The person a definite role phrase means when its head is a person noun that is no
     * ordinary head ("judge" is more often a verb: {@link WordNetNouns#personNouns()}) and a
     * person the article named carries it as a title or role ("Superior Court Judge Alma Torvik"
     * … "the judge said"); null when nobody does, or when the head can name a body or a document
     * ("the campaign", "the paper"), where a role word of a person's is no evidence.
     */
    static Person titledHolder(Lex lex, int s, int e, People people, List<String> lowerWords,
                               String head, boolean definite) {
        if (!definite || e <= s || lex.capitalised(e - 1) || Lexicon.PERSON_HEADS.contains(head)
                || !WordNetNouns.personNouns().contains(head) || bodyOrDocument(head)) {
            return null;
        }
        for (int t = s; t < e; t++) {
            if (lex.capitalised(t) && !(t == s && Lexicon.DETERMINERS.contains(lex.lower(t)))) {
                return null; // a name in the phrase is resolved as a name
            }
        }
        return people.roleHolder(lowerWords, lex.start[s]);
    }

    private static boolean bodyOrDocument(String head) {
        return ActingOrganisations.ORGANISATION_NOUNS.contains(head) || SpeakerPhrases.ORG_HEADS.contains(head)
                || SpeakerPhrases.DOCUMENT_HEADS.contains(head) || Lexicon.ORG_WORDS.contains(head);
    }

    /**
     * Who a document phrase ending at {@code written} comes from when the words after it say so:
     * "a news release from prosecutors", "a 2018 survey by Ada Marsh of the university". A name
     * is resolved as a name; one lower-case plural person noun or body noun ("prosecutors",
     * "police") is kept as written. Null otherwise.
     */
    static String documentSource(Lex lex, int written, People people, boolean note) {
        if (written >= lex.size || !lex.isWord(written) || lex.lineBreakAfter(written - 1)) {
            return null;
        }
        String prep = lex.lower(written);
        if (!prep.equals("from") && !prep.equals("by")) {
            return null;
        }
        int[] run = SpeakerResolver.nameAfter(lex, written, 6);
        if (run != null) {
            return SpeakerResolver.resolve(lex, run[0], run[1], people, note); // the run stops before "of the University"
        }
        int w = written + 1;
        if (w >= lex.size || !lex.isWord(w) || lex.capitalised(w) || lex.lineBreakAfter(written)) {
            return null;
        }
        String word = lex.lower(w);
        boolean closed = w + 1 >= lex.size || !lex.isWord(w + 1) || Lexicon.FUNCTION_WORDS.contains(lex.lower(w + 1))
                || lex.cue(w + 1);
        String one = SpeakerPhrases.stripPlural(word);
        boolean persons = !one.equals(word) && Lexicon.PERSON_HEADS.contains(one);
        boolean body = SpeakerPhrases.ORG_HEADS.contains(word) && !SpeakerPhrases.DOCUMENT_HEADS.contains(word)
                && Lexicon.ORG_WORDS.contains(word);
        return closed && (persons || body) ? lex.word(w) : null;
    }

    /**
     * The body the lower-case modifier of a spokesperson or document phrase names, when the
     * article named no organisation with it: "a police spokesperson" → police, "a police
     * release" → police. The modifier must be a body's own word ({@link Lexicon#ORG_WORDS} and
     * a speaking body, {@link SpeakerPhrases#ORG_HEADS}), not a document or a person. Null otherwise.
     */
    static String bodyModifier(Lex lex, int s, int e, People people, int pos) {
        int b = e - 2;
        if (b < s || !lex.isWord(b) || lex.capitalised(b) || lex.lineBreakAfter(b)) {
            return null;
        }
        String word = lex.lower(b);
        if (!SpeakerPhrases.ORG_HEADS.contains(word) || !Lexicon.ORG_WORDS.contains(word)
                || SpeakerPhrases.DOCUMENT_HEADS.contains(word) || Lexicon.PERSON_HEADS.contains(word)) {
            return null;
        }
        String named = people.organisations.organisationNamed(word, pos);
        return named != null ? named : lex.word(b);
    }

    /**
     * The organisation a lower-case organisation noun before a plural person noun stands for,
     * as "the company" alone would: "company officials said" → the company the article named;
     * and the body named after "members of", "leaders of" ({@link BodyMembers#bodyOf}).
     * Null when the phrase is not so or no organisation is named.
     */
    static String organisationsPeople(Lex lex, int s, int e, People people, int pos) {
        String body = BodyMembers.bodyOf(lex, s, e, people); // "members of Harbor Watch"
        if (body != null) {
            return body;
        }
        int b = e - 2;
        if (b < s || b > s + 1 || b == s + 1 && !lex.lower(s).equals("the") || !lex.isWord(b) || lex.capitalised(b)) {
            return null;
        }
        String noun = lex.lower(b);
        return ActingOrganisations.ORGANISATION_NOUNS.contains(noun) && !Issuers.ownerBeforeHead(lex, s, e)
                ? ActingOrganisations.organisationNoun(lex, people, noun, lex.start[s]) : null;
    }

    /**
     * A bare singular noun that speaks as a body, no determiner before it ("said dispatch",
     * "management said"): English writes a count noun with a determiner, so a bare one is a
     * body's or a service's name, kept as written. The word is a WordNet noun written in lower
     * case ({@link CommonWords}), not an adjective or adverb ("said later"), a pronoun, a person
     * noun ("official") or a function word; and it is the subject of a verb of saying, before it
     * or inverted after it. Null otherwise.
     */
    static String bareBody(Lex lex, int s, int e) {
        if (e - s != 1 || !lex.isWord(s) || lex.capitalised(s)) {
            return null;
        }
        String k = lex.key(s);
        if (!CommonWords.common(k) || CommonWords.modifier(k) || Lexicon.pronounGender(k) != 0 || lex.cue(s)
                || Lexicon.FUNCTION_WORDS.contains(k) || Lexicon.DETERMINERS.contains(k) || Lexicon.NOT_NAME.contains(k)
                || WordNetNouns.personNouns().contains(SpeakerPhrases.stripPlural(k)) || k.endsWith("s")) {
            return null;
        }
        if (s > 0 && lex.isWord(s - 1) && (Lexicon.DETERMINERS.contains(lex.lower(s - 1))
                || Lexicon.POSSESSIVE_PRONOUNS.contains(lex.lower(s - 1)) || lex.capitalised(s - 1) && !lex.cue(s - 1))) {
            return null;
        }
        boolean speaks = s + 1 < lex.size && lex.isWord(s + 1) && lex.cue(s + 1)
                || s > 0 && lex.isWord(s - 1) && Lexicon.INVERTING_CUES.contains(lex.lower(s - 1));
        return speaks ? lex.word(s) : null;
    }

    /**
     * The organisation an earlier spokesperson phrase was introduced for, which a definite one
     * takes up: "A spokeswoman for Harbor Mills said … the spokeswoman added" → Harbor Mills. The
     * nearest such phrase before {@code s} (within the organisation window) with a name after "for"
     * or "of" that is no person's ({@link ActingOrganisations#organisationFor}); null when none.
     */
    static String introducedFor(Lex lex, int s, People people) {
        int from = lex.start[s];
        for (int t = s - 1; t >= 0 && from - lex.start[t] <= 3000; t--) {
            if (lex.isWord(t) && !lex.capitalised(t) && Lexicon.SPOKESPERSONS.contains(lex.key(t)) && lex.isWord(t + 1)
                    && (lex.lower(t + 1).equals("for") || lex.lower(t + 1).equals("of"))) {
                String org = ActingOrganisations.organisationFor(lex, t + 1, people, lex.start[t], false);
                if (org != null) {
                    return org;
                }
            }
        }
        return null;
    }
}
