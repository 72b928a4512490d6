package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;

/** The passage-level gap rule of {@link EmbeddingParaphraseFinder}. */
class GapRuleTest {

    private static final String FIRST =
            "General Alou Diarra said Mali's cooperation with Russia helped the army retake the north from militants in 2024.";
    private static final String SECOND =
            "\"Today we can happily state that our forces control almost the entire territory,\" Diarra told RTVI.";
    private static final String THIRD =
            "\"Thanks to cooperation with Russia, we acquire powerful weapons essential for our army,\" he added.";
    private static final String INSERTED =
            "The remarks drew attention among observers of the regional security landscape.";
    private static final String ALSO_INSERTED =
            "Several analysts have since questioned how durable these gains will prove.";
    private static final String CLOSING =
            "This shift reflects a broader realignment as governments seek new partners abroad.";
    private static final String B = """
            Mali's partnership with Russia helped the army of General Alou Diarra retake the north from militants in 2024, he said.

            "Today we can proudly affirm that our forces control almost the entire territory," Diarra said in an RTVI interview.

            "Through partnership with Russia, we acquired powerful weaponry needed for our army," he said.
            """;

    private static EmbeddingParaphraseFinder finder(int maxGap) {
        EmbeddingParaphraseFinder.Params d = EmbeddingParaphraseFinder.Params.DEFAULTS;
        return new EmbeddingParaphraseFinder(new HashingEmbedder(), ParaphraseJudge.DEFAULT,
                new EmbeddingParaphraseFinder.Params(d.minWords(),
                        d.minLeadCosine(), d.minKeyOverlap(), d.maxKeyDf(), d.minSharedKeys(), d.neighbours(),
                        d.maxSentences(), d.cachedArticles(), d.minOutside(), maxGap,
                        d.gapThreshold(), d.cosineCeiling()));
    }

    private static List<Passage> find(EmbeddingParaphraseFinder f, String a,
                                      List<Passage> lexical) {
        return f.find(Article.builder("a", a).build(), Article.builder("b", B).build(), lexical);
    }

    private static boolean covered(List<Passage> ps, int at) {
        return ps.stream().anyMatch(p -> p.a().start() <= at && p.a().end() > at);
    }

    @Test
    void anInsertedSentenceInsideAnAlignedRegionIsBridgedButATrailingOneIsNot() {
        String a = FIRST + " " + SECOND + " " + INSERTED + " " + THIRD + " " + CLOSING;
        List<Passage> ps = find(finder(1), a, List.of());
        assertThat(covered(ps, a.indexOf(SECOND))).isTrue();
        assertThat(covered(ps, a.indexOf(THIRD))).isTrue();
        assertThat(covered(ps, a.indexOf(INSERTED))).isTrue();
        assertThat(covered(ps, a.indexOf(CLOSING))).isFalse();
        assertThat(ps).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE));
    }

    @Test
    void withoutTheGapRuleTheInsertedSentenceStaysOut() {
        String a = FIRST + " " + SECOND + " " + INSERTED + " " + THIRD;
        List<Passage> ps = find(finder(0), a, List.of());
        assertThat(covered(ps, a.indexOf(SECOND))).isTrue();
        assertThat(covered(ps, a.indexOf(THIRD))).isTrue();
        assertThat(covered(ps, a.indexOf(INSERTED))).isFalse();
    }

    @Test
    void aGapLongerThanMaxGapIsNotBridged() {
        String a = FIRST + " " + SECOND + " " + INSERTED + " " + ALSO_INSERTED + " " + THIRD;
        List<Passage> ps = find(finder(1), a, List.of());
        assertThat(covered(ps, a.indexOf(THIRD))).isTrue();
        assertThat(covered(ps, a.indexOf(INSERTED))).isFalse();
        assertThat(covered(ps, a.indexOf(ALSO_INSERTED))).isFalse();
    }

    @Test
    void aBridgeNeverOverlapsALexicalPassage() {
        String a = FIRST + " " + SECOND + " " + INSERTED + " " + THIRD;
        // a lexical passage on the start of the inserted sentence, paired inside B's third sentence
        int la = a.indexOf(INSERTED);
        Span lexA = new Span(la, la + 11);
        int lb = B.indexOf("we acquired");
        Passage lexical = new Passage(lexA, new Span(lb, lb + 11), PassageKind.EDITED, 0.9);
        List<Passage> ps = find(finder(1), a, List.of(lexical));
        assertThat(ps).isNotEmpty();
        assertThat(ps).noneSatisfy(p -> assertThat(p.a().overlaps(lexical.a())).isTrue());
        assertThat(ps).noneSatisfy(p -> assertThat(p.b().overlaps(lexical.b())).isTrue());
    }
}
