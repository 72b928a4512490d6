package org.stemma.furniture;

import java.io.Serializable;
import org.stemma.align.ReuseOptions;

/**
 * What makes text furniture, in the units of {@link FurnitureFinder}.
 *
 * @param ngram         words per n-gram (the reuse finder's n-gram size, so both count the same
 *                      phrases)
 * @param minDocs       an n-gram in at least this many articles, of any sites, is frequent
 *                      (0 turns furniture off)
 * @param minSiteDocs   an n-gram in at least this many articles of one site is frequent
 * @param maxBlockWords a run of frequent sentences longer than this is text, not furniture
 * @param midSiteDocs   a run of frequent sentences inside the news (neither at its article's start
 *                      nor at its end) is furniture by an n-gram frequent only in one site's
 *                      articles when that site has at least this many of them: two pages of a
 *                      site that share a block of quotations in their middle are two reports of
 *                      one event, not a template (issue 17)
 */
public record FurnitureParams(int ngram, int minDocs, int minSiteDocs, int maxBlockWords, int midSiteDocs)
        implements Serializable {

    /** The default of {@code midSiteDocs}, chosen by cross-validation on gva-dev (docs/evaluation.md). */
    public static final int MID_SITE_DOCS = 4;

    /**
     * A sentence is frequent (or furniture) when n-grams that are frequent (or furniture) cover
     * at least this share of its words: a name or a number inside a widget's line does not hide
     * it, while a stock phrase inside a sentence of news does not make it furniture.
     */
    public static final double UNIT_COVERAGE = 0.8;
    /**
     * How far in (units with an n-gram, from the start or the end) a block on few pages of one
     * site may stand at one place on all of them and be the site's template ({@link VoteTally});
     * chosen on gva-dev by 5-fold cross-validation by incident (docs/evaluation.md, Round 14).
     */
    public static final int NEAR_EDGE_UNITS = 6;
    /** A run of frequent sentences covering more than this share of its article is its text. */
    public static final double MAX_BLOCK_SHARE = 0.5;
    /** An n-gram is furniture when at least this share of its occurrences vote for it. */
    public static final double VOTE_SHARE = 0.5;

    public FurnitureParams {
        if (ngram < 1 || minDocs < 0 || minSiteDocs < 0 || maxBlockWords < 0 || midSiteDocs < 0) {
            throw new IllegalArgumentException("furniture parameters must be >= 0 (ngram >= 1)");
        }
    }

    /** As the canonical constructor, with the default {@link #MID_SITE_DOCS}. */
    public FurnitureParams(int ngram, int minDocs, int minSiteDocs, int maxBlockWords) {
        this(ngram, minDocs, minSiteDocs, maxBlockWords, MID_SITE_DOCS);
    }

    /** The furniture parameters carried by the reuse options. */
    public static FurnitureParams of(ReuseOptions o) {
        return new FurnitureParams(o.ngramSize(), o.furnitureMinDocs(), o.furnitureMinSiteDocs(),
                o.furnitureMaxBlock());
    }

    /** False when furniture is turned off. */
    public boolean enabled() {
        return minDocs > 0;
    }
}
