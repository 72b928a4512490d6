package org.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.text.SentenceEmbedder;

/** Runs the real model, loaded from the jar on the class path (no network). */
class MiniLmEmbedderTest {

    static MiniLmEmbedder model;

    @BeforeAll
    static void load() {
        model = new MiniLmEmbedder(1000);
    }

    @Test
    void vectorsAreUnitLengthAndCloserForParaphrases() {
        float[][] v = model.embed(List.of(
                "Russia sent instructors to train Mali's army.",
                "Instructors from Russia were dispatched to teach the Malian military.",
                "The central bank raised interest rates by half a point."));
        assertThat(model.dimension()).isEqualTo(384);
        for (float[] x : v) {
            assertThat(x).hasSize(384);
            assertThat(SentenceEmbedder.cosine(x, x)).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-4));
            double norm = 0;
            for (float f : x) {
                norm += f * f;
            }
            assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
        double para = SentenceEmbedder.cosine(v[0], v[1]);
        double unrelated = SentenceEmbedder.cosine(v[0], v[2]);
        assertThat(para).isGreaterThan(0.6);
        assertThat(unrelated).isLessThan(0.3);
    }

    @Test
    void repeatedTextsAreServedFromTheCacheAndBlanksGetZeroVectors() {
        String s = "Bamako and Niamey cut diplomatic ties with Ukraine.";
        float[] first = model.embed(List.of(s))[0];
        long calls = model.modelCalls();
        float[][] again = model.embed(List.of(s, "", s));
        assertThat(model.modelCalls()).isEqualTo(calls);
        assertThat(again[0]).containsExactly(first);
        assertThat(again[2]).containsExactly(first);
        assertThat(again[1]).hasSize(384).containsOnly(0f);
    }

    @Test
    void batchesLargerThanOneCallKeepInputOrder() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < MiniLmEmbedder.BATCH + 5; i++) {
            many.add("Sentence number " + i + " about the Sahel.");
        }
        float[][] v = model.embed(many);
        float[] single = new MiniLmEmbedder(0).embed(List.of(many.get(MiniLmEmbedder.BATCH + 2)))[0];
        assertThat(SentenceEmbedder.cosine(v[MiniLmEmbedder.BATCH + 2], single))
                .isGreaterThan(0.999);
    }

    @Test
    void vectorsAreLangchain4jsForTheSameText() {
        var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String s : List.of("Russia sent instructors to train Mali's army.",
                "Police said the shooting happened at about 11:30 p.m. on Saturday near the corner of Main Street.")) {
            float[] ours = model.embed(List.of(s))[0];
            float[] theirs = reference.embed(s).content().vector();
            assertThat(SentenceEmbedder.cosine(ours, theirs)).isGreaterThan(0.99999);
        }
    }

    @Test
    void aVeryLongTextIsCutNotRefused() {
        String word = "Mali's transitional government announced new measures today. ";
        float[] v = model.embed(List.of(word.repeat(300)))[0];
        assertThat(v).hasSize(384);
        assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theSharedEmbedderIsOnePerJvmAndOnlyWhenTheConfigurationAsks() {
        assertThat(MiniLmEmbedder.shared()).isSameAs(MiniLmEmbedder.shared());
        assertThat(MiniLmEmbedder.forConfig(org.stemma.analysis.AnalysisConfig.defaults())).isSameAs(MiniLmEmbedder.shared());
        assertThat(MiniLmEmbedder.forConfig(org.stemma.analysis.AnalysisConfig.lexical())).isNull();
    }
}
