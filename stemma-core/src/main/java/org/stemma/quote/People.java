package org.stemma.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stemma.text.CommonWords;
import org.stemma.text.PersonNames;
import org.stemma.text.Places;
import org.stemma.text.WordNetNouns;

/**
 * The people (and named organisations) an article mentions, linked from the name mentions
 * {@link MentionFinder} finds, with the titles and roles the article gives them, so that a speaker written as "he",
 * "Diarra", "the general" or "the Malian diplomat" can be resolved to the person's canonical
 * name ("Alou Boi Diarra": titles stripped, the longest form of the name seen).
 * Whether a name is a person's is {@link PersonNames#isPerson}'s answer (the story name finder's
 * too), with the evidence only a quotation reader has: a verb of saying beside the name, and a
 * first name given mostly to one sex.
 */
final class People {

    private final Lex lex;
    private final boolean[] inQuote;
    final List<Person> people = new ArrayList<>();
    /** {@link #people} by first and last name word. */
    private final PersonIndex names = new PersonIndex();
    final List<Mention> mentions = new ArrayList<>();
    /** The organisations among {@link #mentions}: "the ministry", "CBP". */
    final Organisations organisations;
    private final List<Person> mentionPerson = new ArrayList<>();

    private People(Lex lex, boolean[] inQuote) {
        this.lex = lex;
        this.inQuote = inQuote;
        this.organisations = new Organisations(lex, inQuote, mentions);
    }

    /** Indexes the people of {@code lex}'s text; tokens flagged in {@code inQuote} are quoted words. */
    static People index(Lex lex, boolean[] inQuote) {
        People p = new People(lex, inQuote);
        p.mentions.addAll(MentionFinder.find(lex, inQuote, p.openers));
        p.dropSentenceOpeners();
        p.dropCommonOpeners();
        NoFirstNames.strip(lex, p.mentions);
        for (Mention m : p.mentions) {
            if (m.tokenEnd() - m.tokenStart() == 1 && lex.notName(m.tokenStart())) {
                p.givenSurnames.add(m.tokenStart());
            } else if (Lexicon.FUNCTION_WORDS.contains(lex.lower(m.tokenEnd() - 1))) {
                p.givenSurnames.add(m.tokenEnd() - 1); // "Al From": a function word the finder took as a surname
            }
        }
        p.link();
        p.genders();
        PronounReferents.carrySubjectPronouns(lex, inQuote, p);
        return p;
    }

    /** Tokens of never-name words the article made a surname ("George Will … Will wrote"). */
    private final Set<Integer> givenSurnames = new HashSet<>();

    /** Is token {@code t} a word never a name elsewhere, here a surname the article gave ({@link MentionFinder})? */
    boolean givenSurname(int t) {
        return givenSurnames.contains(t);
    }

    /** Is token {@code t} inside a quotation? */
    boolean quoted(int t) {
        return inQuote[t];
    }

    /**
     * Tokens of capitalised words that only open sentences ("Conversely", "Talk"), or open them
     * before a name-like run ("Striking Arizona"): no names.
     */
    private final Set<Integer> openers = new HashSet<>();

