package org.stemma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.story.Story;

/** How the stories found around a batch become the stored stories, with stable ids. */
class StoryLedgerTest {

    private static Story story(String id, List<String> members, List<List<String>> lineages) {
        return new Story(id, "title of " + id, members, lineages, "2024-09-0" + members.size() % 9 + "T00:00:00Z",
                "2024-09-09T00:00:00Z", List.of("o-" + id), List.of("name of " + id));
    }

    private static StoryLedger.Outcome reconcile(List<Story> old, Set<String> big, List<Story> local) {
        return StoryLedger.reconcile(old, big, local, Set.of(), id -> false);
    }

    @Test
    void aSmallStoryThatGrowsKeepsItsId() {
        Story old = story("story-a", List.of("1", "2"), List.of(List.of("1", "2")));
        Story grown = story("story-hash", List.of("1", "2", "3"), List.of(List.of("1", "2", "3")));
        StoryLedger.Outcome o = reconcile(List.of(old), Set.of(), List.of(grown));
        assertThat(o.stories()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("story-a");
            assertThat(s.articles()).containsExactly("1", "2", "3");
            assertThat(s.names()).as("the label's names survive the new id").containsExactly("name of story-hash");
        });
        assertThat(o.aliases()).isEmpty();
    }

    @Test
    void mergedStoriesKeepTheIdOfTheLargerShareAndTheOtherResolvesToIt() {
        Story a = story("story-a", List.of("1", "2", "3"), List.of());
        Story b = story("story-b", List.of("4", "5"), List.of());
        Story merged = story("story-hash", List.of("1", "2", "3", "4", "5", "6"), List.of());
        StoryLedger.Outcome o = reconcile(List.of(a, b), Set.of(), List.of(merged));
        assertThat(o.stories()).extracting(Story::id).containsExactly("story-a");
        assertThat(o.aliases()).isEqualTo(Map.of("story-b", "story-a"));
    }

    @Test
    void aSplitStoryLeavesItsIdToTheLargerPart() {
        Story old = story("story-a", List.of("1", "2", "3", "4", "5"), List.of());
        Story part1 = story("story-h1", List.of("1", "2"), List.of());
        Story part2 = story("story-h2", List.of("3", "4", "5"), List.of());
        StoryLedger.Outcome o = reconcile(List.of(old), Set.of(), List.of(part1, part2));
        assertThat(o.stories()).extracting(Story::id).containsExactly("story-a", "story-h1");
        assertThat(o.stories().get(0).articles()).containsExactly("3", "4", "5");
    }

    @Test
    void aNewIdAlreadyInUseIsChanged() {
        Story fresh = story("story-x", List.of("7", "8"), List.of());
        StoryLedger.Outcome o = StoryLedger.reconcile(List.of(), Set.of(), List.of(fresh), Set.of(),
                id -> id.equals("story-x"));
        assertThat(o.stories()).singleElement().satisfies(s -> {
            assertThat(s.id()).startsWith("story-").isNotEqualTo("story-x");
            assertThat(s.articles()).containsExactly("7", "8");
        });
    }

    @Test
    void aBigStoryKeepsItsMembersTakesInNewOnesAndMergesLineages() {
        // only 3 and 4 of the big story were in the neighbourhood; 9 is new, copied from 3
        Story big = story("story-big", List.of("1", "2", "3", "4"), List.of(List.of("1", "2", "3")));
        Story local = story("story-local", List.of("3", "9"), List.of(List.of("3", "9")));
        StoryLedger.Outcome o = reconcile(List.of(big), Set.of("story-big"), List.of(local));
        Story s = o.stories().get(0);
        assertThat(s.id()).isEqualTo("story-big");
        assertThat(s.articles()).containsExactly("1", "2", "3", "4", "9");
        assertThat(s.lineages()).containsExactly(List.of("1", "2", "3", "9"));
        assertThat(s.title()).isEqualTo("title of story-big");
        assertThat(s.names()).containsExactly("name of story-big");
        assertThat(s.outlets()).containsExactly("o-story-big", "o-story-local");
        assertThat(s.start()).isEqualTo("2024-09-02T00:00:00Z"); // the local story's, earlier than the big one's
        assertThat(s.end()).isEqualTo("2024-09-09T00:00:00Z");
    }

    @Test
    void twoBigStoriesJoinedByANewArticleMergeAndABigStoryNeverSplits() {
        Story big1 = story("story-b1", List.of("1", "2", "3"), List.of());
        Story big2 = story("story-b2", List.of("4", "5"), List.of());
        // the algorithm saw 1 and 4 with the new 9 together, and 2 alone
        Story local = story("story-l", List.of("1", "4", "9"), List.of());
        StoryLedger.Outcome o = reconcile(List.of(big1, big2), Set.of("story-b1", "story-b2"), List.of(local));
        assertThat(o.stories()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("story-b1");
            assertThat(s.articles()).containsExactly("1", "2", "3", "4", "5", "9");
        });
        assertThat(o.aliases()).isEqualTo(Map.of("story-b2", "story-b1"));
    }

    @Test
    void aMergedStorySpansItsPartsDates() {
        Story big = new Story("story-big", "t", List.of("1", "2", "3"), List.of(), "2024-09-03", "2024-09-05", List.of());
        Story later = new Story("story-l", "t", List.of("3", "9"), List.of(), "2024-09-04T10:00:00Z", "2024-09-20T08:00:00Z", List.of());
        Story undated = new Story("story-u", "t", List.of("2", "8"), List.of(), null, null, List.of());
        Story s = reconcile(List.of(big), Set.of("story-big"), List.of(later, undated)).stories().get(0);
        assertThat(s.start()).isEqualTo("2024-09-03");
        assertThat(s.end()).isEqualTo("2024-09-20T08:00:00Z");
    }

    @Test
    void aReplacedArticleLeavesItsBigStory() {
        Story big = story("story-big", List.of("1", "2", "3"), List.of(List.of("1", "2", "3")));
        StoryLedger.Outcome o = StoryLedger.reconcile(List.of(big), Set.of("story-big"), List.of(), Set.of("3"), id -> false);
        assertThat(o.stories()).singleElement().satisfies(s -> {
            assertThat(s.articles()).containsExactly("1", "2");
            assertThat(s.lineages()).containsExactly(List.of("1", "2"));
        });
    }
}
