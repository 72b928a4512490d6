package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Span;

class LinkDecisionTest {

    private static final LinkDecision D = LinkDecision.DEFAULT;

    private static Passage passage() {
        return new Passage(new Span(0, 10), new Span(0, 10), PassageKind.EDITED, 0.5);
    }

    private static PairEvidence evidence(int rare, int quoted, int words, int names, int persons) {
        return new PairEvidence(List.of(passage()), new int[] {rare}, new int[] {quoted}, words, names, persons);
    }

    @Test
    void aLongPassageLinksWithoutBeingScored() {
        PairEvidence e = new PairEvidence(List.of(passage(), passage()), new int[] {Integer.MAX_VALUE, 0},
                new int[2], 5000, 0, 0);
        assertThat(e.hasLong()).isTrue();
        assertThat(D.links(e, 3, 12)).isTrue();
    }

    @Test
    void passagesUnderTheFloorGiveNoFeaturesAndNoLink() {
        PairEvidence e = evidence(2, 0, 100, 3, 1);
        assertThat(LinkDecision.features(e, 3)).isNull();
        assertThat(D.links(e, 3, 12)).isFalse();
    }

    @Test
    void featuresReadRareQuotedNamesAndLength() {
        double[] f = LinkDecision.features(evidence(10, 4, 200, 2, 1), 3);
        assertThat(f).containsExactly(Math.log1p(10), Math.log1p(6), Math.log1p(2), 1, 0.4, Math.log(200));
    }

    @Test
    void featuresWithANameBoundCountOnlyTheRareSharedNames() {
        // Three shared names outside the passage: a city in 40 articles, a street in 3, a person in 2.
        PairEvidence e = new PairEvidence(List.of(passage()), new int[] {10}, new int[] {4}, 200,
                new int[] {40, 3, 2}, new int[] {2});
        assertThat(LinkDecision.features(e, 3, 5)).containsExactly(Math.log1p(10), Math.log1p(6), Math.log1p(2), 1, 0.4,
                Math.log(200));
        assertThat(LinkDecision.features(e, 3, 1)[2]).isZero();
        assertThat(LinkDecision.features(e, 3, 1)[3]).isZero();
        assertThat(LinkDecision.features(e, 3)).isEqualTo(LinkDecision.features(e, 3, Integer.MAX_VALUE));
        assertThat(e.namesOutside()).isEqualTo(3);
    }

    @Test
    void aShortPhraseInALongArticleWithNoSharedNameDoesNotLink() {
        // A stock phrase of 6 rare words between two 400-word reports that name nothing in common.
        assertThat(D.links(evidence(6, 0, 400, 0, 0), 3, 12)).isFalse();
    }

    @Test
    void aRewrittenBriefSharingRareWordsAndAPersonOutsideLinks() {
        // A 40-word brief keeping 10 rare words of its source and naming the same person elsewhere.
        assertThat(D.links(evidence(10, 0, 40, 2, 1), 3, 12)).isTrue();
    }

    @Test
    void moreEvidenceNeverUnlinksAPair() {
        // The shipped weights read every kind of evidence as evidence: more rare words, unquoted
        // words or shared names never turn a link into none; a longer shorter text never turns
        // none into a link.
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            int rare = 3 + r.nextInt(30);
            int quoted = r.nextInt(rare + 1);
            int words = 20 + r.nextInt(2000);
            int names = r.nextInt(6);
            int persons = r.nextInt(names + 1);
            boolean linked = D.links(evidence(rare, quoted, words, names, persons), 3, 12);
            if (linked) {
                assertThat(D.links(evidence(rare + 1, quoted, words, names, persons), 3, 12)).isTrue();
                assertThat(D.links(evidence(rare, quoted, words, names + 1, persons), 3, 12)).isTrue();
                assertThat(D.links(evidence(rare, quoted, Math.max(1, words / 2), names, persons), 3, 12)).isTrue();
            } else {
                assertThat(D.links(evidence(rare, quoted, words * 2, names, persons), 3, 12)).isFalse();
            }
        }
    }

    @Test
    void weightsAreCheckedAndCopied() {
        assertThatThrownBy(() -> new LinkDecision(new double[2], 0)).isInstanceOf(IllegalArgumentException.class);
        double[] w = new double[LinkDecision.FEATURES];
        LinkDecision d = new LinkDecision(w, 1);
        w[0] = 5;
        assertThat(d.weights()[0]).isZero();
    }

    @Test
    void theFinderLinksACopiedParagraphAndNotASharedStockSentence() {
        Random r = new Random(3);
        String stock = "Anyone with information is asked to call the tip line.";
        String shared = ReuseFinderTest.words(r, 60);
        List<Article> as = List.of(
                Article.builder("a", ReuseFinderTest.words(r, 200) + ". " + stock + " " + shared).build(),
                Article.builder("b", ReuseFinderTest.words(r, 150) + ". " + shared + " " + ReuseFinderTest.words(r, 50)).build(),
                Article.builder("c", ReuseFinderTest.words(r, 250) + ". " + stock + " " + ReuseFinderTest.words(r, 80)).build());
        List<Link> links = new ReuseFinder(ReuseOptions.defaults(), null).find(as);
        assertThat(links).extracting(l -> l.a() + "-" + l.b()).containsExactly("a-b");
    }
}
