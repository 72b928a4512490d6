package org.stemma.quote;

/**
 * Which characters of a text stand inside quotation marks ({@link QuoteMarks}), for stages
 * outside this package that weigh quoted words apart (the link decision: words two reports
 * share only inside a quotation are the speaker's, not a sign that one report copied the other).
 */
public final class QuotedText {

    private QuotedText() {
    }

    /** One flag per char of {@code text}: true inside a quotation's marks. */
    public static boolean[] mask(String text) {
        boolean[] in = new boolean[text.length()];
        for (QuoteMarks.Piece p : QuoteMarks.scan(text)) {
            for (int i = Math.max(0, p.start()); i < Math.min(in.length, p.end()); i++) {
                in[i] = true;
            }
        }
        return in;
    }
}
