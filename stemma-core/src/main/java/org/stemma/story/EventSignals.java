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
 *                        {@value #MIN_POSTINGS} articles) does not by itself propose candidate pairs; see
 *                        {@link #postingCap(long)}
 */
public record EventSignals(SentenceEmbedder embedder, int windowDays, double minOverlap,
                           double minCosine, double maxPostingShare) {

    public EventSignals {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays < 0: " + windowDays);
        }
    }

    /** A name carried by at most this many articles may always propose pairs. */
    public static final int MIN_POSTINGS = 50;

    /**
     * A name carried by more articles than this never proposes pairs, however large the corpus:
     * the candidate pairs of one name grow with the square of its articles, so a cap that grew
     * with the corpus would make the stage quadratic; and a name in hundreds of articles says
     * little about which event an article reports.
     */
    public static final int MAX_POSTINGS = 200;

    /**
     * The most articles a name may be carried by, in a corpus of {@code corpusSize} articles,
     * and still propose same-event pairs: {@code maxPostingShare} of the corpus, within
     * [{@value #MIN_POSTINGS}, {@value #MAX_POSTINGS}].
     */
    public long postingCap(long corpusSize) {
        return Math.min(MAX_POSTINGS, Math.max(MIN_POSTINGS, (long) (maxPostingShare * corpusSize)));
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
