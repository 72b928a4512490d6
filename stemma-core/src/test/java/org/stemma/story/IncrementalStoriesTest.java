package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class IncrementalStoriesTest {

    /** The article undated: a corpus of a few articles says too little about one day's news. */
    private static Article undated(Article a) {
        return a.toBuilder().published(null).build();
    }

    @Test
    void aNewArticleJoinsItsEventsStoryOrStartsOne() {
        IncrementalStories s = new IncrementalStories(EventSignals.lexical());
        s.add(undated(StoryBuilderTest.BUDGET));
        s.add(undated(StoryBuilderTest.RECIPE));
        IncrementalStories.Assignment c1 = s.add(undated(StoryBuilderTest.CLIFTON_1));
        assertThat(c1.started()).isTrue();
        IncrementalStories.Assignment d1 = s.add(undated(StoryBuilderTest.DAYTON_1));
        assertThat(d1.started()).isTrue();
        assertThat(d1.story()).isNotEqualTo(c1.story());
        IncrementalStories.Assignment c2 = s.add(undated(StoryBuilderTest.CLIFTON_2));
        assertThat(c2.started()).isFalse();
        assertThat(c2.story()).isEqualTo(c1.story());
        assertThat(c2.cohesion()).isGreaterThanOrEqualTo(SameEventModel.LEXICAL.threshold());
        IncrementalStories.Assignment d2 = s.add(undated(StoryBuilderTest.DAYTON_2));
        assertThat(d2.story()).isEqualTo(d1.story());
        assertThat(s.members(c1.story())).containsExactly("c1", "c2");
        assertThat(s.storyOf("d2")).isEqualTo(d1.story());
        assertThatThrownBy(() -> s.add(undated(StoryBuilderTest.CLIFTON_1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoStoriesOfOneEventAreReportedAsAMergeDueAndMerge() {
        IncrementalStories s = new IncrementalStories(EventSignals.lexical());
        // Two reports that share little start two stories; a third report close to both makes
        // their merge due.
        Article a = StoryBuilderTest.art("x1", null, "Crawford shooting",
                "Brandon Crawford, 15, was shot in Clifton on Rood Circle, Mesa County deputies said.");
        Article b = StoryBuilderTest.art("x2", null, "Coroner rules on Clifton death",
                "The Mesa County coroner ruled the death of Brandon Crawford on Rood Circle a homicide.");
        int first = s.add(a).story();
        IncrementalStories.Assignment second = s.add(b);
        if (second.started()) {
            assertThat(s.mergesDue(second.story())).allMatch(k -> k == first);
        }
        IncrementalStories.Assignment third = s.add(undated(StoryBuilderTest.CLIFTON_1));
        int story = third.story();
        for (int other : third.mergesDue()) {
            story = s.merge(story, other);
        }
        assertThat(s.storyOf("x1")).isEqualTo(s.storyOf("x2")).isEqualTo(s.storyOf("c1"));
        assertThat(s.members(story)).containsExactlyInAnyOrder("x1", "x2", "c1");
        assertThat(s.mergesDue(story)).isEmpty();
    }
}
