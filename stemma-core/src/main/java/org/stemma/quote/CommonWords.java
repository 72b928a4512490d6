package org.stemma.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.stemma.text.FirstNames;

/**
 * Words English writes in lower case: WordNet 3.0's one-word lemmas that it never writes with a
 * capital (resource {@code common-words.tsv} beside this class: its provenance, rule and licence;
 * regenerate with tools/wordnet-lists/wordnet_common.py). A capitalised one opening a sentence or
 * a page's headline ("Story continues below", "Striking miners", "Needless to say") is page text,
 * not a name, unless the article names someone with it elsewhere.
 */
final class CommonWords {

    private CommonWords() {
    }

    private static final byte NOUN = 1;
    private static final byte VERB = 2;
    private static final byte ADJECTIVE = 4;
    private static final byte ADVERB = 8;

    private static final Map<String, Byte> KINDS = load();

    /**
     * Is {@code key} (lower case, {@link Lexicon#key}) a common word of WordNet? Some are given
     * names too ("Story", "Faith"), so a caller asks what else the article says of the word.
     */
    static boolean common(String key) {
        return KINDS.containsKey(key);
    }

    /**
     * Is {@code key} a common word ({@link #common}) that WordNet has as an adjective or an adverb
     * ("striking", "optimistic", "immediately", "fast-growing"): a word that modifies, which a name
     * does not open?
     */
    static boolean modifier(String key) {
        Byte k = KINDS.get(key);
        return k != null && (k & (ADJECTIVE | ADVERB)) != 0 && !FirstNames.known(key);
    }

    private static Map<String, Byte> load() {
        String name = "common-words.tsv";
        Map<String, Byte> out = new HashMap<>(1 << 17);
        try (InputStream in = CommonWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(name + ": no kind on line: " + line);
                }
                byte kinds = 0;
                for (int i = tab + 1; i < line.length(); i++) {
                    switch (line.charAt(i)) {
                        case 'n' -> kinds |= NOUN;
                        case 'v' -> kinds |= VERB;
                        case 'a' -> kinds |= ADJECTIVE;
                        case 'r' -> kinds |= ADVERB;
                        default -> { } // the commas between kinds
                    }
                }
                out.put(line.substring(0, tab), kinds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
