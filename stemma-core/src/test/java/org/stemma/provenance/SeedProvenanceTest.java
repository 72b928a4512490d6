package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stemma.story.EventSignals;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;

/** Golden test on the seed story: the acceptance criteria of issue 5. */
class SeedProvenanceTest {

    private final SeedFixture seeds = new SeedFixture();

    private List<Story> stories(SeedFixture f) {
        return StoryBuilder.build(f.articles(), f.links(), EventSignals.lexical());
    }

    private Map<String, Derivation> byCopy(SeedFixture f) {
        List<Derivation> ds = ProvenanceBuilder.build(f.articles(), f.links(), f.quotes(), stories(f));
        return ds.stream().collect(Collectors.toMap(Derivation::copy, Function.identity()));
    }

    @Test
    void oneLineageInsideOneEventWith002AndWithout004() {
        List<Story> stories = stories(seeds);
        Story story = stories.stream().filter(s -> s.articles().contains(seeds.a001.id())).findFirst().orElseThrow();
        assertThat(story.lineages()).containsExactly(
                List.of(seeds.a000.id(), seeds.a001.id(), seeds.a003.id()));
        assertThat(story.articles()).contains(seeds.a002.id()).doesNotContain(seeds.a004.id());
        assertThat(stories).noneMatch(s -> s.articles().contains(seeds.a004.id()));
        assertThat(story.start()).isEqualTo("2024-08-22T16:28:00");
        assertThat(story.end()).isEqualTo("2024-08-26");
        assertThat(story.outlets()).containsExactlyInAnyOrder("MENAFN", "Al Mayadeen English");
        assertThat(story.title()).isNotBlank();
    }

    @Test
    void derivationTreeMatchesTheSeedsAcceptance() {
        Map<String, Derivation> d = byCopy(seeds);
        String rootOf001 = d.containsKey(seeds.a001.id()) ? d.get(seeds.a001.id()).source() : null;
        assertThat(rootOf001).as("001 is the root or hangs from external:RT").satisfiesAnyOf(
                s -> assertThat(s).isNull(), s -> assertThat(s).isEqualTo("external:RT"));
        String origin = rootOf001 == null ? seeds.a001.id() : rootOf001;

        Derivation d000 = d.get(seeds.a000.id());
        assertThat(d000.source()).isIn(seeds.a001.id(), origin).isNotEqualTo(seeds.a003.id());
        assertThat(d000.kind()).isEqualTo(DerivationKind.REWRITE);
        assertThat(d000.credited()).isFalse();
        assertThat(d000.evidence()).anySatisfy(e -> {
            assertThat(e.signal()).isEqualTo("leak");
            assertThat(e.text()).contains("MORE: Ukraine linked to Africa terror attack");
            assertThat(e.weight()).isPositive();
        });
        assertThat(d000.directed()).as("the leaked headline and the altered quotation order 001 and 000").isTrue();
        assertThat(d000.runnerUpSource()).isEqualTo(seeds.a003.id());
        assertThat(d000.runnerUpWeight()).isPositive();

        Derivation d003 = d.get(seeds.a003.id());
        assertThat(d003.source()).isIn(seeds.a001.id(), origin);
        assertThat(d003.kind()).isEqualTo(DerivationKind.PARTIAL);
        assertThat(d003.credited()).isFalse();

        assertThat(d).doesNotContainKeys(seeds.a002.id(), seeds.a004.id());
        for (Derivation x : d.values()) {
            assertThat(x.evidenceText()).isNotEmpty().allMatch(e -> e.length() > 20)
                    .as("no internal ids, costs or weights in the words")
                    .noneMatch(e -> e.contains(seeds.a000.id()) || e.contains(seeds.a001.id())
                            || e.contains(seeds.a003.id()) || e.contains("cost") || e.contains("weight"));
            assertThat(x.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void rtviInterviewIsNotCreditForAnRtArticle() {
        SeedFixture rt = new SeedFixture("RT");
        Map<String, Derivation> d = byCopy(rt);
        assertThat(d.get(rt.a000.id()).credited()).isFalse();
        // 001 and 003 are related, the order of the two is even on this fixture: whichever is
        // stated as the copy, the relation is uncredited, and stated the other way round than
        // issue 5's acceptance only when undirected.
        Derivation d003 = d.containsKey(rt.a003.id()) ? d.get(rt.a003.id()) : d.get(rt.a001.id());
        assertThat(d003).isNotNull();
        assertThat(d003.credited()).isFalse();
        if (d003.copy().equals(rt.a003.id())) {
            assertThat(d003.evidence()).anySatisfy(e -> {
                assertThat(e.signal()).isEqualTo("credit");
                assertThat(e.text()).startsWith("Not credited").contains("names who interviewed the speaker");
            });
        } else {
            assertThat(d003.source()).isEqualTo(rt.a003.id());
            assertThat(d003.directed()).isFalse();
        }
        assertThat(d.values()).noneMatch(Derivation::fromExternal);
    }
}
