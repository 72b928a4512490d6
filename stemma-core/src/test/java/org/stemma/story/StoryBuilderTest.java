package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;

class StoryBuilderTest {

    private static Article art(String id, String published, String text) {
        return Article.builder(id, text).published(published).build();
    }

    private static final String A = "President Anna Kowalski visited the flooded town of Lidzbark on Monday. "
            + "Kowalski promised aid to the Warmia region and met the Red Cross.";
    private static final String B = "Floods hit Lidzbark again, and Kowalski came to the Warmia region to see the damage "
            + "with the Red Cross volunteers.";

    @Test
    void sharedPersonAndPlacesInTheWindowMakeOneEvent() {
        List<Story> s = StoryBuilder.build(List.of(art("a", "2024-05-01", A), art("b", "2024-05-03", B)),
                List.of(), EventSignals.lexical());
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.articles()).containsExactlyInAnyOrder("a", "b");
            assertThat(st.lineages()).isEmpty();
            assertThat(st.start()).isEqualTo("2024-05-01");
            assertThat(st.end()).isEqualTo("2024-05-03");
        });
    }

    @Test
    void theTimeWindowSeparatesEvents() {
        List<Story> s = StoryBuilder.build(List.of(art("a", "2024-05-01", A), art("b", "2024-07-01", B)),
                List.of(), EventSignals.lexical());
        assertThat(s).isEmpty();
    }

    @Test
    void noSharedPersonNoEventWithoutEmbedder() {
        String c = "The Red Cross opened shelters in the Warmia region as rivers rose near Lidzbark.";
        assertThat(StoryBuilder.build(List.of(art("a", null, A), art("c", null, c)), List.of(),
                EventSignals.lexical())).isEmpty();
    }

    @Test
    void anEmbedderCanJoinArticlesWithoutASharedPerson() {
        String c = "The Red Cross opened shelters in the Warmia region as rivers rose near Lidzbark.";
        SentenceEmbedder same = new SentenceEmbedder() {
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
                return "fake-constant";
            }
        };
        assertThat(StoryBuilder.build(List.of(art("a", null, A), art("c", null, c)), List.of(),
                EventSignals.withEmbedder(same))).hasSize(1);
    }
}
