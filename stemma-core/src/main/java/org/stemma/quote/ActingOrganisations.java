package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stemma.text.OrgWords;
import org.stemma.text.PersonNames;
import org.stemma.text.Places;

/**
 * The organisation a speaker phrase stands for ({@link SpeakerResolver}): the body a spokesperson
 * speaks for, what "the company" means (the organisation named before, or the brand that acts as
 * one), the organisation nearest before that acts rather than being addressed. Split from the
 * resolver (issue 18, session 18) so each stays readable.
 */
final class ActingOrganisations {

    private ActingOrganisations() {
    }

    /**
     * The organisation a spokesperson phrase ending at {@code e} speaks for: the capitalised
     * name after "for" or "of" ("a spokesperson for Loblaw Companies"), or for a definite
     * phrase the organisation named nearest before; null when there is none or the name is a
     * person's ("a spokesman for Mr. Trump" speaks for a person, named elsewhere).
     */
    static String organisationFor(Lex lex, int e, People people, int pos, boolean definite) {
        if (e < lex.size && lex.isWord(e) && (lex.lower(e).equals("for") || lex.lower(e).equals("of")) && !lex.lineBreakAfter(e - 1)) {
            return nameAfter(lex, e, people);
        }
        return definite ? speakingOrganisation(lex, people, pos) : null;
    }

    /**
     * The organisation's name after the preposition at {@code e} ("for Loblaw Companies", "from
     * the Riverton Fire Department"), run on as {@link #nameGoesOn} does; null when no capitalised
     * name follows, it opens with a title, or it is a person's.
     */
    static String nameAfter(Lex lex, int e, People people) {
        int[] run = SpeakerResolver.nameAfter(lex, e, 6);
        if (run == null || lex.title(run[0])) {
            return null;
        }
        int n = run[0];
        int m = run[1];
        String name = lex.text.substring(lex.start[n], lex.end[m - 1]);
        name = name.endsWith(".") && !Lexicon.isOrgWord(lex.word(m - 1)) ? name.substring(0, name.length() - 1) : name;
        List<String> words = new ArrayList<>();
        for (int t = n; t < m; t++) {
            words.add(MentionFinder.stripPossessive(lex.word(t)));
        }
        Person p = people.byName(SpeakerResolver.stripTitles(words), lex.start[n]);
        if (p != null && (p.titled || p.gender() != 0)) {
            return null;
        }
        int whole = nameGoesOn(lex, m);
        return whole > m ? lex.text.substring(lex.start[n], lex.end[whole - 1]) : name;
    }

    /**
     * Where an organisation's name that a capitalised run ends at {@code m} goes on: over "of"
     * and a capitalised run ("the Crime Branch of Dorset Police"), then over "and" once an "of"
     * was crossed ("of Trinidad and Tobago"), then over a lower-case body word ("Riverton
     * police"). Returns the end, {@code m} when it does not go on.
     */
    static int nameGoesOn(Lex lex, int m) {
        boolean crossedOf = false;
        while (m + 1 < lex.size && lex.isWord(m) && !lex.lineBreakAfter(m - 1) && !lex.lineBreakAfter(m) && lex.capitalised(m + 1)
                && (lex.lower(m).equals("of") || crossedOf && lex.lower(m).equals("and"))) {
            crossedOf = true;
            m++;
            while (m < lex.size && lex.capitalised(m) && !lex.lineBreakAfter(m - 1)) {
                m++;
            }
        }
        while (m < lex.size && lex.isWord(m) && !lex.capitalised(m) && !lex.lineBreakAfter(m - 1)
                && Lexicon.ORG_WORDS.contains(lex.lower(m)) && SpeakerPhrases.ORG_HEADS.contains(lex.lower(m))) {
            m++;
        }
        return m;
    }

    /**
     * The organisation named nearest before {@code pos} in a place where it acts: not after a
     * preposition or a verb of saying ("emailed to NBC News", "told CBC", "part of Homeland
     * Security"), where it is the outlet addressed or a context. Expanded like an acronym.
     */
    static String speakingOrganisation(Lex lex, People people, int pos) {
        Mention found = null;
        for (Mention m : people.mentions) {
            if (m.org() && !m.inQuote() && m.start() < pos && pos - m.start() <= 3000 && !addressed(lex, m)
                    && !Organisations.clockMarker(lex, m)) {
                found = m;
            }
        }
        return found == null ? null : organisationName(people, found);
    }

