package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void optionsAreLabelledByThePersonTheyNameOrByTheSourceSpan() {
        String text = "Mayor Helen Castillo opened the bridge.\n\n\u201CIt took years,\u201D she said.";
        int name = text.indexOf("Mayor Helen Castillo");
        int she = text.indexOf("she");
        int quote = text.indexOf("It took");
        int bridge = text.indexOf("the bridge");
        double[] f = new double[SpeakerOption.FEATURES.size()];
        List<SpeakerOption> options = List.of(
                new SpeakerOption(new Span(name, name + "Mayor Helen Castillo".length()), f, 0, false, "Helen Castillo"),
                new SpeakerOption(new Span(she, she + 3), f, 1, true, "Helen Castillo"),
                new SpeakerOption(new Span(bridge, bridge + "the bridge".length()), f, 0, false, null),
                new SpeakerOption(null, f, 0, false, "Arturo Bianchi"));
        Span q = new Span(quote, quote + "It took years,".length());
        // the gold marks the name in the sentence before as the source: span labelling wants the name only,
        // the person labelling the name and the "she" that means her; the bridge and the voice going on are wrong both ways
        GoldQuote gold = new GoldQuote("a", List.of(q), "It took years,", false, null, "Mayor Helen Castillo", "Castillo",
                new Span(name, name + "Mayor Helen Castillo".length()));
        SpeakerRankerTrainer.Group g = SpeakerRankerTrainer.group(options, gold, 0, 0, text,
                new org.stemma.quote.Quote("a", q, "It took years,", false, "she", "Helen Castillo", "said"), new int[0]);
        assertThat(g.ySpan()).containsExactly(true, false, false, false);
        assertThat(g.yPerson()).containsExactly(true, true, false, false);
        // a source that is no name ("he", "officials") has no key word: the person labelling leaves it out
        GoldQuote noName = new GoldQuote("a", List.of(q), "It took years,", false, null, "she", null, new Span(she, she + 3));
        SpeakerRankerTrainer.Group h = SpeakerRankerTrainer.group(options, noName, 0, 0, text,
                new org.stemma.quote.Quote("a", q, "It took years,", false, "she", "Helen Castillo", "said"), new int[0]);
        assertThat(h.yPerson()).isNull();
        assertThat(h.ySpan()).containsExactly(false, true, false, false);
        // the keyed labelling keeps it, by its span, so the fit sees a pronoun as a source
        assertThat(h.y(SpeakerRankerTrainer.Labelling.KEYED)).containsExactly(false, true, false, false);
        assertThat(h.y(SpeakerRankerTrainer.Labelling.PERSONSPAN)).isNull();
        // a named source: as personspan, the options naming her that overlap the source span (the name only)
        assertThat(g.y(SpeakerRankerTrainer.Labelling.KEYED)).containsExactly(true, false, false, false);
    }

    @Test
    void theVoiceGoingOnIsRightOverTheSameSpeakerWrittenInAnEarlierParagraph() {
        String text = "\u201CThe ferry runs again,\u201D said Tomas Weller.\n\n\u201CIt will run all winter.\u201D";
        int name = text.indexOf("Tomas Weller");
        int quote = text.indexOf("It will");
        double[] otherParagraph = new double[SpeakerOption.FEATURES.size()];
        otherParagraph[SpeakerOption.FEATURES.indexOf("otherParagraph")] = 1;
        Span source = new Span(name, name + "Tomas Weller".length());
        Span q = new Span(quote, quote + "It will run all winter.".length());
        GoldQuote gold = new GoldQuote("a", List.of(q), "It will run all winter.", false, null, "Tomas Weller", "Weller", source);
        org.stemma.quote.Quote reported = new org.stemma.quote.Quote("a", q, "It will run all winter.", false, null, "Tomas Weller", null);
        List<SpeakerOption> options = List.of(new SpeakerOption(source, otherParagraph, 1, true, "Tomas Weller"),
                new SpeakerOption(null, new double[SpeakerOption.FEATURES.size()], 0, false, "Tomas Weller"));
        SpeakerRankerTrainer.Group g = SpeakerRankerTrainer.group(options, gold, 0, 0, text, reported, new int[0]);
        // the gold marks the name a paragraph before; a reader writes the paragraph as the voice going on
        assertThat(g.y(SpeakerRankerTrainer.Labelling.KEYED)).containsExactly(true, false);
        assertThat(g.y(SpeakerRankerTrainer.Labelling.KEYEDVOICE)).containsExactly(false, true);
        // the name in the quotation's own paragraph stays the right option
        List<SpeakerOption> own = List.of(new SpeakerOption(source, new double[SpeakerOption.FEATURES.size()], 1, true, "Tomas Weller"),
                new SpeakerOption(null, new double[SpeakerOption.FEATURES.size()], 0, false, "Tomas Weller"));
        SpeakerRankerTrainer.Group h = SpeakerRankerTrainer.group(own, gold, 0, 0, text, reported, new int[0]);
        assertThat(h.y(SpeakerRankerTrainer.Labelling.KEYEDVOICE)).containsExactly(true, false);
        // a voice going on with another speaker does not take the label
        List<SpeakerOption> another = List.of(new SpeakerOption(source, otherParagraph, 1, true, "Tomas Weller"),
                new SpeakerOption(null, new double[SpeakerOption.FEATURES.size()], 0, false, "Dana Okafor"));
        SpeakerRankerTrainer.Group k = SpeakerRankerTrainer.group(another, gold, 0, 0, text, reported, new int[0]);
        assertThat(k.y(SpeakerRankerTrainer.Labelling.KEYEDVOICE)).containsExactly(true, false);
    }

    @Test
    void aListwiseFitCanHoldOneWeightFixed() {
        // feature 0 marks a right option; feature 1, held at -0.5, is noise
        List<ConditionalLogit.Choice> choices = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(11);
        for (int q = 0; q < 40; q++) {
            List<double[]> x = new ArrayList<>();
            boolean[] y = new boolean[3];
            y[q % 3] = true;
            for (int i = 0; i < 3; i++) {
                x.add(new double[] {y[i] ? 1 : 0, rnd.nextDouble()});
            }
            choices.add(new ConditionalLogit.Choice(x, y));
        }
        LogisticRegression.Model m = ConditionalLogit.fit(choices, 1e-3, 1, -0.5);
        assertThat(m.weights()[1]).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.weights()[0]).isGreaterThan(1);
    }

    @Test
    void theSpeakerTrainerComparesBothLabellings() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SpeakerRankerTrainer.fit(List.of(docs()), List.of("constructed"), new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("labelled by span", "judged by person", "judged by span", "fitted by span 1.0000 ± 0.0000 (30/30)",
                "fitted by person minus fitted by span: +0.0000", "fitted by personspan minus fitted by span: +0.0000",
                "fitted by keyed minus fitted by span: +0.0000");
    }

    @Test
    void aListwiseFitRanksTheRightOptionsFirstWithinEachQuotation() {
        // feature 0 marks a right option, feature 1 is larger on the wrong ones, feature 2 is noise
        List<ConditionalLogit.Choice> choices = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(7);
        for (int q = 0; q < 40; q++) {
            int n = 2 + q % 3;
            List<double[]> x = new ArrayList<>();
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = i == q % n || (q % 5 == 0 && i == (q + 1) % n); // every fifth quotation has two right options
                x.add(new double[] {y[i] ? 1 : 0, y[i] ? 0.2 : 0.8, rnd.nextDouble()});
            }
            choices.add(new ConditionalLogit.Choice(x, y));
        }
        LogisticRegression.Model m = ConditionalLogit.fit(choices, 1e-3);
        assertThat(m.weights()[0]).isPositive();
        assertThat(m.weights()[1]).isNegative();
        for (ConditionalLogit.Choice c : choices) {
            for (int i = 0; i < c.y().length; i++) {
                for (int j = 0; j < c.y().length; j++) {
                    if (c.y()[i] && !c.y()[j]) {
                        assertThat(m.probability(c.x().get(i))).isGreaterThan(m.probability(c.x().get(j)));
                    }
                }
            }
        }
    }

    @Test
    void aListwiseFitIsChosenByAPropertyAndPairedAgainstTheShippedWay() {
        chosenByProperty("stemma.ranker.fit", "listwise", "pairwise", "listwise or pointwise", "fitted listwise",
                "right option, out of fold: 1.000 (30/30)", "fitted by keyed listwise minus fitted by span pointwise: +0.0000",
                "fitted by span pointwise 1.0000");
    }

    @Test
    void aLabellingByThePersonIsChosenByAPropertyAndAWrongNameIsOneClearError() {
        chosenByProperty("stemma.ranker.label", "person", "speaker", "person, personspan or span",
                "30 reported quotations with a gold source", "labelled by person", "right option, out of fold: 1.000 (30/30)");
    }

    /**
     * The speaker fit with {@code key=good} prints {@code expected}; with {@code key=bad} it stops with one
     * IllegalArgumentException naming the values ({@code error}), which the CLI prints as a one-line error.
     */
    private static void chosenByProperty(String key, String good, String bad, String error, String... expected) {
        String before = System.getProperty(key);
        try {
            System.setProperty(key, good);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            SpeakerRankerTrainer.fit(List.of(docs()), List.of("constructed"), new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains(expected);
            System.setProperty(key, bad);
            assertThatThrownBy(() -> SpeakerRankerTrainer.fit(List.of(docs()), List.of("constructed"),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(error);
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
