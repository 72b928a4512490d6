package org.stemma.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.article.Article;

/**
 * Finds attribution phrases in an article's text and removed furniture: who it says its content
 * came from ({@link AttributionKind#SOURCE}, {@link AttributionKind#UNNAMED_SOURCE}), which
 * outlet interviewed its speaker ({@link AttributionKind#INTERVIEW}), and the links it carries.
 * Names in "according to X" and "X reported" count only when X looks like an outlet (see
 * {@link OutletNames#looksLikeOutlet}) or is one of {@code knownOutlets}, so a person cited
 * ("according to Brigadier General Diarra") is not mistaken for a source.
 */
public final class Attributions {

    private Attributions() {
    }

    /** A capitalised name of one to five words (acronyms included). */
    private static final String NAME =
            "((?:[A-Z][\\p{L}0-9&.'’-]*|[0-9]+)(?:[ \\t]+(?:[A-Z][\\p{L}0-9&.'’-]*|of|de|al|el|the|[0-9]+)){0,4})";

    static final Pattern SOURCE_LINE = Pattern.compile(
            "(?m)(?:^|[•|·]\\s*)\\s*(?:Source|Sources|Credit|Via)\\s*[:\\-–—]\\s*([^\\n•|·]{2,80})");
    static final Pattern DATELINE = Pattern.compile(
            "\\(" + NAME + "\\)\\s*[—–-]");
    static final Pattern INTERVIEW = Pattern.compile(
            "(?:\\btold\\s+|\\binterview(?:ed)?\\s+(?:with|by|to)\\s+|\\bspeaking\\s+(?:to|with)\\s+)"
                    + "(?:(?:the|a|an)\\s+)?(?:exclusive\\s+)?(?:[A-Z][a-z]+\\s+)?"
                    + "(?:(?:news\\s+)?(?:outlet|agency|channel|broadcaster|newspaper|network|TV|television|website)\\s+)?"
                    + NAME);
    static final Pattern ACCORDING = Pattern.compile(
            "\\b(?:according\\s+to|reported\\s+by|cited\\s+by|quoted\\s+by|(?:first\\s+|originally\\s+)?"
                    + "(?:published|appeared)\\s+(?:by|on|in)|via|courtesy\\s+of|republished\\s+from)\\s+"
                    + "(?:the\\s+)?" + NAME);
    static final Pattern REPORTED = Pattern.compile(
            NAME + "\\s+(?:reported|reports|has\\s+reported|said\\s+in\\s+a\\s+report|wrote)\\b");
    static final Pattern URL = Pattern.compile("https?://([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    /** The attribution phrases of {@code article}, in the order found, without duplicates. */
    public static List<Attribution> of(Article article, Set<String> knownOutlets) {
        Set<Attribution> out = new LinkedHashSet<>();
        List<String> blocks = new ArrayList<>();
        blocks.add(article.text());
        blocks.addAll(article.removed());
        for (String block : blocks) {
            scan(block, knownOutlets, out);
        }
        List<Attribution> list = new ArrayList<>();
        for (Attribution a : out) {
            // A self-reference ("(MENAFN)" in a MENAFN article) credits nobody.
            if (a.kind() != AttributionKind.UNNAMED_SOURCE && article.outlet() != null
                    && OutletNames.same(a.name(), article.outlet())) {
                continue;
            }
            list.add(a);
        }
        return list;
    }

    private static void scan(String text, Set<String> known, Set<Attribution> out) {
        // Each pattern runs only where its leading word occurs (a plain scan of word starts):
        // running the full patterns at every position cost most of the provenance stage.
        char[] chars = text.toCharArray();
        boolean sourceWord = mayHaveSourceLine(text);
        Matcher m = SOURCE_LINE.matcher(text);
        while (sourceWord && m.find()) {
            String value = m.group(1).strip();
            if (value.isEmpty()) {
                continue;
            }
            String host = OutletNames.hostLabel(value);
            if (host == null && OutletNames.isGeneric(value)) {
                out.add(new Attribution(value, AttributionKind.UNNAMED_SOURCE, m.group().strip()));
            } else {
                out.add(new Attribution(value, AttributionKind.SOURCE, m.group().strip()));
            }
        }
        if (text.indexOf('(') >= 0) {
            m = DATELINE.matcher(text);
            while (m.find()) {
                if (outlet(m.group(1), known)) {
                    out.add(new Attribution(m.group(1), AttributionKind.SOURCE, m.group().strip()));
                }
            }
        }
        m = INTERVIEW.matcher(text);
        int end = 0;
        for (int at : wordStarts(chars, INTERVIEW_WORDS)) {
            m.region(at, text.length());
            if (at >= end && m.lookingAt()) {
                end = m.end();
                String name = trimName(m.group(1));
                if (!name.isEmpty() && !adjective(name)) {
                    out.add(new Attribution(name, AttributionKind.INTERVIEW, m.group().strip()));
                }
            }
        }
        m = ACCORDING.matcher(text);
        end = 0;
        for (int at : wordStarts(chars, ACCORDING_WORDS)) {
            m.region(at, text.length());
            if (at >= end && m.lookingAt()) {
                end = m.end();
                String name = trimName(m.group(1));
                if (outlet(name, known)) {
                    out.add(new Attribution(name, AttributionKind.SOURCE, m.group().strip()));
                }
            }
        }
        m = REPORTED.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = 0;
        for (int verb : wordStarts(chars, REPORTED_WORDS)) {
            // A name is at most five words before the verb: search a window that starts at a
            // word boundary, and take the match that ends at this verb.
            int from = windowStart(text, verb, lastEnd);
            int to = verbEnd(text, verb);
            if (to < 0) {
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                if (m.end() == to) {
                    String name = trimName(m.group(1));
                    if (outlet(name, known)) {
                        out.add(new Attribution(name, AttributionKind.SOURCE, m.group().strip()));
                    }
                    lastEnd = to;
                    break;
                }
            }
        }
        if (text.contains("http")) {
            m = URL.matcher(text);
            while (m.find()) {
                out.add(new Attribution(m.group(1).toLowerCase(java.util.Locale.ROOT), AttributionKind.LINK,
                        m.group()));
            }
        }
    }

    private static final String[] INTERVIEW_WORDS = {"told", "interview", "speaking"};
    private static final String[] ACCORDING_WORDS = {"according", "reported", "cited", "quoted", "first",
        "originally", "published", "appeared", "via", "courtesy", "republished"};
    private static final String[] REPORTED_WORDS = {"reported", "reports", "has", "said", "wrote"};
    private static final Pattern REPORT_VERB = Pattern.compile(
            "(?:reported|reports|has\\s+reported|said\\s+in\\s+a\\s+report|wrote)\\b");

    private static boolean mayHaveSourceLine(String text) {
        return text.contains("Source") || text.contains("Credit") || text.contains("Via");
    }

    /** Offsets of the words of {@code text} that start with one of {@code words} (exact case). */
    private static int[] wordStarts(char[] text, String[] words) {
        int[] out = new int[8];
        int n = 0;
        int len = text.length;
        for (int i = 0; i < len; i++) {
            char c = text[i];
            if (c < 'a' || c > 'z' || i > 0 && isWordChar(text[i - 1])) {
                continue;
            }
            for (String w : words) {
                if (w.charAt(0) == c && startsWith(text, i, w)) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean startsWith(char[] text, int at, String w) {
        if (at + w.length() > text.length) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (text[at + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** As the regex {@code \w} (ASCII letters, digits, underscore), which {@code \b} looks at. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** End of the report verb phrase starting at {@code at}, or -1 if none starts there. */
    private static int verbEnd(String text, int at) {
        Matcher v = REPORT_VERB.matcher(text);
        v.useTransparentBounds(true);
        v.region(at, text.length());
        return v.lookingAt() ? v.end() : -1;
    }

    /**
     * Start of a search window for a name ending before {@code verb}: back over the whitespace
     * before the verb and up to six words (a name has at most five), at a word boundary, never
     * before {@code floor}.
     */
    private static int windowStart(String text, int verb, int floor) {
        int i = verb;
        int words = 0;
        while (i > floor && words < 7) {
            while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            words++;
        }
        return i;
    }

    static boolean outlet(String name, Set<String> known) {
        if (OutletNames.looksLikeOutlet(name)) {
            return true;
        }
        for (String k : known) {
            if (OutletNames.same(name, k)) {
                return true;
            }
        }
        return false;
    }

    /** A lone nationality adjective ("told the Russian news outlet") names no outlet. */
    static boolean adjective(String name) {
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("ian") || n.endsWith("ese") || n.endsWith("ish") || n.endsWith("can");
    }

    /** Drops trailing lower-case connectors a greedy name match may have taken. */
    static String trimName(String name) {
        String s = name.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String tail : new String[] {" of", " de", " al", " el", " the"}) {
                if (s.endsWith(tail)) {
                    s = s.substring(0, s.length() - tail.length()).strip();
                    changed = true;
                }
            }
        }
        while (!s.isEmpty() && ".,'’-".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