    /**
     * Is the mention where an organisation is addressed or a context, not where it acts: after a
     * preposition, "of" or a verb of saying ("emailed to NBC News", "told CBC", "part of
     * Homeland Security", "linked to the Islamic State")?
     */
    static boolean addressed(Lex lex, Mention m) {
        int b = m.tokenStart() - 1;
        if (b >= 0 && lex.isWord(b) && lex.lower(b).equals("the")) {
            b--;
        }
        return b >= 0 && lex.isWord(b) && !lex.lineBreakAfter(b)
                && (Lexicon.FUNCTION_WORDS.contains(lex.lower(b)) || lex.lower(b).equals("of") || lex.cue(b));
    }

    static String organisationName(People people, Mention m) {
        String name = String.join(" ", m.name());
        return people.organisations.expandAcronym(name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name);
    }

    /**
     * What "the company" means ({@link #BRAND_NOUNS}): the nearest name before {@code pos} that
     * acts as an organisation, an organisation's name or a sentence's subject that is no person
     * ("Twitter said it had suspended accounts linked to the Islamic State. … the company said"
     * → Twitter), not one only addressed or named as a context. A brand has no organisation
     * word, so the subject's place is what tells a reader it is the company. Null when none.
     */
    static String actingOrganisation(Lex lex, People people, int pos) {
        Mention found = null;
        for (Mention m : people.mentions) {
            if (m.inQuote() || m.start() >= pos || pos - m.start() > 3000 || addressed(lex, m) || m.titled()) {
                continue;
            }
            if (Places.isPlace(String.join(" ", m.name())) || nationals(m)) {
                continue; // "the United States", "Americans": a place or a nation's people, no body "the group" means
            }
            if (m.org() || (m.subject() || m.speaks()) && !m.possessive() && notAPerson(people, m)) {
                found = m;
            }
        }
        return found == null ? null : organisationName(people, found);
    }

    /**
     * Is the mention one plural word of a nationality or demonym ("Americans", "Canadians")? People
     * of a nation, no body that "the group" or "the company" can mean.
     */
    static boolean nationals(Mention m) {
        if (m.name().size() != 1) {
            return false;
        }
        String w = m.name().get(0).toLowerCase(Locale.ROOT);
        String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
        return one != null && one.length() >= 3 && !OrgWords.contains(one) && !PersonNames.canBeSurname(one);
    }

    /**
     * Nothing says the mention is a person's: the person it links to has no title or role and no
     * gender (a first name, an honorific or the article's pronouns). Speaking is no evidence here:
     * a company speaks too.
     */
    static boolean notAPerson(People people, Mention m) {
        Person p = people.byName(m.name(), m.start());
        return p == null || !p.titled && p.gender() == 0;
    }

    /**
     * The organisation a possessive organisation noun in [s, e) stands for ("the company's
     * spokesperson", "the ministry's spokesman"), as "the company" alone would; null when none.
     */
    static String organisationNounOwning(Lex lex, int s, int e, People people, int pos) {
        for (int t = s; t < e; t++) {
            String w = lex.lower(t);
            String noun = MentionFinder.stripPossessive(w);
            if (!lex.capitalised(t) && !noun.equals(w) && ORGANISATION_NOUNS.contains(noun)) {
                return organisationNoun(lex, people, noun, pos);
            }
        }
        return null;
    }

    /** The organisation the article named that "the {@code noun}" means, or null. */
    static String organisationNoun(Lex lex, People people, String noun, int pos) {
        String org = BRAND_NOUNS.contains(noun) && people.organisations.organisationNamed(noun, pos) == null
                ? actingOrganisation(lex, people, pos) : null;
        return org != null ? org : people.organisations.organisation(noun, pos, BRAND_NOUNS.contains(noun));
    }

    /** Common nouns that stand for an organisation the article has named ("the company", "the ministry"). */
    static final java.util.Set<String> ORGANISATION_NOUNS = Lexicon.words("company", "firm", "agency",
            "ministry", "department", "government", "administration", "group", "organization",
            "organisation", "committee", "council", "office", "embassy", "court", "campaign", "union",
            "association", "party", "network", "station", "newspaper", "paper", "website", "outlet",
            "magazine", "team", "club", "bank", "university", "institute", "foundation", "charity",
            "corporation", "airline", "retailer", "manufacturer", "startup", "publisher", "broadcaster",
            "service", "board", "commission", "authority", "regulator", "military", "army", "navy");

    /**
     * Organisation nouns whose organisations are often named by a brand with no organisation
     * word ("Twitter", "Shopify", "Loblaw"): for these a sentence's subject that is no person
     * may be what the noun means. Government nouns are left out: their subject is a place.
     */
    static final java.util.Set<String> BRAND_NOUNS = Lexicon.words("company", "firm",
            "corporation", "startup", "retailer", "manufacturer", "airline", "publisher", "broadcaster",
            "network", "website", "outlet", "newspaper", "paper", "magazine", "station", "bank", "charity",
            "group", "team", "club");
}
