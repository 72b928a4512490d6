package org.stemma.report.html;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.DiffSegment;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;
import org.stemma.text.WordDiff;

/**
 * Places the word-level differences of a passage pair ({@link WordDiff}) back onto the
 * articles' texts, as char ranges of the words only in one side.
 */
final class PassageDiff {
    /** WordDiff is quadratic; longer passages are shown without word marks. */
    static final int MAX_WORDS = 2500;

    /** Changed ranges in a's text and in b's text. */
    record Changes(List<int[]> inA, List<int[]> inB) {
        static final Changes NONE = new Changes(List.of(), List.of());
    }

    private PassageDiff() {
    }

    static Changes of(String textA, Span a, String textB, Span b) {
        if (a.end() > textA.length() || b.end() > textB.length()) {
            return Changes.NONE;
        }
        Tokens ta = Tokenizer.tokenize(a.of(textA));
        Tokens tb = Tokenizer.tokenize(b.of(textB));
        if (ta.size() > MAX_WORDS || tb.size() > MAX_WORDS) {
            return Changes.NONE;
        }
        List<DiffSegment> diff = WordDiff.diff(ta.text(), tb.text());
        List<int[]> inA = new ArrayList<>();
        List<int[]> inB = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (DiffSegment s : diff) {
            int words = Tokenizer.tokenize(s.text()).size();
            switch (s.op()) {
                case EQUAL -> {
                    i += words;
                    j += words;
                }
                case DELETE -> {
                    add(inA, ta, a.start(), i, words);
                    i += words;
                }
                case INSERT -> {
                    add(inB, tb, b.start(), j, words);
                    j += words;
                }
            }
        }
        return new Changes(inA, inB);
    }

    private static void add(List<int[]> out, Tokens t, int base, int from, int words) {
        int last = Math.min(t.size(), from + words) - 1;
        if (from >= t.size() || last < from) {
            return;
        }
        out.add(new int[] {base + t.start(from), base + t.end(last)});
    }
}