    /**
     * Drops a one-word mention that opens its sentence when nothing else says it is a name: no
     * title, no verb of saying beside it, no recorded first name, and the article never writes the
     * word capitalised anywhere but at a sentence's start ("Conversely, PolitiFact rated …",
     * "Pressure is building on …"). A person's name comes back mid-sentence or in a fuller form.
     */
    private void dropSentenceOpeners() {
        Set<String> elsewhere = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.name().size() != 1 || m.tokenEnd() - m.tokenStart() != 1 || m.org() || m.strong() || m.titled()
                    || !opensSentence(m.tokenStart())) {
                continue;
            }
            String word = m.name().get(0);
            if (PersonNames.givenNameGender(word) != 0) {
                continue;
            }
            if (elsewhere == null) {
                elsewhere = new HashSet<>();
                for (Mention o : mentions) {
                    if (o.tokenEnd() - o.tokenStart() > 1 || !opensSentence(o.tokenStart())) {
                        for (String w : o.name()) {
                            elsewhere.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            if (!elsewhere.contains(word.toLowerCase(Locale.ROOT))) {
                openers.add(m.tokenStart());
                mentions.remove(i);
            }
        }
    }

    /**
     * Drops a mention that opens its sentence (or the text) when every word of it is a common
     * word ({@link CommonWords#common}: a blog's title "Hullabaloo Hullabaloo" atop its page, run
     * together with the post), it has no title, no organisation word and no verb of saying beside
     * it, and the article writes none of its words in a name anywhere else. On a page run
     * together from its parts a headline or a furniture line opens what reads as a sentence; a
     * person called so is named in full, or mid-sentence, somewhere ("Josh Earnest … Earnest").
     * A mention beside a verb of saying stays ("Judicial Watch stated", "Story continues"): that
     * is the strongest evidence a name has.
     */
    private void dropCommonOpeners() {
        List<Mention> common = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (commonOpener(m)) {
                common.add(m);
            } else {
                for (String w : m.name()) {
                    named.add(Lexicon.key(w));
                }
            }
        }
        for (Mention m : common) {
            if (m.name().stream().noneMatch(w -> named.contains(Lexicon.key(w)))) {
                for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
                    openers.add(t);
                }
                mentions.remove(m);
            }
        }
    }

