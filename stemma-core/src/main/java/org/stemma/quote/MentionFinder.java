package org.stemma.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.text.CommonWords;
import org.stemma.text.FirstNames;
import org.stemma.text.NeverNames;
import org.stemma.text.PersonNames;
import org.stemma.text.Places;
import org.stemma.text.QuoteGlyphs;

/**
 * Finds the names an article mentions: maximal runs of capitalised words (joined by a name's
 * particles, {@link PersonNames#isParticle}), each with the titles and roles the article gives it
 * — titles inside the run ("Brigadier General"), a role just before it ("former FBI agent
 * Timothy Gill"), appositives before and after it ("his Malian counterpart, Abdoulaye Diop";
 * "Diarra, the chief of staff of Mali's Air Force,") — and what the sentence says of it: a verb
 * of saying beside it, sentence-subject position, inside a quotation or not. {@link People}
 * links the mentions to persons.
 */
final class MentionFinder {

    private final Lex lex;
    private final boolean[] inQuote;
    private final List<Mention> mentions = new ArrayList<>();
    /** Never-name words the article gives as a person's surname ("George Will", "Theresa May"). */
    private Set<String> surnames = Set.of();

    private MentionFinder(Lex lex, boolean[] inQuote) {
        this.lex = lex;
        this.inQuote = inQuote;
    }

    /** The name mentions of {@code lex}'s text in text order; tokens flagged in {@code inQuote} are quoted words. */
    static List<Mention> find(Lex lex, boolean[] inQuote) {
        return find(lex, inQuote, new HashSet<>());
    }

    /**
     * As {@link #find(Lex, boolean[])}, adding to {@code modifiers} the tokens of capitalised
     * adjectives that open a sentence before a place's name ("Striking Arizona …") or stand before a
     * lower-case noun ("the former French colonies"): no names.
     */
    static List<Mention> find(Lex lex, boolean[] inQuote, Set<Integer> modifiers) {
        MentionFinder f = new MentionFinder(lex, inQuote);
        f.findMentions();
        Set<String> surnames = f.neverNameSurnames();
        if (!surnames.isEmpty()) {
            f.mentions.clear();
            f.modifiers.clear();
            f.surnames = surnames;
            f.findMentions();
        }
        modifiers.addAll(f.modifiers);
        return f.mentions;
    }

    /** Tokens {@link #modifierOpening}, {@link NameModifiers#beforeNoun} and {@link BodyMembers#opensBeforeBody} skipped. */
    private final Set<Integer> modifiers = new HashSet<>();

