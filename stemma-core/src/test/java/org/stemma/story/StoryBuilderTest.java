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

    @Test
    void aChainOfArticlesEachSharingAPersonWithTheNextIsNotOneStory() {
        // Each article names two people, the second also named by the next article: every
        // neighbouring pair is the same event by the pair rule, but the ends share nothing.
        String[] people = {"Anna Kowalski", "Boris Lemaire", "Clara Nunes", "Dario Ferri", "Emil Strand",
            "Fatima Okafor", "Greta Holm"};
        List<Article> chain = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < people.length; i++) {
            String surname = people[i].split(" ")[1];
            String next = people[i + 1].split(" ")[1];
            chain.add(art("c" + i, null, "Minister " + people[i] + " met Minister " + people[i + 1]
                    + " in Geneva on Monday. " + surname + " said the talks with " + next + " went well."));
        }
        assertThat(StoryBuilder.eventPairs(chain, EventSignals.lexical())).hasSize(chain.size() - 1);
        List<Story> stories = StoryBuilder.build(chain, List.of(), EventSignals.lexical());
        assertThat(stories).isNotEmpty().allSatisfy(st -> assertThat(st.articles().size()).isLessThan(chain.size()));
        assertThat(stories.stream().mapToInt(st -> st.articles().size()).max().orElse(0)).isLessThanOrEqualTo(3);
    }

    @Test
    void articlesThatAllShareTheEventStayTogether() {
        String[] variants = {
            "President Anna Kowalski visited the flooded town of Lidzbark on Monday with the Red Cross.",
            "Floods hit Lidzbark again, and President Kowalski came to see the damage with the Red Cross.",
            "President Kowalski promised aid to Lidzbark after the floods, the Red Cross said.",
            "In Lidzbark, President Kowalski thanked the Red Cross volunteers working in the floods."};
        List<Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            arts.add(art("k" + i, "2024-05-0" + (i + 1), variants[i]));
        }
        assertThat(StoryBuilder.build(arts, List.of(), EventSignals.lexical()))
                .singleElement().satisfies(st -> assertThat(st.articles()).hasSize(4));
    }

    @Test
    void theSameEventPairsGiveTheSameStoriesWhateverTheirOrder() {
        String[] variants = {
            "President Anna Kowalski visited the flooded town of Lidzbark on Monday with the Red Cross.",
            "Floods hit Lidzbark again, and Kowalski came to see the damage with the Red Cross.",
            "Anna Kowalski promised aid to Lidzbark after the floods, the Red Cross said.",
            "Boris Lemaire met Anna Kowalski in Geneva.", "Boris Lemaire spoke in Geneva on Tuesday."};
        List<Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            arts.add(art("k" + i, null, variants[i]));
        }
        List<StoryBuilder.EventPair> pairs = StoryBuilder.eventPairs(arts, EventSignals.lexical());
        List<StoryBuilder.EventPair> reversed = new java.util.ArrayList<>(pairs);
        java.util.Collections.reverse(reversed);
        assertThat(StoryBuilder.build(arts, List.of(), reversed))
                .isEqualTo(StoryBuilder.build(arts, List.of(), pairs));
    }
}
