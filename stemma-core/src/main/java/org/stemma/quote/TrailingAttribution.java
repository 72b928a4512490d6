package org.stemma.quote;

import java.util.List;
import java.util.Locale;
import org.stemma.text.Sentences;
import org.stemma.text.Span;

/**
 * An attribution that ends a sentence, set off by a comma, as the words before a repeated quote
 * mark show it when the page lost the quote's closing mark ({@link QuoteMarks}). Narrower than
 * {@link QuoteAttribution#rightAttribution}, which reads the words after a closing mark and so
 * also takes a clause inside the quoted words ("We went home, and she said the vote was close.").
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
        List<Span> sentences = Sentences.split(words);
        if (sentences.isEmpty()) {
            return false;
        }
        String[] w = sentences.get(sentences.size() - 1).of(words).trim().split("\\s+");
        boolean comma = false;
        for (int k = 1; k < w.length; k++) {
            comma |= w[k - 1].endsWith(",");
            if (!comma || !Lexicon.isCue(w[k].replaceAll("[^\\p{L}]+$", ""))) {
                continue;
            }
            if (k == w.length - 1) {
                return true; // ", the spokeswoman said."
            }
            String next = w[k + 1];
            boolean capital = Character.isUpperCase(next.charAt(0));
            if (w[k - 1].endsWith(",") && (capital || Lexicon.DETERMINERS.contains(next.toLowerCase(Locale.ROOT)))) {
                return true; // ", said Jane Smith, the mayor.", ", said the mayor."
            }
            if (capital && w.length - k <= 4) {
                return true; // ", the spokeswoman told The Courier."
            }
        }
        return false;
    }
}
