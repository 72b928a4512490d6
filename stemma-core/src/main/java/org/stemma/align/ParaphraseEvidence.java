package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stemma.article.Article;
import org.stemma.text.StemRuns;
import org.stemma.text.Tokens;

/**
 * The lexical path's rules applied to the {@link ParaphraseFinder}'s passages, so that one rule
 * set judges all the text two articles share:
 * <ul>
 *   <li>two {@link TemplatePages template pages} (furniture on) share their template: no
 *       paraphrase passage between them, as no lexical one ({@link ReuseFinder}'s closes);</li>
 *   <li>a paraphrase passage whose two spans are the same words, in order, but for an edit
 *       ({@link #SAME_WORDS}) is not a rewording but verbatim text, judged as the lexical path
 *       judges a passage: it stands only with at least {@link ReuseOptions#minEvidence()} rare
 *       words ({@link Evidence}: words of n-grams both spans share that are no
 *       {@link CommonPhrases common phrase}). A verbatim stock phrase, or a line too short for an
 *       n-gram, never makes a link on its own on either path (kept when that rule is off).</li>
 * </ul>
 * A paraphrase passage that only overlaps a dropped lexical passage is kept: a rewritten sentence
 * may keep a stock phrase of its source (measured: handing the finder the dropped passages to
 * avoid cost METER parent accuracy, docs/evaluation.md).
 */
final class ParaphraseEvidence {

    /**
     * Least word similarity, {@code 2·common/(lenA+lenB)} with common the longest common word
     * subsequence (the aligner's passage similarity), at which two spans are one text with an
     * edit: at most about one word in five differs.
     */
    static final double SAME_WORDS = 0.8;

    private ParaphraseEvidence() {
    }

    /**
     * The paraphrase passages the lexical rules let stand, among {@code found} (the finder's
     * passages between {@code a} and {@code b}, which avoided the lexical passages kept).
     */
    static List<Passage> judge(Article a, Tokens ta, Article b, Tokens tb, List<Passage> found,
                               ReuseOptions options, CommonPhrases common) {
        if (found.isEmpty()) {
            return found;
        }
        if (options.furnitureMinDocs() > 0 && TemplatePages.both(a, ta, b, tb)) {
            return List.of();
        }
        if (options.minEvidence() <= 0) {
            return found;
        }
        List<Passage> out = new ArrayList<>(found.size());
        for (Passage p : found) {
            if (!sameWords(p, ta, tb) || rareWords(p, ta, tb, options, common) >= options.minEvidence()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The rare words of the passage read as a lexical one ({@link Evidence#rare}). */
    private static int rareWords(Passage p, Tokens ta, Tokens tb, ReuseOptions options, CommonPhrases common) {
        Passage lexical = new Passage(p.a(), p.b(), PassageKind.EDITED, p.similarity());
        return Evidence.rare(lexical, ta, tb, options.ngramSize(), common);
    }

    /** Whether the passage's two spans are the same words but for an edit (see {@link #SAME_WORDS}). */
    static boolean sameWords(Passage p, Tokens ta, Tokens tb) {
        int[] ra = Evidence.tokenRange(ta, p.a().start(), p.a().end());
        int[] rb = Evidence.tokenRange(tb, p.b().start(), p.b().end());
        int la = ra[1] - ra[0];
        int lb = rb[1] - rb[0];
        if (la == 0 || lb == 0 || 2.0 * Math.min(la, lb) < SAME_WORDS * (la + lb)) {
            return false; // lengths alone rule it out
        }
        int common = StemRuns.lcs(Arrays.copyOfRange(ta.hashes(), ra[0], ra[1]),
                Arrays.copyOfRange(tb.hashes(), rb[0], rb[1]));
        return 2.0 * common >= SAME_WORDS * (la + lb);
    }
}
