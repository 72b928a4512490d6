package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.Span;

/**
 * The stretches of a text inside quotation marks, found independently of the extractor under
 * test, for turning PolNeAR's Content spans into direct quotations.
 *
 * <p>Double marks: “ ” " '' « » „ (a ” with no quote open, after a space or at the paragraph's
 * start and before a word, opens one: the wrong glyph typed, as the annotators' Content spans
 * show). Straight marks alternate within a paragraph; a paragraph left
 * open continues only when the next one opens with a mark (the newspaper convention), otherwise
 * the open mark is ignored.
 *
 * <p>Single marks ‘ ’ and ' (headlines quote with them: {@code Warren to CEO: ‘You Should Be
 * Criminally Investigated.’}) count outside double-quoted stretches, in the plainest reading: an
 * opening mark after a space, a bracket or a dash and before a letter; the closing mark is the
 * next single mark of the paragraph after a non-space and before a space, punctuation or the
 * paragraph's end (so the apostrophes of don't and Mali's, which stand between letters, never
 * close one).
 */
final class QuotedRegions {

    private QuotedRegions() {
    }

    /** Stretches inside double marks only (the reading of issue 18's first round). */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        List<int[]> paragraphs = new ArrayList<>();
        int p = 0;
        while (p <= text.length()) {
            int e = text.indexOf('\n', p);
            if (e < 0) {
                e = text.length();
            }
            int s = p;
            int t = e;
            while (s < t && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
                t--;
            }
            if (s < t) {
                paragraphs.add(new int[]{s, t});
            }
            p = e + 1;
        }
        Span pending = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            int ps = paragraphs.get(pi)[0];
            int pe = paragraphs.get(pi)[1];
            if (pending != null) {
                if (opensAt(text, ps)) {
                    out.add(pending);
                }
                pending = null;
            }
            int open = -1;
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                int len = 1;
                int kind; // 1 open, 2 close, 3 toggle
                if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                    kind = 1;
                } else if (c == '\u201D' && open < 0 && (i == ps || Character.isWhitespace(text.charAt(i - 1)))
                        && i + 1 < pe && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    kind = 1; // ”Mr. Trump embodies …” ― a closing glyph typed where a quote opens
                } else if (c == '\u201D' || c == '\u00BB') {
                    kind = 2;
                } else if (c == '"') {
                    kind = 3;
                } else if (c == '\'' && i + 1 < pe && text.charAt(i + 1) == '\'') {
                    kind = 3;
                    len = 2;
                } else {
                    continue;
                }
                if (open < 0 && kind != 2) {
                    open = i + len;
                } else if (open >= 0 && kind != 1) {
                    out.add(new Span(open, i));
                    open = -1;
                } else if (open >= 0) {
                    open = i + len; // two opening marks: restart
                }
                i += len - 1;
            }
            if (open >= 0) {
                pending = new Span(open, pe);
            }
        }
        return out;
    }

    /** Stretches inside double marks, and inside single marks outside them, in text order. */
    static List<Span> findAll(String text) {
        List<Span> doubles = find(text);
        List<Span> out = new ArrayList<>(doubles);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\u2018' && c != '\'' || inside(doubles, i)) {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (!(Character.isWhitespace(before) || "([{\u2014\u2013".indexOf(before) >= 0) || !Character.isLetter(after)) {
                continue;
            }
            for (int j = i + 1; j < n && text.charAt(j) != '\n'; j++) {
                char d = text.charAt(j);
                if (d != '\u2019' && d != '\'' || inside(doubles, j)) {
                    continue;
                }
                char b = text.charAt(j - 1);
                char a = j + 1 < n ? text.charAt(j + 1) : ' ';
                if (!Character.isWhitespace(b) && (Character.isWhitespace(a) || ".,;:!?)]\u2014\u2013\"\u201D".indexOf(a) >= 0)) {
                    out.add(new Span(i + 1, j));
                    i = j;
                    break;
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean inside(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (pos >= s.start() - 1 && pos <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"'
                || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
    }
}
