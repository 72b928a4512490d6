package org.stemma.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.ReuseOptions;
import org.stemma.text.SentenceEmbedder;

class AnalysisConfigTest {

    private static final SentenceEmbedder FAKE = new SentenceEmbedder() {
        @Override
        public float[][] embed(List<String> sentences) {
            float[][] v = new float[sentences.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = new float[] {1, 0};
            }
            return v;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String modelName() {
            return "fake";
        }
    };

    @Test
    void theModelIsOnByDefaultAndLexicalTurnsItOff() {
        assertThat(AnalysisConfig.defaults().embed()).isTrue();
        assertThat(AnalysisConfig.defaults().reuse()).isEqualTo(ReuseOptions.defaults());
        assertThat(AnalysisConfig.lexical().embed()).isFalse();
        assertThat(AnalysisConfig.lexical().withEmbed(true)).isEqualTo(AnalysisConfig.defaults());
    }

    @Test
    void factoriesRefuseAModelTheConfigurationDoesNotAskFor() {
        assertThatThrownBy(() -> new Analyzer(AnalysisConfig.defaults(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalysisConfig.lexical().eventSignals(FAKE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AnalysisConfig.lexical().paraphraseFinder(null)).isNull();
        assertThat(AnalysisConfig.defaults().paraphraseFinder(FAKE)).isNotNull();
        assertThat(AnalysisConfig.defaults().eventSignals(FAKE).embedder()).isSameAs(FAKE);
        assertThat(new Analyzer(AnalysisConfig.defaults(), FAKE).config()).isEqualTo(AnalysisConfig.defaults());
    }

    @Test
    void theOldConstructorMeansTheSameConfiguration() {
        ReuseOptions r = ReuseOptions.defaults().withMaxDf(40);
        assertThat(new Analyzer(r, null).config()).isEqualTo(AnalysisConfig.lexical().withReuse(r));
        assertThat(new Analyzer(r, FAKE).config()).isEqualTo(AnalysisConfig.defaults().withReuse(r));
    }

    @Test
    void survivesJavaSerializationAsSparkShipsIt() throws Exception {
        AnalysisConfig c = AnalysisConfig.defaults().withReuse(ReuseOptions.defaults().withMaxDf(77));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(c);
        }
    }

    @Test
    void propertiesNameEveryParameterAndDifferWithTheOptions() {
        var p = AnalysisConfig.defaults().asProperties();
        assertThat(p).containsEntry("embed", "true").containsEntry("reuse.maxDf", "100")
                .containsKey("paraphrase.minLeadCosine");
        assertThat(AnalysisConfig.lexical().asProperties()).containsEntry("embed", "false")
                .doesNotContainKey("paraphrase.minLeadCosine");
        assertThat(AnalysisConfig.defaults().withReuse(ReuseOptions.defaults().withMaxDf(5)).asProperties())
                .isNotEqualTo(p);
        assertThat(AnalysisConfig.defaults().describe()).contains("model");
        assertThat(AnalysisConfig.lexical().describe()).contains("--no-embed");
    }
}
