package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;

/**
 * The second look (issue 16): a brief rewritten from a longer report, whose names and numbers are
 * not close enough to the report's for the key test, links when most of its sentences are
 * paraphrases of the report's, and not when only a few are.
 */
class RewrittenBriefTest {

    private static final String REPORT = """
            General Alou Diarra said Mali's cooperation with Russia helped the army retake the north from militants in 2024.

            "Today we can happily state that our forces control almost the entire territory," Diarra told RTVI.

            "Thanks to cooperation with Russia, we acquire powerful weapons essential for our army," he added.

            Separately, Kenya's parliament approved a new budget for roads and schools on Friday.
            """;

    /** Three sentences reworded from the report and one of its own with names the report lacks. */
    private static final String BRIEF = """
            Mali's partnership with Russia helped the army of General Alou Diarra retake the north from militants in 2024, he said.

            "Today we can proudly affirm that our forces control almost the entire territory," Diarra said in an RTVI interview.

            "Through partnership with Russia, we acquired powerful weaponry needed for our army," he said.

            Reporters from Bamako, Dakar and Ouagadougou heard him on Tuesday.
            """;

    /** One sentence reworded from the report, three of its own. */
    private static final String SAME_EVENT = """
            Mali's partnership with Russia helped the army of General Alou Diarra retake the north from militants in 2024, he said.

            Reporters from Bamako, Dakar and Ouagadougou heard him on Tuesday.

            the crowd outside the ministry waited for hours in the heat of the afternoon.

            many of those who came had travelled far and went home before the speech began.
            """;

    private static Article article(String id, String text) {
        return Article.builder(id, text).build();
    }

    @Test
    void keysNearIsLooserThanKeysClose() {
        EmbeddingParaphraseFinder.Params p = EmbeddingParaphraseFinder.Params.DEFAULTS;
        long[] small = {1, 2, 3, 4, 5, 6, 7, 8};
        long[] sixOfEight = {1, 2, 3, 4, 5, 6, 100, 101, 102};
        long[] threeOfEight = {1, 2, 3, 100, 101, 102, 103, 104, 105};
        assertThat(EmbeddingParaphraseFinder.keysClose(small, sixOfEight, p)).isFalse();
        assertThat(EmbeddingParaphraseFinder.keysNear(small, sixOfEight, p)).isTrue();
        assertThat(EmbeddingParaphraseFinder.keysNear(small, threeOfEight, p)).isFalse();
        assertThat(EmbeddingParaphraseFinder.keysNear(small, small, p)).isTrue();
        assertThat(EmbeddingParaphraseFinder.keysNear(new long[] {1, 2}, new long[] {1, 2}, p))
                .as("fewer than minSharedKeys").isFalse();
    }

    @Test
    void aBriefMostlyRewrittenFromTheReportLinksThoughItsKeysAreNotClose() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article report = article("report", REPORT);
        Article brief = article("brief", BRIEF);
        long[] kr = finder.keys(report);
        long[] kb = finder.keys(brief);
        assertThat(EmbeddingParaphraseFinder.keysClose(kr, kb, finder.params())).as("precondition").isFalse();
        assertThat(EmbeddingParaphraseFinder.keysNear(kr, kb, finder.params())).as("precondition").isTrue();
        List<Passage> ps = finder.find(report, brief, List.of());
        assertThat(ps).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE));
        assertThat(finder.find(brief, report, List.of())).hasSameSizeAs(ps);
        int own = BRIEF.indexOf("Reporters");
        assertThat(ps).noneSatisfy(p -> assertThat(p.b().end()).isGreaterThan(own));
    }

    @Test
    void aStoryWithOneSentenceOfTheReportDoesNotLinkWithoutCloseKeys() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article report = article("report", REPORT);
        Article story = article("story", SAME_EVENT);
        long[] kr = finder.keys(report);
        long[] ks = finder.keys(story);
        assertThat(EmbeddingParaphraseFinder.keysClose(kr, ks, finder.params())).as("precondition").isFalse();
        assertThat(EmbeddingParaphraseFinder.keysNear(kr, ks, finder.params())).as("precondition").isTrue();
        assertThat(finder.find(report, story, List.of())).isEmpty();
    }

    @Test
    void aPairWithLexicalEvidenceGetsNoSecondLook() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article report = article("report", REPORT);
        Article brief = article("brief", BRIEF);
        int s = REPORT.indexOf("Separately");
        int o = BRIEF.indexOf("Reporters");
        Passage lexical = new Passage(new org.stemma.text.Span(s, s + 20), new org.stemma.text.Span(o, o + 20),
                PassageKind.EDITED, 0.8);
        assertThat(finder.find(report, brief, List.of(lexical))).isEmpty();
    }
}
