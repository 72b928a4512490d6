package org.stemma.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one home of "READ MORE:"-style cues: a phrase and a colon that point the reader to another
 * article by its headline ("READ MORE: Ukraine linked to …", "See also: …", "Related stories: …").
 * One list of cue phrases, read by plain-text extraction (a cue line, or a cue after a
 * paragraph's last sentence), by provenance (cues left in an article's text or furniture) and by
 * the HTML reader (a cue block). Phrases of one or two words, lower case, written from general
 * news-page usage (no evaluation vocabulary).
 */
public final class RelatedCues {

    /** The cue phrases, lower case, words separated by one space. */
    public static final List<String> PHRASES = List.of("read more", "more", "also read", "read also",
            "see also", "related", "related article", "related articles", "related story",
            "related stories", "related news", "recommended", "read next");

    /**
     * Media labels that point elsewhere like a cue when written in capitals on a line of their
     * own ("WATCH: …", "LISTEN: …"); in any other case they open ordinary sentences.
     */
    static final List<String> CAPITALS_ONLY = List.of("watch", "listen");

    private static final Set<String> PHRASE_SET = Set.copyOf(PHRASES);
    /** The phrases' first words in capitals: a cue in capitals holds one of them. */
    private static final String[] CAPITAL_WORDS;

    static {
        Set<String> words = new LinkedHashSet<>();
        for (String p : PHRASES) {
            words.add(p.substring(0, p.indexOf(' ') < 0 ? p.length() : p.indexOf(' ')).toUpperCase(Locale.ROOT));
        }
        CAPITAL_WORDS = words.toArray(String[]::new);
    }

    private RelatedCues() {
    }

    /** Is {@code phrase} (any case, words separated by one space) a cue phrase? */
    public static boolean isCue(String phrase) {
        return PHRASE_SET.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * A cue in capitals after a paragraph's last sentence and the headline after it, to the line's
     * end ("… she said. MORE: Ukraine linked to …"): group 2 is the headline. Any {@link Spaces}
     * blank separates the words (pages often put a no-break space after the colon).
     */
    public static Pattern inlineInCapitals() {
        String blank = Spaces.CLASS;
        String nonBlank = "[^" + blank.substring(1); // the class negated: "[^" + its members + "]"
        return Pattern.compile("(?<=[.!?…][\"”’')\\]]?)" + blank + "+(" + alternation(PHRASES, true, blank + "+")
                + ")" + blank + "*:" + blank + "+(" + nonBlank + ".*)$");
    }

    /** A line that is a cue in capitals (or a capitals-only label) and what follows it (group 2). */
    public static Pattern lineInCapitals() {
        List<String> all = new ArrayList<>(PHRASES);
        all.addAll(CAPITALS_ONLY);
        return Pattern.compile("^(" + alternation(all, true, " ") + ")\\s*:\\s*(.*)$");
    }

    /** A line that is a cue in any case and what follows it (group 2). */
    public static Pattern lineAnyCase() {
        return Pattern.compile("(?i)^(" + alternation(PHRASES, false, " ") + ")\\s*:\\s*(.*)$");
    }

    /**
     * A cue anywhere in a text, any case, its words split by any white space, and the rest of its
     * line or the next (group 1, {@code minChars} to 200 characters).
     */
    public static Pattern anywhere(int minChars) {
        return Pattern.compile("(?i)\\b(?:" + alternation(PHRASES, false, "\\s+")
                + ")\\s*:[ \\t]*\\n?[ \\t]*([^\\n]{" + minChars + ",200})");
    }

    /**
     * A block that is a cue in any case, a colon or a dash or arrow ("Read more »", "See also –"),
     * and the headline (group 2).
     */
    public static Pattern leadIn() {
        return Pattern.compile("^(?i)(" + alternation(PHRASES, false, " ") + ")\\s*[:|»›–—-]+\\s*(\\S.*)$");
    }

    /** Cheap test before {@link #inlineInCapitals()}: a colon and a cue word in capitals. */
    public static boolean mayHoldCueInCapitals(String s) {
        if (s.indexOf(':') < 0) {
            return false;
        }
        for (String w : CAPITAL_WORDS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(List<String> phrases, boolean capitals, String space) {
        StringBuilder b = new StringBuilder();
        for (String p : phrases) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append((capitals ? p.toUpperCase(Locale.ROOT) : p).replace(" ", space));
        }
        return b.toString();
    }
}
