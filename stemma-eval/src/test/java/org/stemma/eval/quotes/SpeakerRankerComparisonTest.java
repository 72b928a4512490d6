package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

/** A speaker fit judged against the same fit without some features ({@code -Dstemma.ranker.baseline}). */
class SpeakerRankerComparisonTest {

    private static final String[] NAMES = {"Ines Varga", "Tobias Rennert", "Maud Ellery", "Kofi Mensah", "Lea Sorensen"};

    /** Articles with one quotation each whose source, a named person, is marked in the text. */
    private static List<QuoteEvaluation.GoldDoc> docs() {
        List<QuoteEvaluation.GoldDoc> out = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String name = NAMES[i % NAMES.length];
            String quote = "The ferry to the island number " + i + " will run again in April";
            String text = "The harbour board met on Tuesday.\n\n\u201C" + quote + ",\u201D " + name + " said.";
            int qs = text.indexOf(quote);
            int ns = text.indexOf(name);
            GoldQuote g = new GoldQuote("h" + i, List.of(new Span(qs, qs + quote.length())), quote, false, null,
                    name, name.substring(name.indexOf(' ') + 1), new Span(ns, ns + name.length()));
            out.add(new QuoteEvaluation.GoldDoc("h" + i, text, List.of(g), false, List.of(g)));
        }
        return out;
    }

    private static String fit(String baseline) {
        String before = System.getProperty("stemma.ranker.baseline");
        try {
            System.setProperty("stemma.ranker.baseline", baseline);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            SpeakerRankerTrainer.fit(List.of(docs()), List.of("constructed"), new PrintStream(buf, true, StandardCharsets.UTF_8));
            return buf.toString(StandardCharsets.UTF_8);
        } finally {
            if (before == null) {
                System.clearProperty("stemma.ranker.baseline");
            } else {
                System.setProperty("stemma.ranker.baseline", before);
            }
        }
    }

    @Test
    void theFitIsPairedAgainstItselfWithoutTheNamedFeatures() {
        assertThat(fit("cueAfter, subjectPosition")).contains("baseline without cueAfter, subjectPosition (out of fold, same folds)",
                "judged by person: with all 1.0000 ± 0.0000 (25/25)", "judged by span: with all 1.0000",
                "fitted by span with all minus fitted by span without: ");
    }

    @Test
    void noBaselineIsPrintedUnlessOneIsNamed() {
        assertThat(fit("")).contains("labellings compared").doesNotContain("baseline without");
    }

    @Test
    void aWrongFeatureNameIsOneClearErrorBeforeAnyFit() {
        assertThatThrownBy(() -> fit("cueAfter,noSuchFeature")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stemma.ranker.baseline names no ranker feature: noSuchFeature");
    }
}
