package org.stemma.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names and the sex babies given them were recorded with, from the US Social Security
 * Administration's national baby-name counts (births 1920-2024; resource {@code first-names.tsv},
 * provenance and licence in its header and in data/first-names/). Used for the gender a pronoun
 * needs ("she" cannot be Donald) and as evidence that a capitalised run names a person.
 */
public final class FirstNames {

    /** Share of births of one sex for a name to count as that sex's. */
    static final double CLEAR_SHARE = 0.9;

    private static final Map<String, int[]> COUNTS = load();

    private FirstNames() {
    }

    /** 'm' or 'f' when babies given {@code name} were mostly of one sex, else 0 (unknown or shared). */
    public static char gender(String name) {
        int[] c = COUNTS.get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            return 0;
        }
        double total = c[0] + c[1];
        return c[0] >= CLEAR_SHARE * total ? 'm' : c[1] >= CLEAR_SHARE * total ? 'f' : 0;
    }

    /** Share of births of one sex for a name's sex to be near certain (one in a hundred the other). */
    static final double SURE_SHARE = 0.99;

    /** Were babies given {@code name} near all of one sex ({@link #SURE_SHARE})? "Lindsey" (96 % girls) is not. */
    public static boolean sure(String name) {
        int[] c = COUNTS.get(name.toLowerCase(Locale.ROOT));
        return c != null && Math.max(c[0], c[1]) >= SURE_SHARE * (c[0] + c[1]);
    }

    /**
     * Is {@code name} a recorded first name? An apostrophe inside it is dropped, as the counts
     * record names in letters only ("D'Andre" is recorded as "Dandre").
     */
    public static boolean known(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        if (COUNTS.containsKey(k)) {
            return true;
        }
        if (k.chars().noneMatch(QuoteGlyphs::isApostrophe)) {
            return false;
        }
        StringBuilder b = new StringBuilder(k.length());
        k.chars().filter(c -> !QuoteGlyphs.isApostrophe(c)).forEach(c -> b.append((char) c));
        return COUNTS.containsKey(b.toString());
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> out = new HashMap<>(1 << 16);
        try (InputStream in = FirstNames.class.getResourceAsStream("first-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource first-names.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                out.put(line.substring(0, a), new int[]{Integer.parseInt(line.substring(a + 1, b)),
                        Integer.parseInt(line.substring(b + 1))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
