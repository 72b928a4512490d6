package org.stemma.story;

import org.stemma.text.SentenceEmbedder;

/**
 * Settings of the event grouping: which signals decide that two articles report the same news
 * event.
 *
 * @param embedder        optional sentence embedder for the articles' headline and lead; null
 *                        means lexical signals only (shared named people and places)
 * @param windowDays      two dated articles further apart than this many days are never the
 *                        same event; undated articles are not constrained
 * @param minOverlap      minimum share of the smaller article's named entities found in the
 *                        other (overlap coefficient) for articles sharing a named person
 * @param minCosine       minimum cosine of the leads' embeddings when no person is shared
 * @param maxPostingShare a name carried by more than this share of the corpus (default 0.005; and more than
 *                        50 articles) does not by itself propose candidate pairs
 */
public record EventSignals(SentenceEmbedder embedder, int windowDays, double minOverlap,
                           double minCosine, double maxPostingShare) {

    public EventSignals {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays < 0: " + windowDays);
        }
    }

    /** Lexical signals only, a seven-day window. */
    public static EventSignals lexical() {
        return new EventSignals(null, 7, 0.2, 0.8, 0.005);
    }

    /** Lexical signals plus embedding similarity of the leads. */
    public static EventSignals withEmbedder(SentenceEmbedder embedder) {
        return new EventSignals(embedder, 7, 0.2, 0.8, 0.005);
    }
}
