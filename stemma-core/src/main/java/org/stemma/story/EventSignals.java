package org.stemma.story;

import org.stemma.text.SentenceEmbedder;

/**
 * Settings of the event grouping: which signals decide that two articles report the same news
 * event.
 *
 * @param embedder        optional sentence embedder for the articles' headline and lead; null
 *                        means lexical signals only
 * @param windowDays      two dated articles further apart than this many days are never proposed
 *                        as a same-event pair; undated articles are not constrained
 * @param maxPostingShare a term carried by more than this share of the corpus (default 0.005; and
 *                        more than {@value #MIN_POSTINGS} articles) is no index key; see
 *                        {@link #postingCap(long)}
 * @param model           the same-event model and its clustering threshold
 */
public record EventSignals(SentenceEmbedder embedder, int windowDays, double maxPostingShare,
                           SameEventModel model) {

    public EventSignals {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays < 0: " + windowDays);
        }
        java.util.Objects.requireNonNull(model, "model");
    }

    /**
     * Candidate window in days. Articles on one incident are published over weeks (in the
     * Gun Violence Archive's news, 69% of same-incident pairs within a week, 80% within 30
     * days, 85% within 60); the date gap is one of the model's features, the window only
     * bounds the candidates.
     */
    public static final int WINDOW_DAYS = 60;

    /** A term carried by at most this many articles may always be an index key. */
    public static final int MIN_POSTINGS = 50;

    /**
     * A term carried by more articles than this is never an index key, however large the corpus:
     * the candidate pairs of one key grow with the square of its articles, so a cap that grew
     * with the corpus would make the stage quadratic; and a term in hundreds of articles says
     * little about which event an article reports.
     */
    public static final int MAX_POSTINGS = 200;

    /**
     * The most articles a term may be carried by, in a corpus of {@code corpusSize} articles,
     * and still be an index key: {@code maxPostingShare} of the corpus, within
     * [{@value #MIN_POSTINGS}, {@value #MAX_POSTINGS}].
     */
    public long postingCap(long corpusSize) {
        return Math.min(MAX_POSTINGS, Math.max(MIN_POSTINGS, (long) (maxPostingShare * corpusSize)));
    }

    /** Lexical signals only. */
    public static EventSignals lexical() {
        return new EventSignals(null, WINDOW_DAYS, 0.005, SameEventModel.LEXICAL);
    }

    /** Lexical signals plus embedding similarity of the heads. */
    public static EventSignals withEmbedder(SentenceEmbedder embedder) {
        return new EventSignals(embedder, WINDOW_DAYS, 0.005, SameEventModel.EMBEDDED);
    }

    /** These signals with another model (training and evaluation). */
    public EventSignals withModel(SameEventModel other) {
        return new EventSignals(embedder, windowDays, maxPostingShare, other);
    }
}
