package org.stemma.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.Normalizer;
import org.stemma.text.Tokenizer;

/**
 * English function words that carry no weight in the same-event TF-IDF: the Snowball English
 * stop word list (BSD licence), shipped as the resource {@code english_stop.txt} beside this
 * class with its provenance. Held as {@link Tokenizer} term hashes, so a token is tested without
 * building its string. In a large corpus the inverse document frequency alone silences these
 * words; in a small one (a handful of articles) it cannot, and they would decide the cosine.
 * The reuse finder's template-page test reads them too (a title's content words).
 */
public final class StopWords {

    private static final LongIntMap HASHES = load();

    private StopWords() {
    }

    /** True if the token hash is a stop word's. */
    public static boolean contains(long hash) {
        return HASHES.get(hash, 0) == 1;
    }

    private static LongIntMap load() {
        LongIntMap set = new LongIntMap(512);
        try (InputStream in = StopWords.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("english_stop.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int bar = line.indexOf('|');
                String word = (bar < 0 ? line : line.substring(0, bar)).strip();
                if (!word.isEmpty()) {
                    set.put(Tokenizer.fnv1a64(Normalizer.normalize(word)), 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
