package org.stemma.eval.extraction;

import java.util.Arrays;

/**
 * The article-extraction benchmark's per-page measure (Zyte's {@code evaluate.py},
 * {@code string_shingle_matching}): both texts are tokenised as runs of word characters (Python's
 * Unicode {@code \w+}: letters, numbers, underscore; case kept), cut into word 4-gram shingles
 * (a text of 1–3 tokens is one shorter shingle), and the shingle multisets compared. True
 * positives are shared shingles, false positives predicted extras, false negatives missed
 * ones; the three are divided by their sum so every page weighs the same.
 *
 * @param tp true positives, normalised
 * @param fp false positives, normalised
 * @param fn false negatives, normalised
 */
public record ShingleMatch(double tp, double fp, double fn) {

    /** Shingle length used by the benchmark. */
    public static final int N = 4;

    /** Compares a predicted text with the true text. */
    public static ShingleMatch of(String truth, String predicted) {
        long[] t = shingles(truth);
        long[] p = shingles(predicted);
        Arrays.sort(t);
        Arrays.sort(p);
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < t.length && j < p.length) {
            if (t[i] == p[j]) {
                shared++;
                i++;
                j++;
            } else if (t[i] < p[j]) {
                i++;
            } else {
                j++;
            }
        }
        double tp = shared;
        double fp = p.length - shared;
        double fn = t.length - shared;
        double s = tp + fp + fn;
        return s > 0 ? new ShingleMatch(tp / s, fp / s, fn / s) : new ShingleMatch(0, 0, 0);
    }

    /** Precision as the benchmark defines it (1 when nothing is wrong). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** Recall as the benchmark defines it (1 when nothing is wrong). */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }

    /** 64-bit hashes of the word 4-gram shingles of {@code text}, in text order. */
    static long[] shingles(String text) {
        long[] tokens = tokenHashes(text == null ? "" : text);
        int n = tokens.length;
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - N + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(n, i + N); k++) {
                h = mix(h * 31 + tokens[k]);
            }
            out[i] = mix(h + Math.min(N, n - i));
        }
        return out;
    }

    /** Hashes of the {@code \w+} tokens of {@code text}. */
    static long[] tokenHashes(String text) {
        long[] out = new long[Math.max(8, text.length() / 4)];
        int count = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = 0xcbf29ce484222325L;
            while (i < len) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                h = (h ^ cp) * 0x100000001b3L;
                i += Character.charCount(cp);
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = h;
        }
        return Arrays.copyOf(out, count);
    }

    /** Python's {@code \w} for str patterns: alphanumeric (letters, numbers) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
