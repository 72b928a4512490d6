package org.stemma.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads a word list resource beside this class in which each line gives a word, a tab and its
 * kinds separated by commas; blank lines and lines opening with '#' (the list's provenance and
 * format) are skipped. {@link Titles} and {@link NeverNames} read theirs so.
 */
final class WordKinds {

    private WordKinds() {
    }

    /** Hands {@code each} every (word, kind) pair of the resource {@code name}, in file order. */
    static void read(String name, BiConsumer<String, String> each) {
        try (InputStream in = WordKinds.class.getResourceAsStream(name)) {
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
                String word = line.substring(0, tab);
                for (String kind : line.substring(tab + 1).trim().split(",")) {
                    each.accept(word, kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
