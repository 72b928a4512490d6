package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.quote.QuoteDecision;
import org.stemma.quote.SpeakerOption;
import org.stemma.text.Span;

/** The fitting commands behind {@code eval quotes --fit} and {@code --fit-speakers}, on constructed articles. */
class TrainersTest {

    private static final String[] FIRST = {"Helen", "Arturo", "Margaret", "Robert", "Dana", "Peter"};
    private static final String[] LAST = {"Castillo", "Bianchi", "Okafor", "Lindqvist", "Whitfield", "Alvarsson"};

    /** Articles with one attributed quote (gold, its source marked) and one scare-quoted word (not gold). */
    private static List<QuoteEvaluation.GoldDoc> docs() {
        List<QuoteEvaluation.GoldDoc> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            String quote = "We will rebuild the bridge number " + i + " before the winter comes";
            String text = "The council met on Monday in the old hall.\n\n\u201C" + quote + ",\u201D " + name
                    + " said.\n\nThe \u201Cexperts\u201D were not consulted.";
            int qs = text.indexOf(quote);
            int ns = text.indexOf(name);
            GoldQuote g = new GoldQuote("d" + i, List.of(new Span(qs, qs + quote.length())), quote, false, null,
                    name, name.substring(name.indexOf(' ') + 1), new Span(ns, ns + name.length()));
            out.add(new QuoteEvaluation.GoldDoc("d" + i, text, List.of(g), false, List.of(g)));
        }
        return out;
    }

    @Test
    void theDecisionTrainerPrintsCrossValidatedFiguresAndConstants() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        LogisticRegression.Model m = QuoteDecisionTrainer.fit(List.of(docs()), List.of("constructed"),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(m.weights()).hasSize(QuoteDecision.FEATURES.size());
        assertThat(out).contains("out of fold", "nested", "static final double[] WEIGHTS", "THRESHOLD");
        assertThat(out).contains("30 lone words without a source, dropped by rule");
    }

    @Test
    void theThresholdKeepsTheFirstSetNearItsBest() {
        double[] first = {0.90, 0.950, 0.9495, 0.93};
        double[] mean = {0.80, 0.85, 0.86, 0.95};
        assertThat(QuoteDecisionTrainer.choose(first, mean, 0.001)).isEqualTo(2); // not 3: the first set would lose 0.02
        assertThat(QuoteDecisionTrainer.choose(first, mean, 0.05)).isEqualTo(3);
        assertThat(QuoteDecisionTrainer.choose(first, new double[] {0.5, 0.5, 0.5, 0.5}, 0.001)).isEqualTo(1);
    }

    @Test
    void theSpeakerTrainerFindsTheSourceAmongTheOptions() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        LogisticRegression.Model m = SpeakerRankerTrainer.fit(List.of(docs()), List.of("constructed"),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(m.weights()).hasSize(SpeakerOption.FEATURES.size());
        assertThat(out).contains("30 reported quotations with a gold source");
        assertThat(out).contains("right option, out of fold: 1.000 (30/30)");
    }
}
