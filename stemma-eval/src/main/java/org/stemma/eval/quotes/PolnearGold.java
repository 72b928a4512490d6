package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stemma.text.Span;
import org.stemma.text.Titles;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Turns PolNeAR attributions into gold direct quotations.
 *
 * <p>A direct quotation is the part of an attribution's Content that lies inside quotation
 * marks ({@link QuotedRegions}); Content with no quoted words is indirect speech and is not
 * scored. The quotation is partial when the Content also holds words of the author's own
 * outside the marks. Two attributions quoting the same words (nested attributions) count once.
 * The speaker as written is the Source text; it counts as a name when the head of its noun
 * phrase (its last word before a comma or an "of"/"from"/"at" phrase, party tags in brackets
 * ignored; or the head of an appositive after a common-noun head) is a capitalised word that is
 * not a pronoun or determiner and is not capitalised only because it starts a sentence.
 */
public final class PolnearGold {

    private PolnearGold() {
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)");

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "they",
            "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "this", "that",
            "these", "those", "some", "many", "one", "two", "three", "several", "most", "all",
            "both", "other", "another", "former", "new", "top", "senior", "but", "and", "in");

    /** The gold direct quotations of one document, inside double and single quotation marks. */
    public static List<GoldQuote> quotes(BratDocument doc) {
        return quotes(doc, true);
    }

    /**
     * The gold direct quotations of one document; with {@code singleMarks} false, only those
     * inside double marks (issue 18's first round read them so).
     */
    public static List<GoldQuote> quotes(BratDocument doc, boolean singleMarks) {
        String text = doc.text();
        List<Span> regions = singleMarks ? QuotedRegions.findAll(text) : QuotedRegions.find(text);
        Tokens tokens = Tokenizer.tokenize(text);
        List<GoldQuote> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BratDocument.Attribution a : doc.attributions()) {
            if (a.content() == null) {
                continue;
            }
            List<Span> parts = new ArrayList<>();
            for (Span r : a.content().ranges()) {
                for (Span q : regions) {
                    int s = Math.max(r.start(), q.start());
                    int e = Math.min(r.end(), q.end());
                    if (s < e) {
                        Span t = trim(text, s, e);
                        if (t != null) {
                            parts.add(t);
                        }
                    }
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            parts.sort(null);
            String partsKey = parts.toString();
            if (!seen.add(partsKey)) {
                continue;
            }
            boolean partial = false;
            for (Span r : a.content().ranges()) {
                for (int t = tokens.tokenAtOrAfter(r.start()); t < tokens.size() && tokens.end(t) <= r.end(); t++) {
                    if (!inside(parts, tokens.start(t), tokens.end(t))) {
                        partial = true;
                    }
                }
            }
            StringBuilder words = new StringBuilder();
            for (Span p : parts) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(p.of(text));
            }
            String source = a.source() == null ? null : sourceText(text, a.source());
            String key = a.source() == null ? null : nameKey(text, a.source());
            Span where = a.source() == null ? null : new Span(a.source().ranges().get(0).start(),
                    a.source().ranges().get(a.source().ranges().size() - 1).end());
            out.add(new GoldQuote(doc.name(), parts, words.toString(), partial, null, source, key, where));
        }
        return out;
    }

    private static String sourceText(String text, BratDocument.TextBound tb) {
        StringBuilder sb = new StringBuilder();
        for (Span r : tb.ranges()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(r.of(text));
        }
        return sb.toString().trim();
    }

    private static boolean inside(List<Span> parts, int s, int e) {
        for (Span p : parts) {
            if (p.start() <= s && e <= p.end()) {
                return true;
            }
        }
        return false;
    }

    private static Span trim(String text, int s, int e) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }

    /**
     * The word of a Source span that names the speaker (its last name-like word, possessive
     * stripped), or null when the source is not a name ("he", "officials", "a source").
     */
    public static String nameKey(String text, BratDocument.TextBound source) {
        // The head of the source phrase decides: "Representative Charles B. Rangel of New York"
        // is a name (Rangel), "the New York businessman" is not. Parenthetical party tags are
        // blanked; when the first comma-separated part has a common-noun head, an appositive
        // name after it counts ("Apple's chief executive, Tim Cook").
        Span r = source.ranges().get(0);
        String phrase = BRACKETS.matcher(r.of(text)).replaceAll(m -> " ".repeat(m.group().length()));
        int offset = 0;
        String[] chunks = phrase.split(",", -1);
        for (int c = 0; c < Math.min(2, chunks.length); c++) {
            String chunk = chunks[c];
            int cut = chunk.length();
            for (String prep : new String[]{" of ", " from ", " at ", " in ", " for ", " who ", " and "}) {
                int k = chunk.indexOf(prep);
                if (k > 0 && k < cut && !prep.equals(" and ")) {
                    cut = k;
                }
            }
            Tokens t = Tokenizer.tokenize(chunk.substring(0, cut));
            if (t.size() > 0) {
                int i = t.size() - 1;
                int abs = r.start() + offset + t.start(i);
                String w = text.substring(abs, r.start() + offset + t.end(i));
                boolean possessive = !w.equals(stripPossessive(w));
                if (Character.isUpperCase(w.charAt(0)) && !possessive
                        && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                        && (!sentenceStart(text, abs) || capitalisedElsewhere(text, w, abs))) {
                    return w;
                }
            }
            offset += chunk.length() + 1;
        }
        return null;
    }

    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"\u201C\u201D'(".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        if (i < 0) {
            return true;
        }
        if (text.charAt(i) == '.') {
            // "Mr. Podesta", "Charles B. Rangel": a full stop after an abbreviation (Titles) or an initial.
            int w = i;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, i);
            if (word.length() == 1 || Titles.isAbbreviation(word)) {
                return false;
            }
        }
        return ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean capitalisedElsewhere(String text, String w, int except) {
        int from = 0;
        while (true) {
            int i = text.indexOf(w, from);
            if (i < 0) {
                return false;
            }
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            if (i != except && wordStart && !sentenceStart(text, i)) {
                return true;
            }
            from = i + 1;
        }
    }
}
