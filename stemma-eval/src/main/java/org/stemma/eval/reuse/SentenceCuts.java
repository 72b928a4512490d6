package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain sentence splitter for building evaluation data (not the pipeline's): a sentence ends
 * at '.', '!' or '?' (plus closing quotes or brackets) followed by white space and an upper-case
 * letter, digit or opening quote, or at a line break.
 */
final class SentenceCuts {

    private SentenceCuts() {
    }

    /** Sentences as {@code [start, end)} pairs, trimmed, in order; the text between is white space or separators. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = false;
            int e = i + 1;
            if (c == '\n') {
                end = true;
                e = i;
            } else if (c == '.' || c == '!' || c == '?') {
                while (e < n && "\"'”’)]".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                int next = skipSpace(text, e);
                end = next > e && (next == n || startsSentence(text.charAt(next)));
            }
            if (end) {
                int te = trimEnd(text, start, e);
                if (te > start) {
                    out.add(new int[] {start, te});
                }
                start = skipSpace(text, e);
                i = start;
            } else {
                i++;
            }
        }
        int te = trimEnd(text, start, n);
        if (te > start) {
            out.add(new int[] {start, te});
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                || c == '‘' || c == '(';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int from, int e) {
        while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
