package org.stemma.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words English writes in lower case: WordNet 3.0's one-word lemmas that it never writes with a
 * capital (resource {@code common-words.tsv} beside this class: its provenance, rule and licence;
 * regenerate with tools/wordnet-lists/wordnet_common.py). A capitalised one opening a sentence or
 * a page's headline (a blog's title "Hullabaloo", "Striking miners") is page text, not a name,
 * unless the article names someone with it elsewhere (quote attribution's People and
 * MentionFinder ask).
 */
public final class CommonWords {

    private CommonWords() {
    }

    private static final byte NOUN = 1;
    private static final byte VERB = 2;
    private static final byte ADJECTIVE = 4;
    private static final byte ADVERB = 8;

    private static final Map<String, Byte> KINDS = load();

    /**
     * Is {@code key} (lower case, dotless) a common word of WordNet? Some are given names too
     * ("Story", "Faith"), so a caller asks what else the article says of the word.
     */
    public static boolean common(String key) {
        return KINDS.containsKey(key);
    }

    /**
     * Is {@code key} a common word ({@link #common}) that WordNet has as an adjective or an adverb
     * ("striking", "rural", "fast-growing"), and no recorded first name ({@link FirstNames#known}:
     * not "Sterling", "Earnest")? A word that modifies, which a name does not open.
     */
    public static boolean modifier(String key) {
        Byte k = KINDS.get(key);
        return k != null && (k & (ADJECTIVE | ADVERB)) != 0 && !FirstNames.known(key);
    }

    /** The common words WordNet has as nouns ({@link #common}), for a reader that needs the whole class. */
    public static Set<String> nouns() {
        Set<String> out = new HashSet<>(1 << 16);
        KINDS.forEach((word, kind) -> {
            if ((kind & NOUN) != 0) {
                out.add(word);
            }
        });
        return out;
    }

    private static Map<String, Byte> load() {
        Map<String, Byte> out = new HashMap<>(1 << 17);
        WordKinds.read("common-words.tsv", (word, kind) -> {
            byte bit = switch (kind) {
                case "n" -> NOUN;
                case "v" -> VERB;
                case "a" -> ADJECTIVE;
                case "r" -> ADVERB;
                default -> throw new IllegalStateException("common-words.tsv: unknown kind " + kind + " of " + word);
            };
            out.merge(word, bit, (a, b) -> (byte) (a | b));
        });
        return out;
    }
}
