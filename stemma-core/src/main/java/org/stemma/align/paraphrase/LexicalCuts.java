package org.stemma.align.paraphrase;

import java.util.ArrayList;
import java.util.List;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Span;

/** Where a paraphrase passage may lie: the parts of sentences that no lexical passage covers. */
final class LexicalCuts {

    private LexicalCuts() {
    }

    /**
     * Each sentence's longest piece outside the lexical passages that overlap it (so that a
     * paraphrase passage never overlaps a lexical one), trimmed; null if lexical passages
     * cover all of it.
     *
     * @param n how many of the first sentences to cut
     */
    static Span[] outside(String text, List<Span> spans, int n, List<Span> lexical) {
        Span[] eff = new Span[n];
        List<Span> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            cuts.clear();
            for (Span l : lexical) {
                if (l.start() < s.end() && l.end() > s.start()) {
                    cuts.add(l);
                }
            }
            cuts.sort(null);
            int pos = s.start();
            int start = 0;
            int end = 0;
            for (Span l : cuts) {
                if (l.start() - pos > end - start) {
                    start = pos;
                    end = l.start();
                }
                pos = Math.max(pos, l.end());
            }
            if (s.end() - pos > end - start) {
                start = pos;
                end = s.end();
            }
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))
                    && !isQuote(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            eff[i] = start >= end ? null : new Span(start, end);
        }
        return eff;
    }

    private static boolean isQuote(char c) {
        return QuoteGlyphs.opens(c);
    }

}
