package org.stemma.story;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stemma.text.NeverNames;
import org.stemma.text.PersonNames;

/**
 * The plain (allocating) name finder of an earlier version, which {@link NamedEntities} must
 * match; kept for the equivalence test.
 */
record NamedEntitiesReference(Set<String> persons, Set<String> names) {

    NamedEntitiesReference {
        persons = Set.copyOf(persons);
        names = Set.copyOf(names);
    }

    /** Capitalised words that start sentences or headlines without naming anything (the one list). */
    private static final Set<String> FUNCTION_WORDS = NeverNames.words();

    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du",
            "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "la", "le", "ben", "abu", "of");

    /** Finds the names of {@code text}. */
    static NamedEntitiesReference of(String text) {
        Map<String, int[]> runs = new LinkedHashMap<>(); // run -> {count, titled}
        Set<String> singles = new HashSet<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        StringBuilder run = new StringBuilder();
        int runWords = 0;
        boolean titled = false;
        boolean runAtStart = false;
        while (i <= n) {
            int s = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                int from = s;
                while (from < i && (text.charAt(from) == '\'' || text.charAt(from) == '’')) {
                    from++; // an opening single quote glued to the word
                }
                String raw = text.substring(from, i);
                String word = stripPossessive(raw);
                boolean possessive = word.length() < raw.length();
                if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
                    // a lone apostrophe or a quote mark glued to a word: not a word start
                    titled = flush(run, titled, runs, singles, runAtStart);
                    runWords = 0;
                    continue;
                }
                char c0 = word.charAt(0);
                String lower = word.toLowerCase(Locale.ROOT);
                boolean capital = Character.isUpperCase(c0);
                boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                        && Character.isLetter(c0);
                if (capital || allCaps) {
                    if (runWords == 0) {
                        runAtStart = sentenceStart;
                    }
                    boolean skip = runWords == 0 && (FUNCTION_WORDS.contains(lower)
                            || (runAtStart && lower.length() <= 2));
                    if (!skip) {
                        if (run.length() == 0 && org.stemma.text.Titles.isTitle(lower)) {
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
                        titled = flush(run, titled, runs, singles, runAtStart);
                        runWords = 0;
                    }
                } else if (run.length() > 0 && PARTICLES.contains(lower) && i < n && i + 1 < n
                        && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
                    run.append(' ').append(lower);
                } else {
                    titled = flush(run, titled, runs, singles, runAtStart);
                    runWords = 0;
                }
                sentenceStart = false;
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
            // a new sentence.
            titled = flush(run, titled, runs, singles, runAtStart);
            runWords = 0;
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '“' || c == '"'
                    || c == '•') {
                sentenceStart = true;
            }
            i++;
        }
        flush(run, titled, runs, singles, runAtStart);

        Set<String> persons = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, int[]> e : runs.entrySet()) {
            String name = e.getKey();
            int[] info = e.getValue();
            int space = name.lastIndexOf(' ');
            String last = space < 0 ? name : name.substring(space + 1);
            boolean multi = space > 0;
            boolean person = !notASurname(last)
                    && (info[1] > 0 || multi && singles.contains(last) && !last.equals(name));
            if (person) {
                persons.add(last);
                names.add(last);
            } else if (multi || info[2] > 0) {
                names.add(name);
            }
        }
        return new NamedEntitiesReference(persons, names);
    }

    /** Records the current run; returns the reset "titled" flag. */
    private static boolean flush(StringBuilder run, boolean titled, Map<String, int[]> runs,
                                 Set<String> singles, boolean atStart) {
        if (run.length() > 0) {
            String name = run.toString();
            int[] info = runs.computeIfAbsent(name, k -> new int[3]);
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

    /** The word lists are shared knowledge, not the algorithm under test: {@link PersonNames}'s. */
    private static boolean notASurname(String w) {
        return !PersonNames.canBeSurname(w);
    }

    /** Letters, digits, combining marks (inside a word, as {@link org.stemma.text.Tokenizer} reads them) and apostrophes. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") || w.endsWith("’")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
