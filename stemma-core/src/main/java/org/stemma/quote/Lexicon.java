package org.stemma.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stemma.text.FirstNames;
import org.stemma.text.NeverNames;
import org.stemma.text.OrgWords;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.SayingVerbs;
import org.stemma.text.Titles;
import org.stemma.text.WordNetNouns;

/**
 * The English words quotation attribution turns on: verbs of saying, pronouns, words that head a
 * noun phrase naming a person, and words that mark an organisation. All lower case. Titles are
 * {@link Titles}'s.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Inflected verbs of saying that introduce or close a quotation: {@link SayingVerbs#forms()}
     * (resource {@code saying-verbs.tsv}: each lemma's VerbNet 3.4 class or why it has none, the
     * list's provenance and licence).
     */
    static final Set<String> CUE_VERBS = SayingVerbs.forms();

    /**
     * Verbs after which the speaker may follow ("..., said Diarra"); others take an object ("told
     * reporters"). A hand list of forms: quotative inversion is a property of a verb form in a
     * quote's closing clause, which neither VerbNet's frames nor WordNet's record (VerbNet's
     * "NP V S-Quote" frame has the speaker before the verb); see saying-verbs.tsv's header.
     */
    static final Set<String> INVERTING_CUES = Lexicon.words("said", "says", "added", "adds",
            "asked", "asks", "noted", "notes", "stated", "explained", "explains", "warned", "warns",
            "wrote", "writes", "continued", "continues", "recalled", "recalls", "replied", "replies",
            "insisted", "argued", "argues", "declared", "remarked", "responded", "countered",
            "quipped", "concluded", "observed", "cautioned", "conceded", "acknowledged",
            "remembered", "tweeted", "posted", "announced", "reported", "reports", "claimed",
            "claims", "suggested", "suggests", "stressed", "emphasized", "complained", "laughed",
            "joked", "predicted", "added", "confirmed", "admitted", "maintained", "insists", "opined",
            "comments", "commented", "chanted", "wrote");

    /** Auxiliaries and adverbs that may stand between a speaker and the cue verb. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = words("also", "has", "have", "had",
            "was", "is", "were", "are", "been", "then", "later", "once", "further", "previously",
            "recently", "again", "would", "will", "had", "reportedly", "simply", "quickly",
            "flatly", "angrily", "publicly", "privately", "earlier", "repeatedly", "only",
            "just", "still", "even", "never", "often", "frequently", "had", "did", "does", "do",
            "may", "might", "could", "should", "can", "being", "subsequently", "first",
            "finally", "immediately", "not", "n't", "quoted", "cited", "as", "being",
            "famously", "memorably", "succinctly", "bluntly", "candidly", "proudly");

    /**
     * Words that head a noun phrase naming a person ("the general", "the Malian diplomat"): {@link
     * WordNetNouns#personHeads()} (resource {@code person-nouns.tsv}: WordNet 3.0's person nouns,
     * each with its synset, the list's provenance, rule and licence). In use by a stated rule: the
     * words whose most frequent sense is a person and that SemCor tags as a noun at least as often
     * as as a verb, and four hand words WordNet lacks ("ceo").
     */
    static final Set<String> PERSON_HEADS = WordNetNouns.personHeads();

    /** Words that make a capitalised run an organisation or place, not a person: {@link OrgWords#organisationWords}. */
    static final Set<String> ORG_WORDS = OrgWords.organisationWords();

    /**
     * Capitalised words that start sentences or phrases but never a speaker's name: {@link
     * NeverNames#speakerWords()} (the story name finder's list, page labels, verbs of saying,
     * forms of address, adjectives of party or region).
     */
    static final Set<String> NOT_NAME = NeverNames.speakerWords();

    /**
     * English number words ("Forty-three", "Twelve", "Hundreds"): capitalised where they open a
     * sentence, never a name. {@link NeverNames#numberWords()}.
     */
    static final Set<String> NUMBER_WORDS = NeverNames.numberWords();

    /** Is {@code key} a number word or number words joined by hyphens ("forty-three")? */
    static boolean isNumberWord(String key) {
        if (NUMBER_WORDS.contains(key)) {
            return true;
        }
        int dash = key.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        for (String part : key.split("-", -1)) {
            if (!NUMBER_WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Auxiliary and modal verbs (a closed class of English): after a noun phrase they make it a clause's subject. */
    static final Set<String> AUXILIARIES = words("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "shall", "does", "did", "do");

    /**
     * Heads of a phrase naming someone who speaks for an organisation: the person nouns whose every
     * WordNet sense lies under spokesperson.n.01 ({@link WordNetNouns#spokespersons()}).
     */
    static final Set<String> SPOKESPERSONS = WordNetNouns.spokespersons();

    /**
     * Prepositions (but "of"), conjunctions, wh-words, forms of "be" and "have": never part of a
     * name or a role phrase. {@link NeverNames#boundaryWords()}.
     */
    static final Set<String> FUNCTION_WORDS = NeverNames.boundaryWords();

    /**
     * Nouns naming an utterance: "his claim that people would "learn nothing"", "Trump's
     * promise of "jobs"". They keep a partial quote and point to its speaker through the
     * possessive before them.
     * {@link WordNetNouns#utteranceCues()} (resource {@code utterance-nouns.tsv}: WordNet 3.0's
     * nouns under statement, message and speech act, the list's provenance, rule and licence). In
     * use: every listed noun and its regular plural, and ten hand words WordNet files elsewhere
     * ("tweet").
     */
    static final Set<String> CUE_NOUNS = WordNetNouns.utteranceCues();

    /** Personal pronouns that can be a speaker, by grammatical gender: 'm', 'f', or 'p'lural/any. */
    static char pronounGender(String lower) {
        switch (lower) {
            case "he": case "him": case "his": return 'm';
            case "she": case "her": case "hers": return 'f';
            case "they": case "we": case "i": case "it": case "you": return 'p';
            default: return 0;
        }
    }

    /** Determiners and possessives that open a common-noun speaker phrase. */
    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its",
            "our", "my", "this", "that", "one", "another", "some", "two", "three", "several",
            "many", "whose");

    /** The possessive determiners that are pronouns ("his family"): a closed class of English grammar. */
    static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her", "their", "its", "our", "my");

    /** A set of words; duplicates in the source lists are harmless. */
    static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }

    /**
     * {@link #words}, each word written with the straight apostrophe also taken with the curly one
     * ("i'm" and "i’m"), as pages use both.
     */
    static Set<String> wordsEitherApostrophe(String... ws) {
        Set<String> out = new java.util.HashSet<>(java.util.Arrays.asList(ws));
        for (String w : ws) {
            out.add(w.replace(QuoteGlyphs.STRAIGHT_SINGLE, QuoteGlyphs.RIGHT_SINGLE));
        }
        return Set.copyOf(out);
    }

    /** Lower-case, dotless form of a word for lexicon look-ups ("Mr." → "mr"). */
    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (QuoteGlyphs.endsInApostropheS(w)) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /**
     * A word that makes a capitalised run an organisation's name: an organisation noun
     * ("Ministry", "Council") or an acronym of two or more capitals ("FBI", "NATO").
     */
    static boolean isOrgWord(String word) {
        if (ORG_WORDS.contains(key(word))) {
            return true;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && word.indexOf('.') < 0;
    }

    /**
     * A word of a title or role phrase stripped from the front of a name ("Mr.", "General",
     * "Foreign", "former", "White House"): "Brigadier General Alou Boi Diarra" is canonically
     * "Alou Boi Diarra". The words are {@link Titles}'s.
     */
    static boolean isTitle(String word) {
        return Titles.isRoleWord(key(word));
    }

    /**
     * Is {@code words[t]} a title of the name after it: a listed title ({@link #isTitle}), or a
     * capitalised noun that names a person in any WordNet sense ({@link WordNetNouns#personNouns()},
     * words the person-head rule leaves out because another sense is more frequent: "Founder",
     * "Organizer") standing directly before a full name (a known first name, then another word)?
     * Written so before a name, the noun is the person's role, not a word of the name. The noun
     * must be no first name itself ("Carter Page").
     */
    static boolean isTitle(List<String> words, int t) {
        String w = words.get(t);
        if (isTitle(w)) {
            return true;
        }
        return t + 2 < words.size() && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && WordNetNouns.personNouns().contains(key(w)) && !FirstNames.known(w)
                && FirstNames.known(words.get(t + 1)) && !isTitle(words.get(t + 1));
    }

    /** A verb of saying, written in lower case (a capitalised "Post" or "Read" is not one). */
    static boolean isCue(String word) {
        if (word.isEmpty() || Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (CUE_VERBS.contains(word)) {
            return true;
        }
        if (word.endsWith("ing") && word.length() > 5) {
            // asserting, declaring, quipping: the participle of a verb of saying
            String stem = word.substring(0, word.length() - 3);
            return CUE_VERBS.contains(stem) || CUE_VERBS.contains(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && CUE_VERBS.contains(stem.substring(0, stem.length() - 1));
        }
        return false;
    }
}
