package org.stemma.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Sentences;
import org.stemma.text.Titles;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Words and punctuation of a text with offsets, for attribution parsing: a view of
 * {@link Tokenizer}'s words that also keeps the commas, colons and full stops between them. A word keeps a
 * trailing full stop when it is an abbreviation or an initial ("Mr.", "U.S.", "J.") that does not end the
 * sentence. Where sentences end is {@link Sentences}'s answer ({@link Sentences#stops}), mapped to tokens
 * once here.
 */
final class Lex {

    static final byte WORD = 1;
    static final byte PUNCT = 2;
    /** One of these alone between two words joins them into one. */
    private static final String JOINERS = "" + QuoteGlyphs.STRAIGHT_SINGLE + QuoteGlyphs.RIGHT_SINGLE + "-.&";

    final String text;
    final int[] start;
    final int[] end;
    final byte[] kind;
    final int size;
    /** Token strings and their lower-case forms, made on first use (attribution asks many times). */
    private final String[] words;
    private final String[] lowers;
    /** Lexicon look-ups per token, made on first use: keys, and cue/title answers (0 = not asked yet, 1 = no, 2 = yes). */
    private final String[] keys;
    private final byte[] cues;
    private final byte[] titles;
    /** stop[i]: token i is the last mark of a terminal run that ends a sentence ({@link Sentences#stops}). */
    private final boolean[] stop;
    /** breakAfter[i]: a line break between token i and token i+1 (or i is the last token). */
    private final boolean[] breakAfter;
    /** Tokens of the headline (the short first line the text goes on after), 0 when there is none. */
    final int headlineEnd;
    /** {@link #headlineEnd} when the headline is in title case ("Clinton Calls Remarks 'Troubling'"), else 0. */
    final int titleCaseEnd;

