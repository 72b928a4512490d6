package org.stemma.quote;

import java.util.Objects;
import org.stemma.text.Span;

/**
 * A direct quotation in one article.
 *
 * @param article          article id
 * @param span             the quoted words, inside the quotation marks (marks excluded); for a
 *                         quote interrupted by its attribution, from the first to the last
 *                         quoted word
 * @param text             the quoted words (interruptions removed)
 * @param partial          a short quoted fragment inside the author's own sentence
 * @param speakerAsWritten the speaker as the article names it ("he", "the general"), or null
 * @param speaker          the resolved canonical speaker ("Alou Boi Diarra"), or null
 * @param cue              the attribution cue ("said", "told RTVI"), or null
 */
public record Quote(String article, Span span, String text, boolean partial,
                    String speakerAsWritten, String speaker, String cue) {
    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