    /**
     * The last words of full names ("George Will": a recorded first name, then a word that
     * otherwise never starts a name, {@link NeverNames#words()}) — such a word alone later in the
     * text is that person ("Will wrote"). The speaker-only kinds (party adjectives, labels) are
     * not names at all: "North Carolina Republican" gives no surname.
     */
    private Set<String> neverNameSurnames() {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            int last = m.tokenEnd() - 1;
            if (m.name().size() >= 2 && !m.org() && lex.notName(last) && !lex.title(last)
                    && NeverNames.words().contains(lex.key(last)) && FirstNames.known(m.name().get(m.name().size() - 2))) {
                out.add(lex.key(last));
            }
        }
        return out;
    }

    /**
     * Is the capitalised never-name word at {@code i} a surname the article gave earlier, standing
     * alone inside a sentence or before a verb of saying ("Instead, Will called", "May said")?
     */
    private boolean givenSurname(int i) {
        return surnames.contains(lex.key(i)) && i >= lex.titleCaseEnd && !(lex.isWord(i + 1) && lex.capitalised(i + 1))
                && (i > 0 && !lex.endsSentence(i - 1) && !lex.lineBreakAfter(i - 1) || lex.isWord(i + 1) && lex.cue(i + 1));
    }

    private void findMentions() {
        int i = 0;
        boolean afterModifier = false;
        while (i < lex.size) {
            if (!startsName(i)) {
                i++;
                afterModifier = false;
                continue;
            }
            if (modifierOpening(i, afterModifier)) {
                modifiers.add(i);
                i++; // "Striking Arizona copper miners": the adjective opens the line, the name (if any) comes after it
                afterModifier = true;
                continue;
            }
            afterModifier = false;
            if (BodyMembers.opensBeforeBody(lex, i)) {
                modifiers.add(i); // "Members of Harbor Watch said": a group's noun, no name
                i++;
                continue;
            }
            int j = i;
            while (j < lex.size && continuesName(j, i)) {
                j++;
                if (QuoteGlyphs.endsInApostropheS(lex.word(j - 1))) {
                    break; // possessive ends the name
                }
            }
            j = overAnd(i, j);
            // trailing particles are not part of the name
            while (j > i + 1 && !lex.capitalised(j - 1)) {
                j--;
            }
            if (NameModifiers.beforeNoun(lex, i, j)) {
                for (int t = i; t < j; t++) {
                    modifiers.add(t); // "the former French colonies": the adjective modifies the noun, no name
                }
            } else {
                addRun(i, j);
            }
            i = j;
        }
    }

    /**
     * Adds the name run [i, j) as one mention, or as two when a first name and a surname close a
     * run that opens with an organisation's name and holds no title ("Harbour Police Alden Pike
     * said", "Channel 9 News Ines Calloway"): the organisation, then the person.
     */
    private void addRun(int i, int j) {
        int f = j - 2;
        if (f > i && personAfterOrganisation(i, f, j)) {
            addMention(i, f);
            addMention(f, j);
        } else {
            addMention(i, j);
        }
    }

    private boolean personAfterOrganisation(int i, int f, int j) {
        String first = lex.word(f);
        String last = stripPossessive(lex.word(j - 1));
        if (!FirstNames.known(first) || Lexicon.isOrgWord(first) && !initialsFirstName(first) || Lexicon.isOrgWord(last)
                || !lex.capitalised(j - 1) || lex.notName(f) || lex.notName(j - 1)) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int t = i; t < j; t++) {
            words.add(stripPossessive(lex.word(t)));
        }
        boolean org = false;
        for (int t = i; t < j; t++) {
            if (lex.title(t) || Lexicon.isTitle(words, t - i)) {
                return false; // "Harbour Police Chief Alden Pike": the title makes the role
            }
            org |= t < f && Lexicon.isOrgWord(words.get(t - i));
        }
        return org;
    }

    /** Are two capitals a recorded first name ("TJ", "AJ"): initials given as a name, no acronym? */
    private static boolean initialsFirstName(String w) {
        return w.length() == 2 && allCaps(w) && FirstNames.known(w);
    }

    /**
     * The end of a name at [i, j) a determiner opens, run on over "and" when the joined phrase is
     * a noun phrase of its own ("told The Globe and Mail."), not names modifying a noun ("the
     * Obama and Bush administrations": two names); {@code j} otherwise.
     */
    private int overAnd(int i, int j) {
        if (!SpeakerResolver.oneNameOverAnd(lex, i - 1) || j + 1 >= lex.size || !lex.isWord(j) || !lex.word(j).equals("and")
                || lex.lineBreakAfter(j - 1) || lex.lineBreakAfter(j) || !startsName(j + 1) || !lex.capitalised(j - 1)
                || !lex.word(j - 1).equals(stripPossessive(lex.word(j - 1)))) {
            return j;
        }
        int k = j + 1;
        while (k < lex.size && continuesName(k, j + 1)) {
            k++;
            if (!lex.word(k - 1).equals(stripPossessive(lex.word(k - 1)))) {
                return k; // "The Globe and Mail's reporter"
            }
        }
        boolean ownPhrase = k >= lex.size || !lex.isWord(k) || lex.lineBreakAfter(k - 1) || lex.capitalised(k)
                || Lexicon.FUNCTION_WORDS.contains(lex.lower(k)) || lex.cue(k);
        return ownPhrase && lex.capitalised(k - 1) ? k : j;
    }

    /**
     * Is the capitalised word at {@code i} a common adjective or adverb ({@link CommonWords#modifier}:
     * "Striking", "Rural"), no title, opening a sentence, a line or the text (or right after such
     * a word), with a place's name after it ("Striking Arizona copper miners", "Rural Ohio voters")?
     * The word modifies the noun phrase the place opens; it does not open a person's name. An
     * organisation's name may open with an adjective ("Judicial Watch", "Purple PAC"): only a
     * place after it tells.
     */
    private boolean modifierOpening(int i, boolean afterModifier) {
        if (!(afterModifier || opensSentence(lex, i)) || lex.title(i) || allCaps(lex.word(i))
                || !CommonWords.modifier(lex.key(i)) || i + 1 >= lex.size || lex.lineBreakAfter(i)
                || !lex.capitalised(i + 1) || !continuesName(i + 1, i)) {
            return false;
        }
        int j = i + 1;
        while (j < lex.size && continuesName(j, i + 1) && !QuoteGlyphs.endsInApostropheS(lex.word(j - 1))) {
            j++;
        }
        List<String> rest = new ArrayList<>();
        for (int t = i + 1; t < j; t++) {
            rest.add(stripPossessive(lex.word(t)));
        }
        return !rest.isEmpty() && Places.isPlace(String.join(" ", rest));
    }

    /**
     * Does token {@code t} open a sentence, a line or the text, counting a sentence that ends
     * inside a quotation ("… to me.” Article continues below")?
     */
    static boolean opensSentence(Lex lex, int t) {
        if (lex.opensSentence(t)) {
            return true;
        }
        return t >= 2 && lex.kind[t - 1] == Lex.PUNCT && QuoteGlyphs.closes(lex.text.charAt(lex.start[t - 1]))
                && lex.opensSentence(t - 1);
    }

    private boolean startsName(int i) {
        if (!lex.capitalised(i) || i < lex.titleCaseEnd && lex.cue(i)) {
            return false; // a title-case headline's "Says" is a verb, not a name
        }
        if (NameModifiers.compound(lex, i)) {
            return false;
        }
        if (lex.notName(i) && !lex.title(i) && !givenSurname(i) && !firstNameMidSentence(i)) {
            return false;
        }
        return !allCaps(lex.word(i)) || lex.word(i).length() <= 5;
    }

    /**
     * Is the capitalised word at {@code i}, one that is no name on its own ("Will", "Bill"), a
     * recorded first name ({@link FirstNames#known}) inside a sentence, outside a title-case
     * headline, directly before a capitalised word that may be a name ("the baker, Will
     * Ostergaard, opened")? Inside a sentence English capitalises the word only as a name; at a
     * sentence's opening it may be the verb ("Will Ostergaard open …?"). Months ("May") are left out.
     */
    private boolean firstNameMidSentence(int i) {
        return i >= lex.titleCaseEnd && !opensSentence(lex, i) && i + 1 < lex.size && !lex.lineBreakAfter(i)
                && lex.isWord(i + 1) && lex.capitalised(i + 1) && !lex.notName(i + 1) && !lex.title(i + 1)
                && FirstNames.known(lex.word(i)) && !NeverNames.calendarWords().contains(lex.lower(i))
                && !allCaps(lex.word(i));
    }

    private static boolean allCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean continuesName(int j, int runStart) {
        if (!lex.isWord(j)) {
            return false;
        }
        if (j > runStart && lex.lineBreakAfter(j - 1)) {
            return false;
        }
        if (j < lex.titleCaseEnd && lex.cue(j)) {
            return false; // "Lindsey Graham Says": the name ends at the verb
        }
        if (lex.capitalised(j)) {
            return j == runStart || !lex.notName(j) || lex.title(j) || closesNameMidSentence(lex, j)
                    || functionWordSurname(j, runStart);
        }
        return PersonNames.isParticle(lex.lower(j)) && lex.capitalised(j + 1);
    }

    /**
     * Is the capitalised function word at {@code j} the surname of the known first name just
     * before it ("said Al From, who founded …")? Inside a sentence English capitalises such a word
     * only as a name, so it must also stand capitalised alone inside another sentence of the
     * article ("… government,” From said").
     */
    private boolean functionWordSurname(int j, int runStart) {
        if (j != runStart + 1 || j < lex.titleCaseEnd || !Lexicon.FUNCTION_WORDS.contains(lex.lower(j))
                || !FirstNames.known(lex.word(runStart)) || lex.notName(runStart) || opensSentence(lex, runStart)
                || lex.isWord(j + 1) && lex.capitalised(j + 1) || Lexicon.pronounGender(lex.lower(j)) != 0) {
            return false;
        }
        for (int t = lex.titleCaseEnd; t < lex.size; t++) {
            if (t != j && lex.isWord(t) && lex.word(t).equals(lex.word(j)) && !opensSentence(lex, t)
                    && !lex.lineBreakAfter(t - 1) && !(lex.isWord(t - 1) && lex.capitalised(t - 1))
                    && !(lex.isWord(t + 1) && lex.capitalised(t + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does the capitalised word at {@code j}, one that is no name on its own ("Watch", "Will"),
     * close the name before it: inside a sentence, outside a title-case headline, with no
     * capitalised word after it ("Judicial Watch stated", "columnist George Will wrote")? A
     * pronoun, a function word, a day, a month or "Today" never does ("told Clinton Monday").
     */
    static boolean closesNameMidSentence(Lex lex, int j) {
        String k = lex.lower(j);
        return j >= lex.titleCaseEnd && k.length() > 1 && lex.word(j).equals(stripPossessive(lex.word(j)))
                && !lex.endsSentence(j - 1) && !lex.lineBreakAfter(j - 1) && !(lex.isWord(j + 1) && lex.capitalised(j + 1))
                && !Lexicon.FUNCTION_WORDS.contains(k) && Lexicon.pronounGender(k) == 0 && !Lexicon.isNumberWord(k)
                && k.chars().noneMatch(QuoteGlyphs::isApostrophe) && !NeverNames.calendarWords().contains(k);
    }

    private void addMention(int ts, int te) {
        List<String> words = new ArrayList<>();
        for (int t = ts; t < te; t++) {
            words.add(stripPossessive(lex.word(t)));
        }
        Set<String> roles = new HashSet<>();
        // Titles (and the words before the last title, e.g. "Russian Foreign Minister") are roles.
        int lastTitle = -1;
        // An organisation's name keeps its title-like words: "Justice Department", "Democratic National Convention".
        boolean orgName = Lexicon.ORG_WORDS.contains(Lexicon.key(words.get(words.size() - 1)));
        for (int t = 0; t < words.size() - 1 && !orgName; t++) {
            if (Lexicon.isTitle(words, t)) {
                lastTitle = t;
            }
        }
        boolean titled = lastTitle >= 0;
        for (int t = 0; t <= lastTitle; t++) {
            roles.add(Lexicon.key(words.get(t)));
        }
        List<String> name = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
        boolean org = false;
        for (int w = 0; w < name.size(); w++) {
            // "Alden Pike III": a generational suffix closing a name that opens with a recorded
            // first name is no acronym ("World War II" stays no person's)
            boolean suffix = w == name.size() - 1 && w >= 1 && Person.generationSuffix(name.get(w))
                    && FirstNames.known(name.get(0));
            // "TJ Okafor": initials recorded as a first name, opening a name of two words or more
            boolean initials = w == 0 && name.size() >= 2 && initialsFirstName(name.get(0)) && !allCaps(name.get(1));
            if (Lexicon.isOrgWord(name.get(w)) && !suffix && !initials) {
                org = true;
            }
        }
        // A country or state before a full name is no part of it ("the ambassador to Norway Chen
        // Wulan"): a role word, as a first name it would hide the name's own first word.
        if (!org && name.size() >= 3 && Places.isPlace(name.get(0)) && !FirstNames.known(name.get(0))) {
            roles.add(Lexicon.key(name.get(0)));
            name = new ArrayList<>(name.subList(1, name.size()));
        }
        // Words just before the run: "former FBI agent", "Ukrainian military intelligence spokesperson (GUR)".
        int b = ts - 1;
        while (b >= 0 && (lex.isPunct(b, '(') || lex.isPunct(b, ')') || lex.isWord(b) && allCaps(lex.word(b)) && b < ts - 1)) {
            b--;
        }
        // Only a role noun right before the name opens a premodifier ("met Ms. Cole" does not).
        boolean roleBefore = lex.isWord(b) && !lex.lineBreakAfter(b) && Lexicon.PERSON_HEADS.contains(lex.key(b));
        b = roleBefore ? ts - 1 : -1;
        int taken = 0;
        while (b >= 0 && taken < 6 && !lex.lineBreakAfter(b)) {
            if (lex.isPunct(b, '(') || lex.isPunct(b, ')')) {
                b--;
                continue;
            }
            if (!lex.isWord(b)) {
                break;
            }
            String k = lex.key(b);
            if (Lexicon.DETERMINERS.contains(k) || Lexicon.isCue(k) || Lexicon.FUNCTION_WORDS.contains(k)
                    || k.equals("of")) {
                break;
            }
            roles.add(k);
            if (Lexicon.PERSON_HEADS.contains(k)) {
                titled = true;
            }
            taken++;
            b--;
        }
        // An appositive before: "his Malian counterpart, Abdoulaye Diop" / "The finance minister, Lou Jiwei,".
        if (lex.isPunct(ts - 1, ',') && !(personEndsAt(ts - 2) && Appositives.personName(lex, last(), ts - 2))) {
            Appositives.collect(lex, ts - 2, -1, roles);
        }
        // An appositive after: "Diarra, the chief of staff of Mali's Air Force,".
        if (lex.isPunct(te, ',') && lex.isWord(te + 1)
                && (Lexicon.DETERMINERS.contains(lex.lower(te + 1)) || Lexicon.PERSON_HEADS.contains(lex.key(te + 1))
                || !stripPossessive(lex.word(te + 1)).equals(lex.word(te + 1)))) { // "Zurbuchen, NASA's associate administrator,"
            Appositives.collect(lex, te + 1, +1, roles);
        }
        for (String r : roles) {
            if (Lexicon.PERSON_HEADS.contains(r)) {
                titled = true;
            }
        }
        if (name.isEmpty()) {
            return;
        }
        // Speaking is evidence of a person: "Diarra told", "said Diarra", "according to Diarra".
        boolean speaks = lex.isWord(te) && lex.cue(te)
                || lex.isWord(te + 1) && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(te)) && lex.cue(te + 1)
                || ts > 0 && lex.isWord(ts - 1) && Lexicon.INVERTING_CUES.contains(lex.word(ts - 1)) && !cueHasSubject(ts - 1)
                || ts > 1 && lex.lower(ts - 1).equals("to") && lex.lower(ts - 2).equals("according");
        boolean possessive = !lex.word(te - 1).equals(stripPossessive(lex.word(te - 1)));
        mentions.add(new Mention(lex.start[ts], lex.end[te - 1], ts, te, name, roles, org,
                lastTitle >= 0 || speaks, titled, possessive, inQuote[ts], speaks, subjectPosition(ts) && !creditLine(te)));
    }

    /**
     * Does a slash joined to the name's last word, then a capitalised word, follow the name at
     * its end {@code te} ("Andy Mai/New York Daily News The teen …")? That is a photo's credit
     * line, the photographer and the outlet, run into the caption: the name is no sentence subject.
     */
    private boolean creditLine(int te) {
        return lex.isPunct(te, '/') && lex.start[te] == lex.end[te - 1] && lex.isWord(te + 1)
                && lex.start[te + 1] == lex.end[te] && lex.capitalised(te + 1);
    }

    /**
     * The cue at {@code c} follows a word outside quotes ("he said Kabul had", "the report said
     * Kabul"): it has its subject, and the name after it opens what was said, it does not speak.
     */
    private boolean cueHasSubject(int c) {
        return c > 0 && lex.isWord(c - 1) && !inQuote[c - 1] && !lex.lineBreakAfter(c - 1);
    }

    static String stripPossessive(String w) {
        if (QuoteGlyphs.endsInApostropheS(w)) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /**
     * Is the lower-case word at {@code b}, right before a name, a verb in the present or past
     * ("supports", "praised") after a person's name: its subject, no premodifier of the name?
     */
    private boolean finiteVerbAfterName(int b) {
        String w = lex.lower(b);
        boolean finite = w.length() > 3 && (w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed"));
        return finite && !lex.capitalised(b) && !Lexicon.PERSON_HEADS.contains(SpeakerPhrases.stripPlural(w))
                && personEndsAt(b - 1);
    }

    private Mention last() {
        return mentions.get(mentions.size() - 1);
    }

    /** Does a person's name found before end at token {@code t}? */
    private boolean personEndsAt(int t) {
        if (t < 0 || mentions.isEmpty()) {
            return false;
        }
        Mention m = last();
        return m.tokenEnd() == t + 1 && !m.org() && !m.possessive(); // "Trump's spokesman Sean Spicer" opens its sentence
    }

    /** Does a name starting at token t open its sentence (possibly after titles, a short role or an adverbial)? */
    private boolean subjectPosition(int t) {
        int b = t - 1;
        int premodifiers = 0;
        while (b >= 0 && lex.isWord(b) && (lex.title(b) || Lexicon.DETERMINERS.contains(lex.lower(b))
                || premodifiers < 3 && !Lexicon.FUNCTION_WORDS.contains(lex.lower(b)) && !lex.cue(b)
                && !lex.lineBreakAfter(b))) {
            if (!lex.title(b) && !Lexicon.DETERMINERS.contains(lex.lower(b))) {
                if (premodifiers == 0 && finiteVerbAfterName(b)) {
                    return false; // "Roloson supports Democrat Hillary Clinton": the person's verb, its object
                }
                premodifiers++; // "Wild defenseman Ryan Suter", "Democratic nominee Hillary Clinton"
            }
            b--;
        }
        if (b < 0 || lex.lineBreakAfter(b) || lex.endsSentence(b)) {
            return true;
        }
        // "On Tuesday, Diarra ..." — a short adverbial and a comma before it
        if (lex.isPunct(b, ',')) {
            int c = b - 1;
            int n = 0;
            while (c >= 0 && lex.isWord(c) && n < 5) {
                c--;
                n++;
            }
            return c < 0 || lex.lineBreakAfter(c) || lex.endsSentence(c);
        }
        return false;
    }
}
