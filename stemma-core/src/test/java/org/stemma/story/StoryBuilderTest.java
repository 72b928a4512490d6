package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Span;

class StoryBuilderTest {

    static Article art(String id, String published, String title, String text) {
        return Article.builder(id, text).title(title).published(published).build();
    }

    // Two shootings on one day in two cities (a hard negative), each reported twice, and two
    // unrelated articles. Written for this test.
    static final Article CLIFTON_1 = art("c1", "2014-11-16", "Teenager killed in Clifton accidental shooting",
            "CLIFTON, Colo. - A 15-year-old was killed Sunday in an accidental shooting in Mesa County.\n\n"
                    + "Deputies said Brandon Crawford was found inside a home on Rood Circle in Clifton around 3 p.m.");
    static final Article CLIFTON_2 = art("c2", "2014-11-17", "Coroner names Clifton boy killed in shooting",
            "The Mesa County coroner on Monday named the boy shot Sunday on Rood Circle as Brandon Crawford, 15.\n\n"
                    + "Crawford died of a gunshot wound to the chest in Clifton; deputies said the person who fired is cooperating.");
    static final Article DAYTON_1 = art("d1", "2014-11-16", "Two men wounded in Dayton shooting",
            "DAYTON, Ohio - Two men were wounded Sunday in a shooting on Salem Avenue in Dayton.\n\n"
                    + "Police said Marcus Hill, 31, and Terrell Boyd, 28, were taken to Miami Valley Hospital.");
    static final Article DAYTON_2 = art("d2", "2014-11-17", "Dayton police seek gunman after Salem Avenue shooting",
            "Dayton police are looking for the gunman who shot Marcus Hill and Terrell Boyd on Salem Avenue Sunday night.\n\n"
                    + "Hill and Boyd were in stable condition at Miami Valley Hospital, police said.");
    static final Article BUDGET = art("b1", "2014-11-16", "City council passes budget",
            "The city council approved a budget for next year on Sunday after a long debate about parks and roads.");
    static final Article RECIPE = art("r1", "2014-11-17", "A winter soup",
            "Slice two onions, soften them in butter and add stock, potatoes and a bay leaf; simmer for an hour.");

    static List<Article> corpus() {
        return List.of(CLIFTON_1, DAYTON_1, BUDGET, CLIFTON_2, DAYTON_2, RECIPE);
    }

    private static List<List<String>> members(List<Story> stories) {
        return stories.stream().map(s -> s.articles().stream().sorted().toList()).sorted(
                java.util.Comparator.comparing(l -> l.get(0))).toList();
    }

    @Test
    void twoShootingsOnOneDayInTwoCitiesAreTwoStories() {
        List<Story> stories = StoryBuilder.build(corpus(), List.of(), EventSignals.lexical());
        assertThat(members(stories)).containsExactly(List.of("c1", "c2"), List.of("d1", "d2"));
    }

    @Test
    void aStoryIsLabelledByAHeadlineItsDatesAndItsNames() {
        Story clifton = StoryBuilder.build(corpus(), List.of(), EventSignals.lexical()).stream()
                .filter(s -> s.articles().contains("c1")).findFirst().orElseThrow();
        assertThat(clifton.title()).isIn(CLIFTON_1.title(), CLIFTON_2.title());
        assertThat(clifton.start()).isEqualTo("2014-11-16");
        assertThat(clifton.end()).isEqualTo("2014-11-17");
        assertThat(clifton.names()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .anyMatch(n -> n.equals("Crawford") || n.equals("Clifton") || n.equals("Rood Circle")
                        || n.equals("Mesa County"));
        assertThat(clifton.names()).allMatch(n -> Character.isUpperCase(n.charAt(0)));
    }

    @Test
    void datedArticlesOutsideTheWindowAreNeverPaired() {
        Article late = art("c3", "2015-03-01", CLIFTON_2.title(), CLIFTON_2.text());
        List<Article> arts = List.of(CLIFTON_1, late, BUDGET, RECIPE);
        StoryCorpus c = StoryCorpus.of(arts, EventSignals.lexical());
        assertThat(EventCandidates.candidates(c, EventSignals.WINDOW_DAYS)).isEmpty();
        assertThat(StoryBuilder.build(arts, List.of(), EventSignals.lexical())).isEmpty();
    }

    @Test
    void sharedFurnitureDoesNotJoinTwoEventsButSharedTextOfOneEventIsALineage() {
        // A link that would make a lineage (one passage over most of each side) between two
        // different events: site furniture. The model disagrees, so no story joins them.
        Link furniture = wholeLink("c1", "d1");
        List<Story> stories = StoryBuilder.build(corpus(), List.of(furniture), EventSignals.lexical());
        assertThat(stories).noneMatch(s -> s.articles().contains("c1") && s.articles().contains("d1"));
        assertThat(stories).allMatch(s -> s.lineages().isEmpty());
        // The same link between two reports of one event is a lineage of their story.
        List<Story> same = StoryBuilder.build(corpus(), List.of(wholeLink("c1", "c2")), EventSignals.lexical());
        assertThat(same).anySatisfy(s -> assertThat(s.lineages()).containsExactly(List.of("c1", "c2")));
    }

    private static Link wholeLink(String a, String b) {
        return new Link(a, b, LinkKind.PARTIAL, 0.8, 0.8,
                List.of(new Passage(new Span(0, 250), new Span(0, 250), PassageKind.VERBATIM, 1.0)));
    }

    @Test
    void averageLinkageDoesNotChain() {
        // 0-1, 1-2, 2-3, ... each close, the ends far apart: no group of the whole chain.
        int n = 8;
        int[] a = new int[n - 1];
        int[] b = new int[n - 1];
        double[] p = new double[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            a[i] = i;
            b[i] = i + 1;
            p[i] = 0.95;
        }
        int[] groups = StoryBuilder.groups(n, a, b, p, 0.3);
        int largest = 0;
        for (int g = 0; g < n; g++) {
            int size = 0;
            for (int x : groups) {
                size += x == g ? 1 : 0;
            }
            largest = Math.max(largest, size);
        }
        assertThat(largest).isGreaterThan(1).isLessThan(n);
    }

    @Test
    void theJudgedPairsGiveTheSameStoriesWhateverTheirOrder() {
        StoryCorpus c = StoryCorpus.of(corpus(), EventSignals.lexical());
        List<StoryBuilder.EventPair> pairs = StoryBuilder.eventPairs(c, List.of(), EventSignals.lexical());
        List<StoryBuilder.EventPair> reversed = new ArrayList<>(pairs);
        java.util.Collections.reverse(reversed);
        assertThat(pairs).isNotEmpty();
        assertThat(StoryBuilder.build(corpus(), List.of(), reversed, SameEventModel.LEXICAL))
                .isEqualTo(StoryBuilder.build(corpus(), List.of(), pairs, SameEventModel.LEXICAL))
                .isEqualTo(StoryBuilder.build(corpus(), List.of(), EventSignals.lexical()));
    }

    @Test
    void anEmbedderAddsItsCosineAsAFeature() {
        SentenceEmbedder constant = new SentenceEmbedder() {
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
        StoryCorpus c = StoryCorpus.of(corpus(), EventSignals.withEmbedder(constant));
        assertThat(c.features(0, 1)[2]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(StoryCorpus.of(corpus(), EventSignals.lexical()).features(0, 1)[2]).isZero();
    }
}
