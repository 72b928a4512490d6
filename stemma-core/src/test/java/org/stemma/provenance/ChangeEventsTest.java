package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.Span;

class ChangeEventsTest {

    private static final String[] SENTENCES = {
        "The council approved the budget on Monday after a long debate.",
        "Members argued over school funding and road repairs for several hours.",
        "The mayor said the compromise protects core services.",
        "Opponents warned that taxes would rise next year.",
        "A final vote is expected in March.",
    };

    private static String text(int... idx) {
        StringBuilder b = new StringBuilder();
        for (int i : idx) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(SENTENCES[i]);
        }
        return b.toString();
    }

    /** Passages: the sentences both texts contain verbatim. */
    private static Link link(String a, String b) {
        List<Passage> ps = new ArrayList<>();
        for (String s : SENTENCES) {
            int i = a.indexOf(s);
            int j = b.indexOf(s);
            if (i >= 0 && j >= 0) {
                ps.add(new Passage(new Span(i, i + s.length()), new Span(j, j + s.length()), PassageKind.VERBATIM, 1));
            }
        }
        return new Link("a", "b", LinkKind.PARTIAL, 0.5, 0.5, ps);
    }

    @Test
    void identicalTextsTakeNoChange() {
        String t = text(0, 1, 2, 3, 4);
        ChangeEvents e = ChangeEvents.of(link(t, t), t, t);
        assertThat(e.none()).isTrue();
        assertThat(e.cost(true)).isZero();
        assertThat(e.cost(false)).isZero();
    }

    @Test
    void aTrimmedTailIsOneCheapLossAndAnExpensiveGainTheOtherWay() {
        String full = text(0, 1, 2, 3, 4);
        String trimmed = text(0, 1);
        ChangeEvents e = ChangeEvents.of(link(full, trimmed), full, trimmed);
        // full -> trimmed: one cut block, whatever its length; trimmed -> full: the tail would
        // appear inside a paragraph, which copies do not do.
        assertThat(e.cost(true)).isLessThan(ChangeEvents.LOSS + 1);
        assertThat(e.cost(false)).isGreaterThan(ChangeEvents.GAIN);
        assertThat(e.gained(false)).hasSize(1);
        assertThat(e.gained(true)).isEmpty();
    }

    @Test
    void anAddedParagraphCostsLessThanTextAppearingInsideAParagraph() {
        String base = text(0, 1, 2);
        String added = base + "\n\n" + "Readers can send their questions to the newsroom by email.";
        ChangeEvents e = ChangeEvents.of(link(base, added), base, added);
        assertThat(e.describe(true)).contains("1 added paragraph");
        assertThat(e.cost(true)).isLessThan(ChangeEvents.GAIN);
    }

    @Test
    void aClauseCutInsideAnEditedPassageIsALoss() {
        String a = "The council approved the budget on Monday after a long and bitter debate in the hall.";
        String b = "The council approved the budget on Monday in the hall.";
        Link k = new Link("a", "b", LinkKind.PARTIAL, 1, 1, List.of(
                new Passage(new Span(0, a.length()), new Span(0, b.length()), PassageKind.EDITED, 0.7)));
        ChangeEvents e = ChangeEvents.of(k, a, b);
        assertThat(e.describe(true)).contains("1 clause cut");
        assertThat(e.cost(true)).isLessThan(e.cost(false));
    }

    @Test
    void aWordSubstitutionCostsTheSameBothWays() {
        String a = "The council approved the budget on Monday.";
        String b = "The council approved the budget on Tuesday.";
        Link k = new Link("a", "b", LinkKind.PARTIAL, 1, 1, List.of(
                new Passage(new Span(0, a.length()), new Span(0, b.length()), PassageKind.EDITED, 0.9)));
        ChangeEvents e = ChangeEvents.of(k, a, b);
        assertThat(e.cost(true)).isEqualTo(e.cost(false)).isEqualTo(ChangeEvents.EDIT);
    }

    /** Forty numbered sentences, those of {@code cut} left out, as one text. */
    private static String numbered(java.util.Set<Integer> cut) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            if (!cut.contains(i)) {
                b.append(b.length() == 0 ? "" : " ").append("Item ").append(i)
                        .append(" of the report says the committee reviewed proposal ").append(i).append(" in detail.");
            }
        }
        return b.toString();
    }

    @Test
    void sentencesCutAcrossOneLongPassageAreEachAnEventNotOneRewording() {
        // An aligner may join a whole near copy into one passage across its cut sentences.
        java.util.Set<Integer> cut = new java.util.HashSet<>();
        for (int i = 2; i < 40; i += 3) {
            cut.add(i);
        }
        String a = numbered(java.util.Set.of());
        String b = numbered(cut);
        Link k = new Link("a", "b", LinkKind.PARTIAL, 1, 1, List.of(
                new Passage(new Span(0, a.length()), new Span(0, b.length()), PassageKind.EDITED, 0.7)));
        ChangeEvents e = ChangeEvents.of(k, a, b);
        // 13 sentences of 12 tokens: past the absolute cap, well under half the tokens.
        assertThat(e.events()).isEqualTo(cut.size());
        assertThat(e.cost(true)).isLessThan(e.cost(false));
    }

    @Test
    void aLongPassageChangedInMoreThanHalfItsTokensIsOneRewording() {
        String a = numbered(java.util.Set.of());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(i == 0 ? "" : " ").append("Late on day ").append(i)
                    .append(" a small crowd watched fireworks launched from two boats near the harbour.");
        }
        Link k = new Link("a", "b", LinkKind.PARTIAL, 1, 1, List.of(
                new Passage(new Span(0, a.length()), new Span(0, b.length()), PassageKind.EDITED, 0.2)));
        ChangeEvents e = ChangeEvents.of(k, a, b.toString());
        assertThat(e.events()).isEqualTo(1);
        assertThat(e.cost(true)).isEqualTo(e.cost(false)).isEqualTo(ChangeEvents.EDIT);
    }
}
