package org.stemma.align;

import org.stemma.furniture.FurnitureParams;
import org.stemma.text.Tokens;

/**
 * A passage that is the shared close of two pages: it runs to the end of both articles, and in
 * both it is a short block after text of the page's own, as a widget is ({@link FurnitureParams}:
 * at most half {@link ReuseOptions#furnitureMaxBlock()} words, the furniture stage's limit for a
 * page that is only a widget, and at most {@link FurnitureParams#MAX_BLOCK_SHARE} of each
 * article; a longer shared end is a paragraph a copy may take). That is the site's footer (a press
 * release's "about us" and contact block, an agency's republication note), which the corpus stage
 * cannot learn when the site is unknown and only two of its pages are in the corpus. It is not
 * evidence of reuse by itself; a copy of a text shares its start or more than its last lines.
 * Words after the passage shorter than an n-gram ("Related Link") do not keep it from the end, as
 * in the furniture stage.
 */
final class SharedCloses {

    private SharedCloses() {
    }

    /** Whether {@code p} is the shared close of its two articles (see the class comment). */
    static boolean is(Passage p, Tokens ta, Tokens tb, int ngram, int maxBlockWords) {
        if (p.kind() == PassageKind.PARAPHRASE || maxBlockWords <= 0) {
            return false;
        }
        return closes(ta, Evidence.tokenRange(ta, p.a().start(), p.a().end()), ngram, maxBlockWords)
                && closes(tb, Evidence.tokenRange(tb, p.b().start(), p.b().end()), ngram, maxBlockWords);
    }

    /** Whether tokens [range) close {@code t} as a short block after text of its own. */
    private static boolean closes(Tokens t, int[] range, int ngram, int maxBlockWords) {
        int words = range[1] - range[0];
        int after = t.size() - range[1];
        return words > 0 && after < ngram && 2 * words <= maxBlockWords
                && words <= FurnitureParams.MAX_BLOCK_SHARE * t.size();
    }
}
