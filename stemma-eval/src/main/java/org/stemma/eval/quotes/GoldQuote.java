package org.stemma.eval.quotes;

import java.util.List;
import org.stemma.text.Span;

/**
 * One direct quotation in a gold set.
 *
 * @param article          article id
 * @param parts            the quoted char ranges (inside the marks); several when the quote is
 *                         interrupted or discontinuous
 * @param text             the quoted words
 * @param partial          a quoted fragment inside the author's words
 * @param speaker          the resolved speaker (own gold), or null when the gold does not resolve
 * @param speakerAsWritten the source as the article writes it, or null
 * @param speakerKey       the word a predicted speaker must contain to be right (the gold
 *                         name's surname), or null when the gold speaker is not a name and
 *                         speaker accuracy is not scored for this quote
 * @param source           where the source is written (PolNeAR's Source span), or null when
 *                         the gold does not say
 */
public record GoldQuote(String article, List<Span> parts, String text, boolean partial, String speaker,
                        String speakerAsWritten, String speakerKey, Span source) {
    public GoldQuote {
        parts = List.copyOf(parts);
    }

    /** A gold quotation whose source's place in the text is not given. */
    public GoldQuote(String article, List<Span> parts, String text, boolean partial, String speaker,
                     String speakerAsWritten, String speakerKey) {
        this(article, parts, text, partial, speaker, speakerAsWritten, speakerKey, null);
    }
}
