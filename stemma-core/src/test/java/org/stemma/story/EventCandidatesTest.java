package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * The candidate index against its definition written out over all pairs: two articles are
 * candidates iff they share {@link EventCandidates#MIN_SHARED_KEYS} index keys and, both dated, are at most the window apart.
 */
class EventCandidatesTest {

    private static final String[] WORDS = {"Clifton", "Dayton", "shooting", "Crawford", "Hill", "Boyd",
        "council", "budget", "flood", "river", "Kowalski", "Lidzbark", "2014", "31", "Salem", "Avenue",
        "police", "coroner", "the", "and", "was", "hospital", "storm", "mayor", "Geneva", "talks"};

    @Test
    void candidatesAreThePairsSharingAKeyWithinTheWindow() {
        Random r = new Random(15);
        for (int round = 0; round < 30; round++) {
            List<Article> arts = new ArrayList<>();
            int n = 5 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                StringBuilder b = new StringBuilder();
                for (int w = 3 + r.nextInt(25); w > 0; w--) {
                    b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(6) == 0 ? ". " : " ");
                }
                String date = r.nextInt(4) == 0 ? null
                        : java.time.LocalDate.of(2014, 1, 1).plusDays(r.nextInt(200)).toString();
                arts.add(Article.builder("a" + i, b.toString()).published(date).build());
            }
            int window = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(90);
            StoryCorpus c = StoryCorpus.of(arts, EventSignals.lexical());
            List<Long> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    EventVector a = c.vector(i);
                    EventVector b = c.vector(j);
                    boolean inWindow = !a.dated() || !b.dated() || Math.abs((long) a.day() - b.day()) <= window;
                    if (EventVector.common(a.keys(), b.keys()) >= EventCandidates.MIN_SHARED_KEYS && inWindow) {
                        expected.add(((long) i << 32) | j);
                    }
                }
            }
            long[] found = EventCandidates.candidates(c, window);
            assertThat(found).as("round %d", round).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Test
    void judgedPairsAreTheCandidatesAtOrAboveTheMinimumWithTheModelsProbability() {
        List<Article> arts = StoryBuilderTest.corpus();
        StoryCorpus c = StoryCorpus.of(arts, EventSignals.lexical());
        List<EventCandidates.Scored> scored = EventCandidates.of(c, EventSignals.lexical());
        long[] all = EventCandidates.candidates(c, EventSignals.WINDOW_DAYS);
        int kept = 0;
        for (long p : all) {
            int i = (int) (p >>> 32);
            int j = (int) p;
            double prob = SameEventModel.LEXICAL.probability(c.features(i, j));
            if (prob >= EventCandidates.MIN_PROBABILITY) {
                EventCandidates.Scored s = scored.get(kept++);
                assertThat(s.i()).isEqualTo(i);
                assertThat(s.j()).isEqualTo(j);
                assertThat(s.probability()).isEqualTo(prob);
            }
        }
        assertThat(scored).hasSize(kept);
    }

    @Test
    void featuresAreSymmetricAndBounded() {
        StoryCorpus c = StoryCorpus.of(StoryBuilderTest.corpus(), EventSignals.lexical());
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.features(i, i)[0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            for (int j = 0; j < c.size(); j++) {
                double[] f = c.features(i, j);
                assertThat(f).containsExactly(c.features(j, i));
                assertThat(f[0]).isBetween(0.0, 1.0 + 1e-6);
                assertThat(f[1]).isBetween(0.0, 1.0 + 1e-6);
                assertThat(f[6]).isBetween(0.0, 1.0);
                assertThat(f[7]).isBetween(0.0, 1.0);
            }
        }
    }
}
