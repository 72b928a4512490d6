package org.stemma.text;

import java.util.Arrays;

/**
 * Splits text into word tokens with their UTF-16 offsets. A word is a maximal run of letters,
 * digits and combining marks; an apostrophe between two letters stays inside the word
 * ("Mali’s" is one token, normalised to "mali's"). Each token's term is its
 * {@link Normalizer#normalize normalised} form and its hash is the 64-bit FNV-1a hash of the
 * term, so equal terms always hash equally across runs and machines.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokens tokenize(String text) {
        int n = text.length();
        int cap = Math.max(16, n / 5);
        int[] start = new int[cap];
        int[] end = new int[cap];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
                        && Character.isLetter(text.codePointBefore(i))) {
                    i += 1;
                } else {
                    break;
                }
            }
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
            }
            start[count] = s;
            end[count] = i;
            count++;
        }
        start = Arrays.copyOf(start, count);
        end = Arrays.copyOf(end, count);
        String[] term = new String[count];
        long[] hash = new long[count];
        for (int t = 0; t < count; t++) {
            term[t] = Normalizer.normalize(text.substring(start[t], end[t]));
            hash[t] = fnv1a64(term[t]);
        }
        return new Tokens(text, start, end, term, hash);
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    /** 64-bit FNV-1a over the UTF-16 chars of {@code s}. */
    public static long fnv1a64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
