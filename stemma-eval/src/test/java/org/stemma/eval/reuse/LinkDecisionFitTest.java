package org.stemma.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.align.LinkDecision;
import org.stemma.align.PairEvidence;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.eval.reuse.LabelledPairs.Corpus;
import org.stemma.eval.reuse.LabelledPairs.Item;
import org.stemma.text.Span;

class LinkDecisionFitTest {

    private static PairEvidence ev(int rare, int words, int names) {
        return new PairEvidence(List.of(new Passage(new Span(0, 5), new Span(0, 5), PassageKind.EDITED, 0.5)),
                new int[] {rare}, new int[1], words, names, 0);
    }

    @Test
    void countsJudgeGvaPairsSemevalPairsAndMeterStories() {
        List<Item> items = List.of(
                new Item(Corpus.GVA, "e1", true, "a", "b", ev(10, 100, 2)),
                new Item(Corpus.GVA, "e1", false, "a", "c", ev(4, 100, 0)),
                new Item(Corpus.SEMEVAL, "p|q", false, "p", "q", null),
                new Item(Corpus.METER, "s1", true, "s1", "w1", null),
                new Item(Corpus.METER, "s1", true, "s1", "w2", ev(10, 40, 1)),
                new Item(Corpus.METER_NON, "s2", false, "s2", "w1", ev(30, 300, 3)));
        LinkDecisionFit.Rule any = it -> it.evidence() != null;
        LinkDecisionFit.Counts c = LinkDecisionFit.counts(items, any, any, f -> true, 5);
        assertThat(c.within()).isEqualTo(1);
        assertThat(c.across()).isEqualTo(1);
        assertThat(c.different()).isZero();
        assertThat(c.differentTotal()).isEqualTo(1);
        assertThat(c.derived()).isEqualTo(1); // one story, linked through its second wire text
        assertThat(c.derivedTotal()).isEqualTo(1);
        assertThat(c.non()).isEqualTo(1);
        assertThat(c.nonTotal()).isEqualTo(1);
    }

    @Test
    void aFitOnSeparableEvidenceLinksThePositivesAndShiftingRaisesTheBar() {
        Random r = new Random(5);
        List<Item> items = new ArrayList<>();
        Map<Item, double[]> features = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            boolean pos = i % 2 == 0;
            PairEvidence e = pos ? ev(8 + r.nextInt(20), 100 + r.nextInt(200), 1 + r.nextInt(3))
                    : ev(3 + r.nextInt(4), 300 + r.nextInt(500), 0);
            Item it = new Item(Corpus.GVA, "g" + i, pos, "a" + i, "b" + i, e);
            items.add(it);
            features.put(it, LinkDecision.features(e, 3));
        }
        LinkDecision d = LinkDecisionFit.fit(items, features, f -> true, 5);
        LinkDecisionFit.Rule rule = LinkDecisionFit.rule(d, Integer.MAX_VALUE, features);
        long right = items.stream().filter(it -> rule.links(it) == it.positive()).count();
        assertThat(right).isGreaterThan(390);
        LinkDecision strict = LinkDecisionFit.shifted(d, 50);
        assertThat(items).noneMatch(LinkDecisionFit.rule(strict, Integer.MAX_VALUE, features)::links);
    }

    @Test
    void theAcrossFloorIsAskedWithAMarginThatShrinksWithMorePairs() {
        assertThat(LinkDecisionFit.wilsonUpper(0, 0, 1)).isZero();
        assertThat(LinkDecisionFit.wilsonUpper(10, 100, 0)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        double small = LinkDecisionFit.wilsonUpper(10, 100, 1);
        double large = LinkDecisionFit.wilsonUpper(100, 1000, 1);
        assertThat(small).isGreaterThan(large).isBetween(0.12, 0.14);
        assertThat(large).isGreaterThan(0.1).isLessThan(0.11);
        // 23 across of 323 links passes the 10% floor with a margin of one standard error; 31 of 349 does not.
        assertThat(new LinkDecisionFit.Counts(300, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0).acrossUpper(1)).isLessThan(0.1);
        assertThat(new LinkDecisionFit.Counts(318, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0).acrossUpper(1)).isGreaterThan(0.1);
    }

    @Test
    void eachNameBoundIsSaidInWords() {
        assertThat(LinkDecisionFit.bound(Integer.MAX_VALUE)).isEqualTo("every shared name");
        assertThat(LinkDecisionFit.bound(8)).isEqualTo("names in at most 8 articles");
        assertThat(LinkDecisionFit.bound(LabelledPairs.Names.SITE.ordinal() * LinkDecisionFit.LOCAL_KEY + 200))
                .isEqualTo("names carried by at most 20% of the other articles of their sites");
        assertThat(LinkDecisionFit.bound(LabelledPairs.Names.ANY.ordinal() * LinkDecisionFit.LOCAL_KEY + 50))
                .isEqualTo("names carried by at most 5% of the other articles of their sites or shared places");
    }
}