    private boolean commonOpener(Mention m) {
        if (m.org() || m.titled() || m.inQuote() || m.tokenEnd() - m.tokenStart() != m.name().size()
                || m.strong() || !MentionFinder.opensSentence(lex, m.tokenStart())) {
            return false;
        }
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            if (!CommonWords.common(lex.key(t)) || lex.title(t)) {
                return false;
            }
        }
        // "Developer Valve called …": a person noun opening the run is the role of the name after it
        return m.name().size() == 1 || !WordNetNouns.personNouns().contains(lex.key(m.tokenStart()));
    }

    private boolean opensSentence(int t) {
        return lex.opensSentence(t);
    }

    /** Is token {@code t} a lone capitalised word that only opens sentences, no name ({@link #dropSentenceOpeners})? */
    boolean opener(int t) {
        return openers.contains(t);
    }

    // ---------------------------------------------------------------- linking mentions to people

    private void link() {
        Set<String> alone = new HashSet<>(); // names written as one word, lower case
        for (Mention m : mentions) {
            if (m.name().size() == 1 && !m.org()) {
                alone.add(m.name().get(0).toLowerCase(Locale.ROOT));
            }
        }
        // Multi-word names first, so that a lone surname can map to the full name wherever it is.
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            if (m.name().size() >= 2 && !m.org()) {
                Person p = findFull(m.name());
                if (p == null) {
                    p = new Person();
                    p.name.addAll(m.name());
                    add(p);
                } else if (m.name().size() > p.name.size() && containsAll(m.name(), p.name)) {
                    String oldFirst = p.name.get(0);
                    String oldLast = p.last();
                    p.name.clear();
                    p.name.addAll(m.name());
                    names.renamed(p, oldFirst, oldLast);
                }
                p.roles.addAll(m.roles());
                String last = Person.surname(m.name()).toLowerCase(Locale.ROOT);
                // "||", not "|=": once a person has evidence, its context need not be read again for each mention
                p.personEvidence = p.personEvidence || m.strong() || m.titled()
                        || PersonNames.givenNameGender(m.name().get(0)) != 0
                        || PersonNames.isPerson(m.titled(), m.name().size(), last, alone.contains(last))
                        || ContextPersons.person(lex, inQuote, mentions, mi, p.name);
                p.titled |= m.titled();
            }
        }
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            Person p = null;
            if (m.org()) {
                mentionPerson.add(null);
                continue;
            }
            if (m.name().size() >= 2) {
                p = findFull(m.name());
            } else {
                p = bySurname(m.name().get(0), m.start());
                boolean firstName = p == null && loneFirstName(m);
                if (p == null && (m.strong() || firstName || roleNamed(m)) && !m.possessive()) {
                    p = new Person();
                    p.name.addAll(m.name());
                    add(p);
                }
                if (p != null) {
                    p.roles.addAll(m.roles());
                    p.personEvidence = p.personEvidence || m.strong() || m.titled() || firstName
                            || ContextPersons.person(lex, inQuote, mentions, mi, p.name);
                    p.titled |= m.titled();
                }
            }
            mentionPerson.add(p);
            if (p != null && !m.inQuote()) {
                p.mentions.add(m.start());
                if (Person.surname(m.name()).equalsIgnoreCase(p.last())) {
                    p.surnamed.add(m.start());
                }
                // A title makes a mention a person's, not the sentence's subject ("a call with
                // Ukrainian President Volodymyr Zelensky. He said" is not Zelensky speaking).
                if (m.speaks() && !SentenceSubjects.reportedClauseSubject(lex, m.tokenStart(), m.tokenEnd()) || m.subject()
                        || SentenceSubjects.subjectInside(lex, inQuote, m.tokenStart(), m.tokenEnd())) {
                    p.salient.add(m.start());
                }
            }
        }
    }

    /**
     * A recorded first name standing alone as a sentence's subject, or renaming a person's role
     * after its comma ("the boy's mother, Abbey, told"), no other person's name, is a person the
     * article calls by it ("Tommy — who only goes by his first name online — retired").
     */
    private boolean loneFirstName(Mention m) {
        String w = m.name().get(0);
        boolean renamesRole = m.titled() && lex.isPunct(m.tokenStart() - 1, ',') && lex.isPunct(m.tokenEnd(), ','); // "the boy's mother, Abbey,"
        return (m.subject() || renamesRole) && !m.inQuote() && m.name().size() == 1 && m.tokenEnd() - m.tokenStart() == 1
                && PersonNames.givenNameGender(w) != 0 && !lex.notName(m.tokenStart()) && !Places.isPlace(w);
    }

    /**
     * A one-word name that opens its sentence right after a person noun ("BSP supremo Mayawati
     * on Wednesday accused …", "Striker Okafor scored"): a person the article calls by that one
     * word, whom a later "she" or "he" may mean.
     */
    private boolean roleNamed(Mention m) {
        int b = m.tokenStart() - 1;
        return m.subject() && !m.inQuote() && m.name().size() == 1 && m.tokenEnd() - m.tokenStart() == 1 && b >= 0
                && lex.isWord(b) && !lex.capitalised(b) && !lex.lineBreakAfter(b) && Lexicon.PERSON_HEADS.contains(lex.key(b))
                && !lex.notName(m.tokenStart()) && !Places.isPlace(m.name().get(0));
    }

    private void add(Person p) {
        people.add(p);
        names.add(p);
    }

    private static boolean containsAll(List<String> big, List<String> small) {
        Set<String> b = new HashSet<>();
        for (String w : big) {
            b.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : small) {
            if (!b.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private Person findFull(List<String> name) {
        String first = name.get(0);
        String last = Person.surname(name);
        for (Person p : names.withLast(last)) {
            // Same surname and the same first name, or one name inside the other, or a first name
            // spelt differently (Andriy/Andrey, Josh/Joshua: FirstNameVariants) — not two given
            // names of opposite sexes, a couple or siblings ("Megan Short" and her husband "Mark
            // Short"), nor two recorded names of one initial (brothers "Dorian" and "Desmond").
            if (p.last().equalsIgnoreCase(last)
                    && (p.name.get(0).equalsIgnoreCase(first) || containsAll(p.name, name) || containsAll(name, p.name)
                    || FirstNameVariants.variants(p.name.get(0), first) && !oppositeSexes(p.name.get(0), first))) {
                return p;
            }
        }
        return null;
    }

    /** Are the two given names recorded for opposite sexes ("Megan", "Mark")? */
    private static boolean oppositeSexes(String a, String b) {
        char ga = PersonNames.givenNameGender(a);
        char gb = PersonNames.givenNameGender(b);
        return ga == 'm' && gb == 'f' || ga == 'f' && gb == 'm';
    }

    /** The person a lone word names: surname match (nearest mention wins), else a first-name match. */
    Person bySurname(String word, int near) {
        Person best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            // Only the people sharing the word can match: by last name, then by first (a one-word name is both).
            for (Person p : pass == 0 ? names.withLast(word) : names.withFirst(word)) {
                boolean match = pass == 0 ? p.name.size() >= 2 && p.last().equalsIgnoreCase(word)
                        : p.name.size() >= 2 && p.name.get(0).equalsIgnoreCase(word)
                                || p.name.size() == 1 && p.name.get(0).equalsIgnoreCase(word);
                if (!match) {
                    continue;
                }
                int d = distance(p, near);
                if (d < bestDist) {
                    bestDist = d;
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * How far {@code p} was last named by the surname from {@code near}: a mention by the first
     * name alone ("Priya was treated …") says nothing of whom a bare surname means when a
     * relative shares it ("her father, Rohan Vantongeren … Vantongeren said"); with no such mention, any.
     */
    private static int distance(Person p, int near) {
        int best = Integer.MAX_VALUE - 1;
        for (int m : p.surnamed.isEmpty() ? p.mentions : p.surnamed) {
            // prefer mentions before the position
            int d = m <= near ? near - m : (m - near) * 4;
            best = Math.min(best, d);
        }
        return best;
    }

    /**
     * Is {@code name} the canonical name of a person of this article? The names are set once the
     * article is indexed ({@link #index}); the speaker ranker asks for every option of every
     * quotation, so they are gathered on first use.
     */
    boolean isPerson(String name) {
        Set<String> c = canonical;
        if (c == null) {
            c = new HashSet<>();
            for (Person p : people) {
                c.add(p.canonical());
            }
            canonical = c;
        }
        return c.contains(name);
    }

    /** The people's canonical names ({@link #isPerson}), null until asked. */
    private Set<String> canonical;

    /** Marks that {@code p} speaks a quotation attributed at {@code pos}. */
    void noteSpeaker(Person p, int pos) {
        p.salient.add(pos);
    }

    // ---------------------------------------------------------------- gender from pronouns

    private void genders() {
        // The first name of the person's fullest form counts once ("Hawk Sawyer" is Kathleen Hawk Sawyer).
        for (Person p : people) {
            char given = p.name.size() >= 2 ? PersonNames.givenNameGender(p.name.get(0)) : 0;
            if (given == 'm') {
                p.namedMale += 2;
            } else if (given == 'f') {
                p.namedFemale += 2;
            }
            p.weakNameGender = given != 0 && !PersonNames.givenNameSure(p.name.get(0));
        }
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            Person p = mentionPerson.get(mi);
            if (p == null || m.inQuote()) {
                continue;
            }
            for (String r : m.roles()) {
                char g = PersonNames.titleGender(r);
                if (g == 'm') {
                    p.namedMale += 3;
                } else if (g == 'f') {
                    p.namedFemale += 3;
                }
                p.weakNameGender &= g == 0;
            }

            int limit = Math.min(lex.size, m.tokenEnd() + 30);
            int nextMention = mi + 1 < mentions.size() ? mentions.get(mi + 1).tokenStart() : lex.size;
            for (int t = m.tokenEnd(); t < limit && t < nextMention; t++) {
                if (inQuote[t] || !lex.isWord(t)) {
                    continue;
                }
                char g = Lexicon.pronounGender(lex.lower(t));
                if (g == 'm') {
                    p.male++;
                    break;
                }
                if (g == 'f') {
                    p.female++;
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- resolution

    /**
     * The person a pronoun at {@code pos} most likely means: among people compatible with the
     * gender, the one most recently a sentence subject or a quote's speaker, if that was within
     * the last few sentences; otherwise the one most recently mentioned at all.
     */
    Person recent(int pos, char gender) {
        Person salient = salientBefore(pos, gender);
        if (salient != null) {
            return salient;
        }
        Person best = null;
        int bestAt = -1;
        for (Person p : people) {
            if (referent(p, gender)) {
                for (int m : p.mentions) {
                    if (m < pos && m > bestAt) {
                        bestAt = m;
                        best = p;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The person most recently a sentence subject or a quote's speaker, within the last few
     * sentences before {@code pos}, of any gender; null when nobody is.
     */
    Person salientBefore(int pos) {
        return salientBefore(pos, (char) 0);
    }

    private Person salientBefore(int pos, char gender) {
        Person best = null;
        int at = -1;
        for (Person p : people) {
            // A sentence subject outweighs a shared first name's sex: only a sure sex rules it out.
            if (referent(p, gender) || referent(p, (char) 0) && !p.genderSure()) {
                for (int m : p.salient) {
                    if (m < pos && m > at) {
                        at = m;
                        best = p;
                    }
                }
            }
        }
        return best != null && pos - at <= SALIENCE_WINDOW ? best : null;
    }

    /**
     * Can a pronoun of {@code gender} (0: any) mean {@code p}? It needs someone known to be a
     * person: titled, gendered, or a full name seen speaking (gender counted from nearby
     * pronouns alone is not enough: "Stadia Pro ... he"); and no contrary gender.
     */
    static boolean referent(Person p, char gender) {
        boolean person = p.titled || p.personEvidence && (p.name.size() >= 2 || p.gender() != 0);
        return person && !(gender == 'm' && p.gender() == 'f' || gender == 'f' && p.gender() == 'm');
    }

    /** How far back (chars) a subject or speaker stays the likely referent of a pronoun. */
    private static final int SALIENCE_WINDOW = 600;

    /**
     * The person a role phrase describes: the one whose roles share most words with it,
     * nearest before {@code pos}; or, when no role matches and the phrase is definite and
     * heads on a person noun, the most recently mentioned person.
     */
    Person byRole(List<String> phraseWords, int pos, boolean definite) {
        Person best = roleHolder(phraseWords, pos);
        if (best != null) {
            return best;
        }
        Person recent = definite ? recent(pos, (char) 0) : null;
        if (recent != null || !definite) {
            return recent;
        }
        return firstWithRole(phraseWords);
    }

    /** The person mentioned before {@code pos} whose roles share most words with the phrase (nearest wins ties), or null. */
    Person roleHolder(List<String> phraseWords, int pos) {
        Person best = null;
        int bestScore = 0;
        int bestAt = -1;
        for (Person p : people) {
            int at = -1;
            for (int m : p.mentions) {
                if (m < pos) {
                    at = Math.max(at, m);
                }
            }
            if (at < 0) {
                continue;
            }
            int score = 0;
            for (String w : phraseWords) {
                if (!Lexicon.DETERMINERS.contains(w) && !w.equals("of") && p.roles.contains(w)) {
                    score++;
                }
            }
            if (score > bestScore || score == bestScore && score > 0 && at > bestAt) {
                best = p;
                bestScore = score;
                bestAt = at;
            }
        }
        return best;
    }

    private Person firstWithRole(List<String> phraseWords) {
        // Nobody named yet (a headline or a lede): the first person the article goes on to name
        // with a matching role, else the first person it names.
        Person first = null;
        int firstAt = Integer.MAX_VALUE;
        int firstScore = -1;
        for (Person p : people) {
            if (!p.personEvidence || p.mentions.isEmpty()) {
                continue;
            }
            int score = 0;
            for (String w : phraseWords) {
                if (!Lexicon.DETERMINERS.contains(w) && !w.equals("of") && p.roles.contains(w)) {
                    score++;
                }
            }
            int at = p.mentions.get(0);
            if (score > firstScore || score == firstScore && at < firstAt) {
                first = p;
                firstAt = at;
                firstScore = score;
            }
        }
        return first;
    }


    /** The person a written name denotes ("Diarra", "Gen. Diarra", "Alou Boi Diarra"), or null. */
    Person byName(List<String> nameWords, int pos) {
        if (nameWords.isEmpty()) {
            return null;
        }
        if (nameWords.size() >= 2) {
            Person p = findFull(nameWords);
            if (p != null) {
                return p;
            }
            return bySurname(Person.surname(nameWords), pos);
        }
        return bySurname(nameWords.get(0), pos);
    }
}
