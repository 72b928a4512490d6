package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

class PassageOpsTest {

    static List<String> render(List<EditOp> ops, String a, String b) {
        return ops.stream().map(o -> switch (o.op()) {
            case EQUAL -> "=" + o.a().of(a);
            case DELETE -> "-" + o.a().of(a);
            case INSERT -> "+" + o.b().of(b);
            case REPLACE -> o.a().of(a) + "->" + o.b().of(b);
        }).toList();
    }

    static List<String> words(String s) {
        return java.util.Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void replaceDeleteAndInsertAreRunsOfWordsWithTheirText() {
        String a = "The violence has spread to neighboring Burkina Faso and Niger, officials said.";
        String b = "The unrest has spread to Burkina Faso and Niger and beyond, officials said.";
        List<EditOp> ops = PassageOps.of(a, new Span(0, a.length()), b, new Span(0, b.length()));
        assertThat(render(ops, a, b)).containsExactly("=The", "violence->unrest", "=has spread to",
                "-neighboring", "=Burkina Faso and Niger", "+and beyond", "=officials said");
    }

    @Test
    void spansPointIntoTheArticlesAndAnEmptySideSitsAtTheEdit() {
        String a = "xx Mali said yes today";
        String b = "yy yy Mali said today";
        List<EditOp> ops = PassageOps.of(a, new Span(3, a.length()), b, new Span(6, b.length()));
        assertThat(ops).containsExactly(
                new EditOp(EditOp.Kind.EQUAL, new Span(3, 12), new Span(6, 15)),
                new EditOp(EditOp.Kind.DELETE, new Span(13, 16), new Span(15, 15)),
                new EditOp(EditOp.Kind.EQUAL, new Span(17, 22), new Span(16, 21)));
    }

    @Test
    void caseAndQuoteStylesAreNotEdits() {
        String a = "“We will not leave,” he said";
        String b = "\"we will NOT leave,\" He said";
        List<EditOp> ops = PassageOps.of(a, new Span(0, a.length()), b, new Span(0, b.length()));
        assertThat(ops).hasSize(1);
        assertThat(ops.get(0).op()).isEqualTo(EditOp.Kind.EQUAL);
    }

    @Test
    void spansOutsideTheTextsOrTooManyEditsGiveNoDiff() {
        assertThat(PassageOps.of("ab", new Span(0, 5), "ab", new Span(0, 2))).isNull();
        Random r = new Random(1);
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < PassageOps.MAX_EDITS; i++) {
            x.append('a').append(r.nextInt(1 << 20)).append(' ');
            y.append('b').append(r.nextInt(1 << 20)).append(' ');
        }
        assertThat(PassageOps.of(x.toString(), new Span(0, x.length()), y.toString(),
                new Span(0, y.length()))).isNull();
    }

    @Test
    void keptWordsOfTheDiffAreTheSameOnBothSidesForRandomEdits() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(80); i < n; i++) {
                String w = "w" + r.nextInt(30);
                double p = r.nextDouble();
                if (p > 0.1) {
                    a.append(w).append(' ');
                }
                if (p < 0.9) {
                    b.append(p < 0.05 ? "v" + r.nextInt(30) : w).append(' ');
                }
            }
            String ta = a.toString();
            String tb = b.toString();
            List<EditOp> ops = PassageOps.of(ta, new Span(0, ta.length()), tb, new Span(0, tb.length()));
            StringBuilder ra = new StringBuilder();
            StringBuilder rb = new StringBuilder();
            for (EditOp o : ops) {
                if (o.op() == EditOp.Kind.EQUAL) {
                    assertThat(o.a().of(ta)).isEqualTo(o.b().of(tb));
                }
                ra.append(o.a().of(ta)).append(' ');
                rb.append(o.b().of(tb)).append(' ');
            }
            // The ops cover every word of both sides, in order.
            assertThat(words(ra.toString())).isEqualTo(words(ta));
            assertThat(words(rb.toString())).isEqualTo(words(tb));
        }
    }
}
