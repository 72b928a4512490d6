package org.stemma.story;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stemma.text.NeverNames;
import org.stemma.text.PersonNames;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Titles;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Named people, places and organisations of a text, found from capitalisation: maximal runs of
 * capitalised words (joined by short particles such as "de", "bin", "al"). A run is a person
 * when it starts with a title ("General", "Minister", "President"...: {@link Titles#isTitle}) or when its last word
 * also occurs alone elsewhere in the text ("Alou Boi Diarra" … "Diarra said"); persons are
 * keyed by that last word (the surname), other names by their whole lower-cased form. A name
 * is a place when it follows "in", "at", "near", "outside" or "across" ("shot in Mesa County"),
 * ends with a word such as "County" or "Street", or is a dateline: capitals opening a line
 * before a comma ("CLIFTON, Colo. -").
 *
 * @param persons surnames of the people named, lower case
 * @param names   every name (persons' surnames and places included), lower case, possessive removed
 * @param places  the names read as places, lower case
 */
public record NamedEntities(Set<String> persons, Set<String> names, Set<String> places) {

    public NamedEntities {
        persons = Set.copyOf(persons);
        names = Set.copyOf(names);
        places = Set.copyOf(places);
    }

    /** Names without places (as the lexical event rule of earlier versions read them). */
    public NamedEntities(Set<String> persons, Set<String> names) {
        this(persons, names, Set.of());
    }

    /** Words before a name that make it a place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across");

    /** Last words of place names. */
    private static final Set<String> PLACE_WORDS = Set.of("county", "city", "township", "street",
            "avenue", "road", "boulevard", "parish", "village", "town", "province", "region",
            "district", "park", "heights", "beach", "island", "islands", "valley");

    /**
     * Capitalised words that start sentences or headlines without naming anything: {@link
     * NeverNames#words()} (function words, sentence adverbs, numerals and calendar names). Page
     * furniture ("Leave a Reply") is the extractor's to remove, not this list's.
     */
    private static final Set<String> FUNCTION_WORDS = NeverNames.words();

    /** Length of the longest particle ("della"). */
    private static final int MAX_PARTICLE = PersonNames.MAX_PARTICLE;

    /** A person's particle ({@link PersonNames#isParticle}) or the "of" of "Bank of England". */
    private static boolean particle(String lower) {
        return lower.equals("of") || PersonNames.isParticle(lower);
    }

    /** Finds the names of {@code text}. */
    public static NamedEntities of(String text) {
        return of(Tokenizer.tokenize(text));
    }

    /**
     * Finds the names of a tokenised text. A word is a {@link Tokenizer} token with the
     * apostrophes glued to it ("'Israel", "States'", "2024's"); everything else between words is
     * read character by character (spaces join a run, other marks end it).
     */
    public static NamedEntities of(Tokens tokens) {
        String text = tokens.text();
        int next = 0; // the next token not yet read
        Map<String, int[]> runs = new LinkedHashMap<>(); // run -> {count, titled}
        Set<String> singles = new HashSet<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        StringBuilder run = new StringBuilder();
        int runWords = 0;
        boolean titled = false;
        boolean runAtStart = false;
        // Place cues: the word before the run was a place preposition; the run opens a line in
        // capitals (a dateline, if a comma follows).
        boolean afterPreposition = false;
        boolean place = false;
        boolean lineStart = true;
        boolean runLineCaps = false;
        while (i <= n) {
            int s = i;
            int a = i;
            while (a < n && QuoteGlyphs.isApostrophe(text.charAt(a))) {
                a++;
            }
            if (next < tokens.size() && tokens.start(next) == a) {
                // a word with its glued apostrophes, and any word glued after them ("2024's")
                while (next < tokens.size() && tokens.start(next) == a) {
                    i = tokens.end(next++);
                    while (i < n && QuoteGlyphs.isApostrophe(text.charAt(i))) {
                        i++;
                    }
                    a = i;
                }
            } else {
                i = a; // apostrophes alone
            }
            if (i > s) {
                int from = s;
                while (from < i && QuoteGlyphs.isApostrophe(text.charAt(from))) {
                    from++; // an opening single quote glued to the word
                }
                if (from < i && Character.isLowerCase(text.charAt(from))
                        && Character.toUpperCase(text.charAt(from)) != text.charAt(from)) {
                    // Most words: lower case, so neither capitalised nor all capitals. Only a
                    // particle inside a run needs the word itself; nothing is allocated otherwise.
                    int end = possessiveEnd(text, from, i);
                    if (run.length() > 0 && end - from <= MAX_PARTICLE && i < n && i + 1 < n
                            && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))
                            && particle(text.substring(from, end).toLowerCase(Locale.ROOT))) {
                        run.append(' ').append(text.substring(from, end).toLowerCase(Locale.ROOT));
                    } else {
                        titled = flush(run, titled, runs, singles, runAtStart, place);
                        runWords = 0;
                        afterPreposition = isPlacePreposition(text, from, end);
                    }
                    sentenceStart = false;
                    lineStart = false;
                    continue;
                }
                int end = possessiveEnd(text, from, i);
                String word = text.substring(from, end);
                boolean possessive = end < i;
                if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
                    // a lone apostrophe or a quote mark glued to a word: not a word start
                    titled = flush(run, titled, runs, singles, runAtStart, place);
                    runWords = 0;
                    continue;
                }
                char c0 = word.charAt(0);
                String lower = word.toLowerCase(Locale.ROOT);
                boolean capital = Character.isUpperCase(c0);
                boolean allCaps = word.length() > 1 && Character.isLetter(c0) && allCapitals(word);
                if (capital || allCaps) {
                    if (runWords == 0) {
                        runAtStart = sentenceStart;
                        place = afterPreposition;
                        runLineCaps = lineStart && allCaps;
                    } else if (!allCaps) {
                        runLineCaps = false;
                    }
                    boolean skip = runWords == 0 && (FUNCTION_WORDS.contains(lower)
                            || (runAtStart && lower.length() <= 2));
                    afterPreposition = skip && PLACE_PREPOSITIONS.contains(lower); // "In Chicago, ..."
                    if (!skip) {
                        if (run.length() == 0 && Titles.isTitle(lower)) {
                            titled = true; // "Brigadier General", "Foreign Minister": not part of the name
                        } else {
                            if (run.length() > 0) {
                                run.append(' ');
                            }
                            run.append(lower);
                        }
                        runWords++;
                    }
                    if (possessive) {
                        // "Africa’s Sahel region": the possessive closes the name
                        titled = flush(run, titled, runs, singles, runAtStart, place);
                        runWords = 0;
                    }
                } else if (run.length() > 0 && particle(lower) && i < n && i + 1 < n
                        && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
                    run.append(' ').append(lower);
                } else {
                    titled = flush(run, titled, runs, singles, runAtStart, place);
                    runWords = 0;
                    afterPreposition = false;
                }
                sentenceStart = false;
                lineStart = false;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            // Any other character ends a run; sentence punctuation and line breaks also start
            // a new sentence. Capitals opening a line before a comma are a dateline's place.
            if (c == ',' && runLineCaps && run.length() > 0) {
                place = true;
                runAtStart = false;
            }
            titled = flush(run, titled, runs, singles, runAtStart, place);
            runWords = 0;
            afterPreposition = false;
            runLineCaps = false;
            if (c == '\n') {
                lineStart = true;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || QuoteGlyphs.isDouble(c) && QuoteGlyphs.opens(c)
                    || c == '•') {
                sentenceStart = true;
            }
            i++;
        }
        flush(run, titled, runs, singles, runAtStart, place);

        Set<String> persons = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Map.Entry<String, int[]> e : runs.entrySet()) {
            String name = e.getKey();
            int[] info = e.getValue();
            int space = name.lastIndexOf(' ');
            String last = space < 0 ? name : name.substring(space + 1);
            boolean multi = space > 0;
            boolean person = PersonNames.isPerson(info[1] > 0, multi ? 2 : 1, last,
                    singles.contains(last) && !last.equals(name));
            if (person) {
                persons.add(last);
                names.add(last);
            } else if (multi || info[2] > 0) {
                names.add(name);
                if (info[3] > 0 || PLACE_WORDS.contains(last) && multi) {
                    places.add(name);
                }
            }
        }
        return new NamedEntities(persons, names, places);
    }

    /** Records the current run; returns the reset "titled" flag. */
    private static boolean flush(StringBuilder run, boolean titled, Map<String, int[]> runs,
                                 Set<String> singles, boolean atStart, boolean place) {
        if (run.length() > 0) {
            String name = run.toString();
            int[] info = runs.computeIfAbsent(name, k -> new int[4]);
            if (place) {
                info[3] = 1;
            }
            info[0]++;
            if (titled) {
                info[1] = 1;
            }
            if (!atStart) {
                info[2] = 1; // seen away from a sentence start: a name, not a capitalised word
            }
            if (name.indexOf(' ') < 0) {
                singles.add(name);
            }
            run.setLength(0);
        }
        return false;
    }

    /** True if text[from, to) is a lower-case place preposition (no string is built). */
    private static boolean isPlacePreposition(String text, int from, int to) {
        int len = to - from;
        return switch (len) {
            case 2 -> text.startsWith("in", from) || text.startsWith("at", from);
            case 4 -> text.startsWith("near", from);
            case 6 -> text.startsWith("across", from);
            case 7 -> text.startsWith("outside", from);
            default -> false;
        };
    }

    /** True if upper-casing {@code word} leaves it unchanged (without a copy for ASCII words). */
    private static boolean allCapitals(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80) {
                return word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** Where the word text[from, to) ends without its possessive ending ('s, ’s, or a final apostrophe). */
    private static int possessiveEnd(String text, int from, int to) {
        int len = to - from;
        if (len >= 2 && text.charAt(to - 1) == 's' && QuoteGlyphs.isApostrophe(text.charAt(to - 2))) {
            return to - 2;
        }
        if (len >= 1 && QuoteGlyphs.isApostrophe(text.charAt(to - 1))) {
            return to - 1;
        }
        return to;
    }

}
