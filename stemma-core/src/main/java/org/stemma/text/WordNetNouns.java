package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns from Princeton WordNet 3.0 that quote attribution reads: person nouns that head a phrase
 * naming someone ("the general", "the teen"; resource {@code person-nouns.tsv}) and utterance
 * nouns ("his claim", "her remarks"; resource {@code utterance-nouns.tsv}) and document nouns ("the
 * affidavit says"; resource {@code document-nouns.tsv}). Each file lists every
 * word the stated WordNet rule gives, with its synset, and marks the ones in use; the files carry
 * their provenance, the rule and WordNet's licence, and tools/wordnet-lists regenerates them. All
 * words lower case.
 */
public final class WordNetNouns {

    private static final Set<String> PERSONS;
    private static final Set<String> HEADS;
    private static final Set<String> SPOKES;
    private static final Set<String> CUES;
    private static final Set<String> DOCUMENTS;
    private static final Set<String> KIN_PLURALS;

    static {
        Set<String> persons = new HashSet<>();
        Set<String> heads = new HashSet<>();
        Set<String> spokes = new HashSet<>();
        WordKinds.read("person-nouns.tsv", (word, kind) -> {
            persons.add(word);
            if (kind.equals("head")) {
                heads.add(word);
            } else if (kind.equals("spokes")) {
                spokes.add(word);
            }
        });
        Set<String> cues = new HashSet<>();
        WordKinds.read("utterance-nouns.tsv", (word, kind) -> {
            if (kind.equals("cue")) {
                cues.add(word);
            } else if (kind.equals("s")) {
                cues.add(SayingVerbs.third(word)); // a noun's regular plural is spelled as the verb's -s form
            }
        });
        Set<String> documents = new HashSet<>();
        WordKinds.read("document-nouns.tsv", (word, kind) -> {
            if (kind.equals("doc")) {
                documents.add(word);
            }
        });
        DOCUMENTS = Set.copyOf(documents);
        Set<String> kin = new HashSet<>();
        Set<String> irregular = new HashSet<>();
        WordKinds.read("kin-nouns.tsv", (word, kind) -> {
            if (kind.equals("kin")) {
                kin.add(word);
            } else if (kind.startsWith("plural-of-")) {
                irregular.add(word); // "grandchildren": WordNet's own plural, no regular one
            }
        });
        Set<String> plurals = new HashSet<>(irregular);
        kin.stream().filter(w -> !irregular.contains(w)).forEach(w -> plurals.add(SayingVerbs.third(w)));
        KIN_PLURALS = Set.copyOf(plurals);
        PERSONS = Set.copyOf(persons);
        HEADS = Set.copyOf(heads);
        SPOKES = Set.copyOf(spokes);
        CUES = Set.copyOf(cues);
    }

    private WordNetNouns() {
    }

    /** Singular nouns read as the head of a phrase naming a person ("official", "teen"). */
    public static Set<String> personHeads() {
        return HEADS;
    }

    /** Person nouns whose every sense is someone speaking for others ("spokeswoman"), in use as heads. */
    public static Set<String> spokespersons() {
        Set<String> inUse = new HashSet<>(SPOKES);
        inUse.retainAll(HEADS);
        return Set.copyOf(inUse);
    }

    /** Forms read as nouns naming an utterance ("claim", "claims", "remarks"). */
    public static Set<String> utteranceCues() {
        return CUES;
    }

    /** Every listed person noun, in use or listed for its provenance. */
    public static Set<String> personNouns() {
        return PERSONS;
    }

    /**
     * Plurals of nouns naming relatives ("parents", "cousins", "grandchildren"): the regular plural
     * of each word in use and WordNet's irregular ones (resource {@code kin-nouns.tsv}).
     */
    public static Set<String> kinPlurals() {
        return KIN_PLURALS;
    }

    /** Nouns naming a written document or record ("affidavit", "memo", "warrant"). */
    public static Set<String> documentNouns() {
        return DOCUMENTS;
    }
}
