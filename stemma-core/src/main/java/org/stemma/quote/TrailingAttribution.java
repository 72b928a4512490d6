package org.stemma.quote;

/**
 * An attribution that ends a sentence, set off by a comma, as the words before a repeated quote
 * mark show it when the page lost the quote's closing mark ({@link QuoteMarks}). Narrower than
 * {@link QuoteAttribution#rightAttribution}, which reads the words after a closing mark and so
 * also takes a clause inside the quoted words ("We went home, and she said the vote was close.").
 * Words and sentence ends are the quote lexer's ({@link Lex}, whose stops are {@code Sentences}').
 */
final class TrailingAttribution {

    private TrailingAttribution() {
    }

    /**
     * The last sentence ends in an attribution set off by a comma (", the spokeswoman said.",
     * ", said Jane Smith, the mayor."): the page lost the quote's closing mark before its
     * attribution, so the words up to the next mark are not all quoted and do not run on.
     */
    static boolean endsWith(String words) {
        Lex lex = Lex.of(words);
        int last = lex.size - 1;
        while (last >= 0 && !lex.isWord(last)) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        int first = last;
        while (first > 0 && !lex.endsSentence(first - 1) && !lex.lineBreakAfter(first - 1)) {
            first--;
        }
        boolean comma = false;
        for (int k = first; k <= last; k++) {
            comma |= k > first && lex.isPunct(k - 1, ',');
            if (!comma || !lex.isWord(k) || !Lexicon.isCue(lex.word(k))) {
                continue;
            }
            if (k == last) {
                return true; // ", the spokeswoman said."
            }
            int next = k + 1;
            while (!lex.isWord(next)) {
                next++;
            }
            boolean capital = lex.capitalised(next);
            if (lex.isPunct(k - 1, ',') && (capital || Lexicon.DETERMINERS.contains(lex.lower(next)))) {
                return true; // ", said Jane Smith, the mayor.", ", said the mayor."
            }
            if (capital && wordsFrom(lex, k, last) <= 4) {
                return true; // ", the spokeswoman told The Courier."
            }
        }
        return false;
    }

    private static int wordsFrom(Lex lex, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += lex.isWord(i) ? 1 : 0;
        }
        return n;
    }
}
