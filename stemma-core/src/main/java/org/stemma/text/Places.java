package org.stemma.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of countries and of the US states and Canadian provinces: places, which a reader never
 * takes for a speaker unless the text makes them speak ("Iraq said"). Countries come from the
 * JDK's locale data (ISO 3166 codes, English names), the states and provinces from the resource
 * {@code places.txt} beside this class, which gives their provenance.
 */
public final class Places {

    private static final Set<String> NAMES = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        try (InputStream in = Places.class.getResourceAsStream("places.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Places() {
    }

    private static void add(String name) {
        NAMES.add(name.toLowerCase(Locale.ROOT));
        int paren = name.indexOf(" (");
        if (paren > 0) {
            NAMES.add(name.substring(0, paren).toLowerCase(Locale.ROOT)); // "Myanmar (Burma)"
        }
    }

    /** Is {@code name} (words joined by single spaces, any case) a country, a US state or a Canadian province? */
    public static boolean isPlace(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Is {@code word} (as written) a one-word name WordNet gives a location, a city, region, river
     * or mountain ("Toronto", "Aberdeen")? Resource {@code wordnet-places.tsv} beside this class:
     * its provenance, rule and licence. Many are surnames too ("Jackson"): callers ask it of a
     * name's first word only.
     */
    public static boolean wordNetPlace(String word) {
        return WordNetPlaces.NAMES.contains(word);
    }

    /** The names of {@link #wordNetPlace}, read on first use. */
    private static final class WordNetPlaces {
        static final Set<String> NAMES = new HashSet<>();

        static {
            try (InputStream in = Places.class.getResourceAsStream("wordnet-places.tsv")) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && !line.startsWith("#")) {
                        NAMES.add(line.substring(0, tab));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
