package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stemma.text.FirstNames;
import org.stemma.text.NeverNames;
import org.stemma.text.OrgWords;
import org.stemma.text.PersonNames;
import org.stemma.text.Titles;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;
import org.stemma.text.WordNetNouns;

/**
 * The strict ("full name") reading of a speaker on Stemma's own gold, printed beside the
 * last-word match ({@link QuoteScorer#sameSpeaker}), which counts "Betty Greenslade" right for
 * gold "Bill Greenslade". The gold's speaker is the fullest form of the name the article gives
 * (data/quotes-gold/README.md), so ours must name the same person as fully.
 *
 * <p>Both names are read as words (lower case, possessive dropped, punctuation dropped).
 * <ul>
 *   <li><b>A person</b> (gold written in capitals, its last word can be a surname, no word of an
 *       organisation's name): leading titles and role words ({@link Titles#isRoleWord}: "Sen.";
 *       a WordNet person noun that is no first name: "Sheriff") and a trailing suffix ("Jr.",
 *       "III") are dropped from both names. Ours is the {@link #SAME} person when it holds the
 *       whole gold name after words that describe the person ("Riverside-based Tom Ames") or with
 *       a middle name, or leaves out only a middle name; an initial agrees with the word it
 *       begins. Ours a part of the gold's name without its first name ("Nixon" for gold "Ken
 *       Nixon") is {@link #SURNAME_ONLY}; another name with the same last word is
 *       {@link #SHARED_SURNAME}.</li>
 *   <li><b>An organisation or a collective</b> ("White House", "federal prosecutors"): the
 *       content words (function words and articles dropped) of the shorter are words of the
 *       longer, and the shorter ends in the longer's last word or in an organisation word
 *       ("police" for "City Police Department"; not "Harbour" for "Harbour Authority").</li>
 * </ul>
 * Anything else, no speaker included, is {@link #OTHER}. PolNeAR keeps its own match (the
 * source's key word), since its sources are not resolved names.
 */
public final class FullNameMatch {

    public static final String SAME = "same person";
    public static final String SURNAME_ONLY = "surname only";
    public static final String SHARED_SURNAME = "other person sharing the surname";
    public static final String OTHER = "other";

    /** Articles, dropped with the function words from an organisation's or a group's name. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Generational suffixes after a surname (English usage; Roman numerals are tested apart). */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "jnr", "snr");

    private FullNameMatch() {
    }

    /** The class of our resolved speaker {@code ours} against the gold's {@code gold}: {@link #SAME} when right. */
    public static String classify(String ours, String gold) {
        if (ours == null || gold == null) {
            return OTHER;
        }
        List<String> g = words(gold);
        List<String> o = words(ours);
        if (g.isEmpty() || o.isEmpty()) {
            return OTHER;
        }
        if (!isPerson(gold)) {
            return sameBody(content(o), content(g)) ? SAME : OTHER;
        }
        g = personName(g);
        o = personName(o);
        if (o.size() < g.size() && allIn(o, g)) {
            // A part of the gold's name: right only with its first name (a middle name left out).
            return o.size() >= 2 && agree(o.get(0), g.get(0)) ? SAME : SURNAME_ONLY;
        }
        if (o.size() >= g.size() && allIn(g, o) && (endsWith(o, g) || agree(o.get(0), g.get(0)))) {
            // The whole gold name, after words that describe ("Sandusky-based Tom Ames") or with a middle name.
            return SAME;
        }
        // The current reading's test: either name's last word is a word of the other.
        if (in(g.get(g.size() - 1), o) || in(o.get(o.size() - 1), g)) {
            return SHARED_SURNAME;
        }
        return OTHER;
    }

    /**
     * Do two organisations' or groups' content words name the same body: the shorter's words are
     * the longer's, and the shorter ends in the longer's last word or in a word naming a body
     * ("police" for "City Police Department"; not "Harbour" for "Harbour Authority")?
     */
    private static boolean sameBody(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.isEmpty() || !longer.containsAll(shorter)) {
            return false;
        }
        String last = shorter.get(shorter.size() - 1);
        return last.equals(longer.get(longer.size() - 1)) || OrgWords.contains(last);
    }

    /**
     * Does {@code name} end with the words of {@code tail}, and are the words before them a
     * description (no conjunction or other function word: "Ann Lee and Tom Ames" is two people)?
     */
    private static boolean endsWith(List<String> name, List<String> tail) {
        int off = name.size() - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            if (!agree(name.get(off + i), tail.get(i))) {
                return false;
            }
        }
        Set<String> function = NeverNames.boundaryWords();
        for (int i = 0; i < off; i++) {
            if (function.contains(name.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Is {@code name} written as a person's: capitalised words, a last word that can be a surname, no organisation word? */
    static boolean isPerson(String name) {
        Tokens t = Tokenizer.tokenize(name);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String raw = t.text().substring(t.start(i), t.end(i));
            String w = PolnearGold.stripPossessive(t.term(i));
            if (OrgWords.contains(w)) {
                return false;
            }
            if (!Character.isUpperCase(raw.charAt(0)) && !PersonNames.isParticle(w)) {
                return false;
            }
            words.add(w);
        }
        List<String> bare = personName(words);
        return !bare.isEmpty() && PersonNames.canBeSurname(bare.get(bare.size() - 1));
    }

    /** Lower-case words of a name, possessive dropped. */
    static List<String> words(String name) {
        Tokens t = Tokenizer.tokenize(name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(PolnearGold.stripPossessive(t.term(i)));
        }
        return out;
    }

    /** A person's name without the titles before it and the suffix after it (at least one word kept). */
    private static List<String> personName(List<String> words) {
        int from = 0;
        int to = words.size();
        while (from < to - 1 && isRole(words.get(from))) {
            from++;
        }
        if (to - from > 1 && isSuffix(words.get(to - 1))) {
            to--;
        }
        return words.subList(from, to);
    }

    /**
     * A title or role word ({@link Titles#isRoleWord}: "Sen", "President") or a noun naming a
     * person in WordNet that is no first name ("Sheriff", "Detective"; not "Carter").
     */
    private static boolean isRole(String lower) {
        return Titles.isRoleWord(lower) || WordNetNouns.personNouns().contains(lower) && !FirstNames.known(lower);
    }

    /** The generational suffixes of English names: "Jr.", "Sr." and a Roman numeral of two letters or more ("II", "IV"). */
    private static boolean isSuffix(String lower) {
        return GENERATIONS.contains(lower) || lower.length() >= 2 && lower.matches("[ivx]+");
    }

    private static List<String> content(List<String> words) {
        List<String> out = new ArrayList<>();
        Set<String> function = NeverNames.boundaryWords();
        for (String w : words) {
            if (!function.contains(w) && !ARTICLES.contains(w) && !w.equals("of")) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean allIn(List<String> small, List<String> big) {
        for (String w : small) {
            if (!in(w, big)) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(String w, List<String> words) {
        for (String x : words) {
            if (agree(w, x)) {
                return true;
            }
        }
        return false;
    }

    /** Equal words, or an initial and a word it begins ("j" and "john"). */
    private static boolean agree(String a, String b) {
        return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
    }
}
