package org.stemma.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.text.ClockTimes;

/**
 * The organisations an article names, for the speakers written as a common noun ("the ministry",
 * "the company") or an acronym ("CBP"): split from {@link People}, which keeps the persons.
 */
final class Organisations {

    private final Lex lex;
    private final boolean[] inQuote;
    /** The article's name mentions ({@link People#mentions}), organisations among them. */
    private final List<Mention> mentions;

    Organisations(Lex lex, boolean[] inQuote, List<Mention> mentions) {
        this.lex = lex;
        this.inQuote = inQuote;
        this.mentions = mentions;
    }

    /**
     * The organisation a definite common noun ("the company", "the ministry") stands for: the
     * nearest organisation named before {@code pos} outside quotes, one whose name holds the
     * noun ("the ministry" → "Defence Ministry") first; null when the article named none. Unless
     * {@code anyKind} (a brand's noun, "the company" → "Shopify"), a body of another kind is no
     * nearest: "the court" is not the "Maryland Shock Trauma Center" named before it.
     */
    String organisation(String noun, int pos, boolean anyKind) {
        Mention nearest = null;
        for (Mention o : mentions) {
            if (o.org() && !o.inQuote() && o.start() < pos && pos - o.start() <= ORGANISATION_WINDOW && proper(o.name())
                    && !clockMarker(lex, o)) {
                nearest = o;
            }
        }
        Mention withNoun = organisationMention(noun, pos);
        Mention m = withNoun != null ? withNoun : anyKind || !otherKind(nearest, noun) ? nearest : null;
        if (m == null) {
            return null;
        }
        String name = String.join(" ", m.name()) + nameGoesOn(m);
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    /**
     * Does the nearest organisation's name end with an organisation word other than {@code noun},
     * itself such a word ("Trauma Center" for "the court"), named as a place ("died at the Maryland
     * Shock Trauma Center") where it neither speaks nor acts as a subject? Then it is a body of
     * another kind, not what the noun means.
     */
    private boolean otherKind(Mention m, String noun) {
        if (m == null || !Lexicon.ORG_WORDS.contains(noun) || m.speaks() || m.subject()) {
            return false;
        }
        String head = Lexicon.key(m.name().get(m.name().size() - 1));
        int t = m.tokenStart() - 1;
        if (t > 0 && lex.lower(t).equals("the")) {
            t--;
        }
        return Lexicon.ORG_WORDS.contains(head) && !head.equals(noun) && t >= 0 && lex.isWord(t)
                && PLACE_PREPOSITIONS.contains(lex.lower(t));
    }

    /** Prepositions that make a body a place the story passes through: "died at", "taken to". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "to");

    /**
     * Is the mention a time of day's marker after a clock's figures ("5:30 PM", "10 a.m.")? Its
     * capitals make it look like an acronym, but it names nobody.
     */
    static boolean clockMarker(Lex lex, Mention m) {
        int t = m.tokenStart();
        return m.tokenEnd() - t == 1 && ClockTimes.isMarkerAt(lex.word(t), 0) && t > 0 && lex.isWord(t - 1)
                && !lex.lineBreakAfter(t - 1) && lex.word(t - 1).chars().allMatch(Character::isDigit);
    }

    /** The rest of an organisation's name after its mention's capitalised run: " of Health" of "Ministry of Health". */
    private String nameGoesOn(Mention m) {
        int e = m.tokenEnd();
        while (lex.isWord(e) && NAME_LINKS.contains(lex.lower(e)) && lex.capitalised(e + 1) && !lex.lineBreakAfter(e)) {
            e += 2;
            while (lex.capitalised(e) && !lex.lineBreakAfter(e - 1)) {
                e++;
            }
        }
        return e == m.tokenEnd() ? "" : lex.text.substring(lex.end[m.tokenEnd() - 1], lex.end[e - 1]);
    }

    /** The nearest organisation named before {@code pos} whose name holds {@code noun} ("Doctors for Camp Closure"), or null. */
    String organisationNamed(String noun, int pos) {
        Mention m = organisationMention(noun, pos);
        if (m == null) {
            return null;
        }
        // The whole name: "Physicians" + "for Clean Water".
        return lex.text.substring(m.start(), m.end()) + nameGoesOn(m);
    }

    /** Lower-case words inside an organisation's name ("Doctors for Camp Closure", "Bureau of Prisons"). */
    static final Set<String> NAME_LINKS = Set.of("for", "of", "on", "against", "and");

    private Mention organisationMention(String noun, int pos) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.start() >= pos || m.inQuote() || pos - m.start() > ORGANISATION_WINDOW) {
                continue;
            }
            for (String w : m.name()) {
                if (Lexicon.key(w).equals(noun)) {
                    found = m;
                }
            }
        }
        return found;
    }

    /** A name with a word of its own, not only organisation nouns ("News", "the Council"). */
    private static boolean proper(List<String> name) {
        for (String w : name) {
            String k = Lexicon.key(w);
            if (!Lexicon.ORG_WORDS.contains(k) && !Lexicon.NOT_NAME.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** How far back (chars) an organisation's name stays what "the company" means. */
    static final int ORGANISATION_WINDOW = 3000;

    /**
     * The name an acronym stands for in this article ("CBP" → "Customs and Border Protection"):
     * a run of capitalised words outside quotes, joined only by "and", "of", "for", "on" or
     * "the", whose initials spell it; the acronym itself when the article spells out none.
     */
    String expandAcronym(String name) {
        if (name == null || name.length() < 2 || name.length() > 6 || !name.chars().allMatch(Character::isUpperCase)) {
            return name;
        }
        return acronyms.computeIfAbsent(name, this::spelledOut);
    }

    private final Map<String, String> acronyms = new HashMap<>();

    private String spelledOut(String acronym) {
        for (int i = 0; i < lex.size; i++) {
            if (inQuote[i] || !lex.capitalised(i) || lex.text.charAt(lex.start[i]) != acronym.charAt(0)) {
                continue;
            }
            int matched = 0;
            int t = i;
            int last = -1;
            while (t < lex.size && matched < acronym.length() && !inQuote[t]) {
                if (lex.capitalised(t) && lex.text.charAt(lex.start[t]) == acronym.charAt(matched)
                        && lex.word(t).length() > 1 && !lex.word(t).equals(acronym)) {
                    matched++;
                    last = t;
                } else if (!(lex.isWord(t) && ACRONYM_LINKS.contains(lex.lower(t)) && matched > 0)) {
                    break;
                }
                if (lex.lineBreakAfter(t)) {
                    break;
                }
                t++;
            }
            if (matched == acronym.length() && matched >= 2 && !lex.capitalised(last + 1)) {
                return lex.text.substring(lex.start[i], lex.end[last]);
            }
        }
        return acronym;
    }

    /** Lower-case words an organisation's spelled-out name may hold between its initials. */
    private static final Set<String> ACRONYM_LINKS = Set.of("and", "of", "for", "on", "the", "&");
}