    private Lex(String text, int[] start, int[] end, byte[] kind, int size, int[] stops) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.size = size;
        this.words = new String[size];
        this.lowers = new String[size];
        this.keys = new String[size];
        this.cues = new byte[size];
        this.titles = new byte[size];
        this.breakAfter = new boolean[size];
        this.stop = new boolean[size];
        for (int offset : stops) {
            int t = tokenAt(offset);
            if (t < size && start[t] == offset) {
                stop[t] = true;
            }
        }
        for (int i = 0; i < size; i++) {
            if (i + 1 >= size) {
                breakAfter[i] = true;
                continue;
            }
            for (int c = end[i]; c < start[i + 1]; c++) {
                if (text.charAt(c) == '\n') {
                    breakAfter[i] = true;
                    break;
                }
            }
        }
        int firstBreak = 0;
        int words = 0;
        while (firstBreak < size && !breakAfter[firstBreak]) {
            words += kind[firstBreak] == WORD ? 1 : 0;
            firstBreak++;
        }
        words += firstBreak < size && kind[firstBreak] == WORD ? 1 : 0;
        this.headlineEnd = firstBreak + 1 < size && words <= HEADLINE_WORDS ? firstBreak + 1 : 0;
        this.titleCaseEnd = titleCase(headlineEnd) ? headlineEnd : 0;
    }

    /** Most words of a headline line. */
    static final int HEADLINE_WORDS = 30;

    /**
     * Are tokens [0, n) written in title case: at least three words of four letters or more, and
     * nearly all of them capitalised? Capitals there say nothing of names, and verbs of saying
     * are capitalised too ("Lindsey Graham Says").
     */
    private boolean titleCase(int n) {
        int longWords = 0;
        int capitalised = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] == WORD && end[i] - start[i] >= 4 && Character.isLetter(text.charAt(start[i]))) {
                longWords++;
                capitalised += Character.isUpperCase(text.charAt(start[i])) ? 1 : 0;
            }
        }
        return longWords >= 3 && capitalised * 5 >= longWords * 4;
    }

    /** Lexes {@code text}. */
    static Lex of(String text) {
        return of(Tokenizer.tokenize(text));
    }

    /**
     * A view of the tokenizer's words with the punctuation between them: words joined by one
     * hyphen, full stop, ampersand or apostrophe with nothing around it become one word
     * ("Moscow-Bamako", "U.S", "2.5", "AT&T", "90's"), unless {@link Sentences} ends a sentence at
     * that full stop ("Montalvo.More", a space lost in scraping); a full stop after an abbreviation
     * or an initial stays on its word unless it ends the sentence ("from the U.S. The"); every
     * other character that is not white space is a punctuation token of its own.
     */
    static Lex of(Tokens words) {
        String text = words.text();
        int[] stops = Sentences.stops(text);
        int nextStop = 0; // the first of stops not before the word being read
        int cap = Math.max(8, words.size() * 2);
        int[] s = new int[cap];
        int[] e = new int[cap];
        byte[] k = new byte[cap];
        int n = 0;
        int prevEnd = 0;
        int w = 0;
        while (w <= words.size()) {
            int gapEnd = w < words.size() ? words.start(w) : text.length();
            for (int c = prevEnd; c < gapEnd; c++) {
                char ch = text.charAt(c);
                if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                    continue;
                }
                if (n + 1 >= s.length) {
                    s = Arrays.copyOf(s, s.length * 2);
                    e = Arrays.copyOf(e, s.length);
                    k = Arrays.copyOf(k, s.length);
                }
                s[n] = c;
                e[n] = c + 1;
                k[n] = PUNCT;
                n++;
            }
            if (w == words.size()) {
                break;
            }
            int ts = words.start(w);
            int te = words.end(w);
            w++;
            while (nextStop < stops.length && stops[nextStop] < te) {
                nextStop++;
            }
            while (w < words.size() && words.start(w) == te + 1 && JOINERS.indexOf(text.charAt(te)) >= 0
                    && !(nextStop < stops.length && stops[nextStop] == te)) {
                te = words.end(w); // Mali's, Moscow-Bamako, U.S, 2.5; not "Montalvo.More" (a lost space)
                w++;
                while (nextStop < stops.length && stops[nextStop] < te) {
                    nextStop++;
                }
            }
            boolean stopAfter = nextStop < stops.length && stops[nextStop] == te;
            if (te < text.length() && text.charAt(te) == '.' && !stopAfter && abbreviation(text, ts, te)) {
                te++;
            }
            if (n + 1 >= s.length) {
                s = Arrays.copyOf(s, s.length * 2);
                e = Arrays.copyOf(e, s.length);
                k = Arrays.copyOf(k, s.length);
            }
            s[n] = ts;
            e[n] = te;
            k[n] = WORD;
            n++;
            prevEnd = te;
        }
        return new Lex(text, s, e, k, n, stops);
    }

    private static boolean abbreviation(String text, int s, int e) {
        String w = text.substring(s, e);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (w.indexOf('.') > 0) {
            return true; // U.S, U.N
        }
        return Titles.isAbbreviation(w); // "Mr.", "Sept.", "Inc.", "Calif."
    }

    String word(int i) {
        String w = words[i];
        if (w == null) {
            w = text.substring(start[i], end[i]);
            words[i] = w;
        }
        return w;
    }

    String lower(int i) {
        String w = lowers[i];
        if (w == null) {
            w = word(i).toLowerCase(Locale.ROOT);
            lowers[i] = w;
        }
        return w;
    }

    /**
     * Is word i written as a possessive: "Diarra's", or a word ending in s with a bare apostrophe
     * straight after it and a word after that ("Sanders’ campaign manager")?
     */
    boolean possessive(int i) {
        if (!isWord(i)) {
            return false;
        }
        String w = lower(i);
        if (QuoteGlyphs.endsInApostropheS(w)) {
            return true;
        }
        return w.endsWith("s") && i + 2 < size && apostrophe(i + 1)
                && end[i] == start[i + 1] && start[i + 2] > end[i + 1] && isWord(i + 2);
    }

    /** {@link Lexicon#key} of token i. */
    String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = Lexicon.key(word(i));
            keys[i] = k;
        }
        return k;
    }

    /** {@link Lexicon#isCue} of token i; in a title-case headline, of its lower-case form. */
    boolean cue(int i) {
        if (cues[i] == 0) {
            boolean cue = Lexicon.isCue(word(i)) || i < titleCaseEnd && Lexicon.isCue(lower(i)) || statesVerb(i);
            cues[i] = cue ? (byte) 2 : (byte) 1;
        }
        return cues[i] == 2;
    }

    /**
     * Is token {@code i} "states" the verb, not the plural noun: after one singular noun that a
     * singular determiner opens ("the affidavit states that", "…," the obituary states.), the noun
     * not an adjective's form ("the southern states", "the coastal states"), and before what a verb
     * of saying takes (a clause's "that", a colon, a quote mark, the sentence's end), the phrase not
     * a preposition's object?
     */
    boolean statesVerb(int i) {
        if (i < 2 || !isWord(i) || !word(i).equals("states") || !isWord(i - 1) || !isWord(i - 2) || capitalised(i - 1)
                || lineBreakAfter(i - 1) || lineBreakAfter(i - 2) || !SINGULAR_DETERMINERS.contains(lower(i - 2))) {
            return false;
        }
        if (i >= 3 && isWord(i - 3) && !lineBreakAfter(i - 3)
                && (Lexicon.FUNCTION_WORDS.contains(lower(i - 3)) && !lower(i - 3).equals("that") || lower(i - 3).equals("of"))) {
            return false; // "turnout in the primary states": after a preposition the phrase is no subject
        }
        String noun = lower(i - 1);
        for (String ending : ADJECTIVE_ENDINGS) {
            if (noun.endsWith(ending)) {
                return false;
            }
        }
        if (i + 1 >= size || lineBreakAfter(i)) {
            return true;
        }
        return isWord(i + 1) ? lower(i + 1).equals("that") : !isPunct(i + 1, '(') && !isPunct(i + 1, '-');
    }

    /** Determiners of one thing ("the", "this", "its"), not of several ("two", "many"). */
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "our", "my", "this", "that");

    /** Endings of plural nouns and of adjectives and participles, which "states" the noun follows. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("s", "al", "ic", "ern", "ing", "ed", "an", "ive", "ian");

    /** {@link Lexicon#isTitle} of token i. */
    boolean title(int i) {
        if (titles[i] == 0) {
            titles[i] = Titles.isRoleWord(key(i)) ? (byte) 2 : (byte) 1;
        }
        return titles[i] == 2;
    }

    /**
     * Is token {@code i} an acronym ("WHO", "IT"): two to six capitals, between words that are not
     * in capitals themselves (a headline in capitals spells its small words in capitals too)?
     */
    boolean acronym(int i) {
        return isWord(i) && end[i] - start[i] >= 2 && end[i] - start[i] <= 6 && capitals(i)
                && !(isWord(i - 1) && capitals(i - 1) && end[i - 1] - start[i - 1] >= 2)
                && !(isWord(i + 1) && capitals(i + 1) && end[i + 1] - start[i + 1] >= 2);
    }

    private boolean capitals(int i) {
        for (int c = start[i]; c < end[i]; c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Is token {@code i} a word that is never a name: one of {@link Lexicon#NOT_NAME} (but not an
     * acronym spelling one, "WHO"), such a word contracted ("I'm", "They're"), or a number word
     * ("Forty-three")?
     */
    boolean notName(int i) {
        String k = key(i);
        if (Lexicon.NOT_NAME.contains(k)) {
            return !acronym(i) && !surnameHe(i);
        }
        int apostrophe = Math.max(k.indexOf(QuoteGlyphs.STRAIGHT_SINGLE), k.indexOf(QuoteGlyphs.RIGHT_SINGLE));
        return apostrophe > 0 && Lexicon.NOT_NAME.contains(k.substring(0, apostrophe)) || Lexicon.isNumberWord(k);
    }

    /**
     * Is token {@code i} the Chinese surname "He" ("He Jianxiong said"): written "He" and
     * followed on its line by a capitalised word that could be a given name (no common
     * capitalised word, verb of saying or title)? A pronoun is followed by a verb.
     */
    boolean surnameHe(int i) {
        if (!isWord(i) || !isWord(i + 1) || end[i] - start[i] != 2 || text.charAt(start[i]) != 'H'
                || text.charAt(start[i] + 1) != 'e' || start[i + 1] != end[i] + 1 || lineBreakAfter(i) || !capitalised(i + 1)) {
            return false;
        }
        String next = key(i + 1);
        return !Lexicon.NOT_NAME.contains(next) && !Lexicon.isNumberWord(next) && !cue(i + 1) && !title(i + 1)
                && !Lexicon.isCue(next) && !acronym(i + 1) && next.length() > 2;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    /** Is token i an apostrophe on its own ({@link QuoteGlyphs#isApostrophe})? */
    boolean apostrophe(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT && QuoteGlyphs.isApostrophe(text.charAt(start[i]));
    }

    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Does token {@code i} end a sentence: is it the last full stop, "!", "?" or ellipsis of a run
     * that {@link Sentences} ends a sentence with? A mark inside a quotation ends the quotation's
     * sentence; callers that want the sentence around a quotation skip those themselves.
     */
    boolean endsSentence(int i) {
        return stop[i];
    }

    /**
     * Is {@link #lineBreakAfter} true of one of the tokens {@code from} to {@code to - 1} (false
     * when the range is empty)? A count of the breaks before each token, made on first use,
     * answers without walking the range (the speaker ranker asks it for every option of a
     * quotation, across the quotation).
     */
    boolean lineBreakAfterAny(int from, int to) {
        if (from >= to) {
            return false;
        }
        if (from < 0 || to > size) {
            return true; // lineBreakAfter is true outside the text
        }
        int[] b = breaksBefore;
        if (b == null) {
            b = new int[size + 1];
            for (int i = 0; i < size; i++) {
                b[i + 1] = b[i] + (breakAfter[i] ? 1 : 0);
            }
            breaksBefore = b;
        }
        return b[to] - b[from] > 0;
    }

    /** breaksBefore[i]: line breaks after the tokens before token i ({@link #lineBreakAfterAny}). */
    private int[] breaksBefore;

    /**
     * Does token {@code t} open a sentence, a line or the text (the token before it ends a sentence
     * or a line, or there is none)?
     */
    boolean opensSentence(int t) {
        return lineBreakAfter(t - 1) || stop[t - 1];
    }

    /** Is there a line break between tokens {@code i} and {@code i+1}? */
    boolean lineBreakAfter(int i) {
        return i < 0 || i >= size || breakAfter[i];
    }
}
