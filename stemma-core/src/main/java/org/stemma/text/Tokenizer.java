package org.stemma.text;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits text into word tokens with their UTF-16 offsets. A word is a maximal run of letters,
 * digits and combining marks; an apostrophe between two letters stays inside the word
 * ("Mali’s" is one token, normalised to "mali's"), and so does a zero-width (non-)joiner
 * between two word chars (Persian "پرداخت‌ها" is one word). Chinese and Japanese are written
 * without spaces and we ship no dictionary, so each Han, Hiragana or Katakana character (with
 * its combining marks) is a token of its own, as Lucene's StandardTokenizer does for
 * ideographs; n-grams of these characters then play the part of words. Hangul words are
 * space-separated and stay whole. Each token's term is its
 * {@link Normalizer#normalize normalised} form and its hash is the 64-bit FNV-1a hash of the
 * term, so equal terms always hash equally across runs and machines.
 *
 * <p>Tokens made only of ASCII characters, typographic apostrophes and the letters that
 * {@link Normalizer#foldedLetter} folds alone (most of Latin, Greek, Cyrillic, Hebrew, Arabic and Hangul)
 * are hashed in the scan loop without building the term string; only other tokens go through
 * full NFKC normalisation. Both paths give the same hash for the same term. Terms themselves are built
 * lazily by {@link Tokens#term(int)}.
 */
public final class Tokenizer {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** No Han, Hiragana or Katakana char lies below the CJK radicals block. */
    private static final int CJK_FIRST = 0x2E80;

    /**
     * Told every text tokenised; null except in tests (see the test scope's TokenizerWatch), which
     * check that an analysis tokenises each article's text once.
     */
    static volatile Consumer<String> watch;

    private Tokenizer() {
    }

    public static Tokens tokenize(String text) {
        Consumer<String> w = watch;
        if (w != null) {
            w.accept(text);
        }
        int n = text.length();
        char[] cs = text.toCharArray(); // array reads are cheaper than charAt in the hot loop
        int cap = Math.max(16, n / 5);
        int[] start = new int[cap];
        int[] end = new int[cap];
        long[] hash = new long[cap];
        int count = 0;
        int i = 0;
        while (i < n) {
            char ch = cs[i];
            int cp = ch;
            boolean ideograph = false;
            if (ch < 0x80) {
                if (!isAsciiWordChar(ch)) {
                    i++;
                    continue;
                }
            } else if (Normalizer.foldedLetter(ch) == 0) { // a folded letter is a word char, no ideograph
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                ideograph = cp >= CJK_FIRST && isCjk(cp);
            }
            int s = i;
            boolean simple = true;
            long h = FNV_OFFSET;
            if (ideograph) {
                simple = false;
                i = afterMarks(text, i + Character.charCount(cp));
            }
            while (!ideograph && i < n) {
                char c = cs[i];
                if (c < 0x80) {
                    if (isAsciiWordChar(c)) {
                        h = step(h, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                        i++;
                        continue;
                    }
                    if (c == QuoteGlyphs.STRAIGHT_SINGLE && apostropheInside(text, i)) {
                        h = step(h, '\'');
                        i++;
                        continue;
                    }
                    break;
                }
                char folded = Normalizer.foldedLetter(c);
                if (folded != 0) { // é, ж, ש, 한: normalised char by char, so hashed here like ASCII
                    h = step(h, folded);
                    i++;
                    continue;
                }
                int c2 = text.codePointAt(i);
                if (c2 >= CJK_FIRST && isCjk(c2)) {
                    break;
                }
                if (isWordChar(c2)) {
                    simple = false;
                    i += Character.charCount(c2);
                } else if (QuoteGlyphs.isApostrophe(c2) && apostropheInside(text, i)) { // ʼ is a letter: a word char above
                    h = step(h, '\'');
                    i += 1;
                } else if (isJoiner(c2) && joinerInside(text, i)) {
                    simple = false;
                    i += 1;
                } else {
                    break;
                }
            }
            if (!simple) {
                h = fnv1a64(Normalizer.normalize(text.substring(s, i)));
            }
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                hash = Arrays.copyOf(hash, count * 2);
            }
            start[count] = s;
            end[count] = i;
            hash[count] = h;
            count++;
        }
        return new Tokens(text, Arrays.copyOf(start, count), Arrays.copyOf(end, count),
                Arrays.copyOf(hash, count));
    }

    /**
     * The tokens of {@code first.text() + "\n" + second.text()}, made from the tokens of the two
     * texts without reading them again. Equal to tokenising the joined text: a line break is no
     * word char and no apostrophe, so no token crosses it, and the apostrophe test reads only
     * letters on either side.
     */
    public static Tokens joinLines(Tokens first, Tokens second) {
        int a = first.size();
        int b = second.size();
        int shift = first.text().length() + 1;
        int[] start = Arrays.copyOf(first.starts(), a + b);
        int[] end = Arrays.copyOf(first.ends(), a + b);
        long[] hash = Arrays.copyOf(first.hashes(), a + b);
        int[] s2 = second.starts();
        int[] e2 = second.ends();
        for (int k = 0; k < b; k++) {
            start[a + k] = s2[k] + shift;
            end[a + k] = e2[k] + shift;
        }
        System.arraycopy(second.hashes(), 0, hash, a, b);
        return new Tokens(first.text() + "\n" + second.text(), start, end, hash);
    }

    private static boolean apostropheInside(String text, int i) {
        if (i + 1 >= text.length() || i == 0 || !Character.isLetter(text.codePointBefore(i))) {
            return false;
        }
        int next = text.codePointAt(i + 1);
        return Character.isLetter(next) && !isCjk(next);
    }

    /** A joiner inside a word: word chars (not ideographs) on both sides. */
    private static boolean joinerInside(String text, int i) {
        if (i + 1 >= text.length() || i == 0 || !isWordChar(text.codePointBefore(i))) {
            return false;
        }
        int next = text.codePointAt(i + 1);
        return isWordChar(next) && !isCjk(next);
    }

    /** Zero-width non-joiner and joiner: they shape letters (Persian, Indic) inside one word. */
    static boolean isJoiner(int cp) {
        return cp == '\u200C' || cp == '\u200D';
    }

    /** The offset after the combining marks (and halfwidth sound marks) that start at {@code i}. */
    private static int afterMarks(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || cp == '\uFF9E' || cp == '\uFF9F';
            if (!mark) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Han, Hiragana or Katakana (with the prolonged sound mark, which Unicode files under
     * Common): scripts written without spaces between words.
     */
    public static boolean isCjk(int cp) {
        if (cp < CJK_FIRST) {
            return false;
        }
        if (cp == '\u30FC' || cp == '\uFF70') {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static long step(long h, char c) {
        h ^= c & 0xff;
        h *= FNV_PRIME;
        h ^= c >>> 8;
        h *= FNV_PRIME;
        return h;
    }

    /** 64-bit FNV-1a over the UTF-16 chars of {@code s} (low byte, then high byte of each). */
    public static long fnv1a64(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }
}
