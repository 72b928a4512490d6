package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;

/**
 * Heads are embedded only for the articles of candidate and lineage pairs whose cosine can
 * matter: the judged pairs and the stories are those of a run with every head embedded.
 */
class LazyHeadsTest {

    /** Hashed bag of words, unit length; records every text it is asked for. */
    static final class HashingEmbedder implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized float[][] embed(List<String> sentences) {
            asked.addAll(sentences);
            float[][] out = new float[sentences.size()][];
            for (int s = 0; s < out.length; s++) {
                float[] v = new float[16];
                for (String w : sentences.get(s).toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                    long h = Tokenizer.fnv1a64(w);
                    v[(int) Long.remainderUnsigned(h, 16)] += (h & 1L << 40) == 0 ? 1 : -1;
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int d = 0; d < v.length; d++) {
                    v[d] = norm == 0 ? 0 : (float) (v[d] / Math.sqrt(norm));
                }
                out[s] = v;
            }
            return out;
        }

        @Override
        public int dimension() {
            return 16;
        }

        @Override
        public String modelName() {
            return "hashing-test";
        }
    }

    private static List<StoryBuilder.EventPair> lazy(List<Article> arts, List<Link> links, EventSignals signals) {
        StoryCorpus c = StoryCorpus.unembedded(arts, signals, StoryBuilder::entities, StoryCorpus::frequencies);
        return StoryBuilder.eventPairs(c, links, signals);
    }

    private static List<StoryBuilder.EventPair> everyHead(List<Article> arts, List<Link> links, EventSignals signals) {
        return StoryBuilder.eventPairs(StoryCorpus.of(arts, signals), links, signals);
    }

    @Test
    void anArticleInNoCandidatePairIsNotEmbeddedAndThePairsAreThoseOfEveryHead() {
        HashingEmbedder lazyModel = new HashingEmbedder();
        HashingEmbedder fullModel = new HashingEmbedder();
        List<Article> arts = StoryBuilderTest.corpus();
        List<StoryBuilder.EventPair> lazyPairs = lazy(arts, List.of(), EventSignals.withEmbedder(lazyModel));
        List<StoryBuilder.EventPair> fullPairs = everyHead(arts, List.of(), EventSignals.withEmbedder(fullModel));
        assertThat(lazyPairs).isNotEmpty().isEqualTo(fullPairs);
        assertThat(fullModel.asked).hasSize(arts.size());
        assertThat(lazyModel.asked).hasSizeLessThan(arts.size())
                .doesNotContain(ArticleTerms.headText(StoryBuilderTest.RECIPE));
        // One batch per corpus: every head asked once.
        assertThat(lazyModel.asked).doesNotHaveDuplicates();
        assertThat(StoryBuilder.build(arts, List.of(), EventSignals.withEmbedder(new HashingEmbedder())))
                .isEqualTo(StoryBuilder.build(arts, List.of(), fullPairs, SameEventModel.EMBEDDED));
    }

    @Test
    void aLineagePairIsJudgedWithItsHeadsEvenWithoutACandidate() {
        HashingEmbedder model = new HashingEmbedder();
        // The recipe and the budget share no index key: only the link makes them a pair.
        Link link = new Link("b1", "r1", LinkKind.PARTIAL, 0.8, 0.8,
                List.of(new Passage(new Span(0, 250), new Span(0, 250), PassageKind.VERBATIM, 1.0)));
        List<Article> arts = StoryBuilderTest.corpus();
        List<StoryBuilder.EventPair> pairs = lazy(arts, List.of(link), EventSignals.withEmbedder(model));
        assertThat(model.asked).contains(ArticleTerms.headText(StoryBuilderTest.RECIPE),
                ArticleTerms.headText(StoryBuilderTest.BUDGET));
        assertThat(pairs).isEqualTo(everyHead(arts, List.of(link), EventSignals.withEmbedder(new HashingEmbedder())));
    }

    /** Random corpora of events reported over weeks, with unrelated articles and random links. */
    @Test
    void onRandomCorporaTheLazyPairsAreThoseOfEveryHead() {
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            List<Article> arts = randomCorpus(r);
            List<Link> links = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                String a = arts.get(r.nextInt(arts.size() - NOISE)).id(); // not the unrelated ones
                String b = arts.get(r.nextInt(arts.size() - NOISE)).id();
                links.add(new Link(a, b, LinkKind.PARTIAL, 0.9, 0.9,
                        List.of(new Passage(new Span(0, 300), new Span(0, 300), PassageKind.VERBATIM, 1.0))));
            }
            HashingEmbedder lazyModel = new HashingEmbedder();
            List<StoryBuilder.EventPair> lazyPairs = lazy(arts, links, EventSignals.withEmbedder(lazyModel));
            List<StoryBuilder.EventPair> fullPairs = everyHead(arts, links, EventSignals.withEmbedder(new HashingEmbedder()));
            assertThat(lazyPairs).as("seed %d", seed).isNotEmpty().isEqualTo(fullPairs);
            assertThat(StoryBuilder.build(arts, links, EventSignals.withEmbedder(new HashingEmbedder())))
                    .as("seed %d", seed).isEqualTo(StoryBuilder.build(arts, links, fullPairs, SameEventModel.EMBEDDED));
            assertThat(lazyModel.asked).as("seed %d", seed).hasSizeLessThan(arts.size());
            // Never more than the articles of candidate and lineage pairs.
            StoryCorpus c = StoryCorpus.unembedded(arts, EventSignals.lexical(), StoryBuilder::entities,
                    StoryCorpus::frequencies);
            java.util.BitSet paired = new java.util.BitSet();
            for (long p : EventCandidates.candidates(c, EventSignals.WINDOW_DAYS)) {
                paired.set((int) (p >>> 32));
                paired.set((int) p);
            }
            for (Link l : links) {
                if (Lineages.joins(l) && !l.a().equals(l.b())) {
                    paired.set(Integer.parseInt(l.a().substring(1)));
                    paired.set(Integer.parseInt(l.b().substring(1)));
                }
            }
            assertThat(lazyModel.asked).as("seed %d", seed).hasSizeLessThanOrEqualTo(paired.cardinality());
        }
    }

    @Test
    void aCandidatePairThatNoCosineCouldKeepNeedsNoHeads() {
        // Two dated articles 59 days apart sharing two rare words and little else: a candidate
        // pair the model drops whatever their heads say.
        Article early = StoryBuilderTest.art("e1", "2014-01-01", "Harbour repairs begin",
                "Workers began repairs on the harbour wall of Quillport on Monday, the port authority said.\n\n"
                        + "The work on the old granite quay is due to last until spring, with boats moved to the marina.");
        Article late = StoryBuilderTest.art("e2", "2014-03-01", "School choir wins regional prize",
                "A school choir from Quillport won the regional prize on Saturday with a programme of folk songs.\n\n"
                        + "Their teacher said the granite hall of the old school gave them a voice to be proud of.");
        List<Article> arts = List.of(early, late, StoryBuilderTest.RECIPE);
        StoryCorpus c = StoryCorpus.unembedded(arts, EventSignals.lexical(), StoryBuilder::entities,
                StoryCorpus::frequencies);
        assertThat(EventCandidates.candidates(c, EventSignals.WINDOW_DAYS)).containsExactly(1L);
        assertThat(SameEventModel.EMBEDDED.needsHeads(c.features(0, 1))).isFalse();
        HashingEmbedder model = new HashingEmbedder();
        assertThat(lazy(arts, List.of(), EventSignals.withEmbedder(model)))
                .isEqualTo(everyHead(arts, List.of(), EventSignals.withEmbedder(new HashingEmbedder()))).isEmpty();
        assertThat(model.asked).isEmpty();
    }

    @Test
    void maxProbabilityBoundsEveryCosine() {
        Random r = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            double[] f = new double[SameEventModel.FEATURES.size()];
            for (int d = 0; d < f.length; d++) {
                f[d] = r.nextDouble() * (d == 4 ? 4.2 : 1);
            }
            f[SameEventModel.EMBEDDING] = r.nextDouble() * 2 - 1;
            double bound = SameEventModel.EMBEDDED.maxProbability(f);
            assertThat(SameEventModel.EMBEDDED.probability(f)).isLessThanOrEqualTo(bound);
            if (!SameEventModel.EMBEDDED.needsHeads(f)) {
                assertThat(SameEventModel.EMBEDDED.probability(f)).isLessThan(EventCandidates.MIN_PROBABILITY);
            }
        }
        assertThat(SameEventModel.LEXICAL.needsHeads(new double[SameEventModel.FEATURES.size()])).isFalse();
    }

    /** Unrelated articles at the end of a random corpus. */
    private static final int NOISE = 3;

    private static final String[] PLACES = {"Clifton", "Dayton", "Mesa", "Salem", "Rood", "Avondale", "Bristol",
        "Camden", "Dover", "Elgin", "Fargo", "Galena"};
    private static final String[] PEOPLE = {"Brandon Crawford", "Marcus Hill", "Terrell Boyd", "Ana Ruiz",
        "Peter Lund", "Maya Okafor", "John Tully", "Rita Moreno"};
    private static final String[] WORDS = {"police", "shooting", "wounded", "hospital", "street", "night",
        "officers", "suspect", "arrested", "victim", "neighbours", "statement", "investigation", "vehicle",
        "budget", "council", "weather", "school", "market", "river", "bridge", "festival", "season", "traffic"};

    private static List<Article> randomCorpus(Random r) {
        List<Article> out = new ArrayList<>();
        int events = 6 + r.nextInt(5);
        LocalDate start = LocalDate.of(2014, 1, 1);
        int id = 0;
        for (int e = 0; e < events; e++) {
            String place = PLACES[r.nextInt(PLACES.length)];
            String person = PEOPLE[r.nextInt(PEOPLE.length)];
            String detail = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
            int day = r.nextInt(120);
            int reports = 1 + r.nextInt(4);
            for (int k = 0; k < reports; k++) {
                LocalDate d = start.plusDays(day + r.nextInt(70));
                StringBuilder text = new StringBuilder();
                text.append(place).append(" - ").append(person).append(" was named by police after the ")
                        .append(detail).append(" in ").append(place).append(".\n\n");
                for (int s = 0; s < 3; s++) {
                    for (int w = 0; w < 8; w++) {
                        text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                    }
                    text.append(r.nextBoolean() ? place : PLACES[r.nextInt(PLACES.length)]).append(".\n");
                }
                String published = r.nextInt(8) == 0 ? null : d.toString();
                out.add(Article.builder("a" + id++, text.toString())
                        .title(person + " named after " + detail + " in " + place).published(published).build());
            }
        }
        // Unrelated articles, each of words of its own: in no candidate pair.
        for (int k = 0; k < NOISE; k++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                for (int c = 0; c < 6; c++) {
                    text.append((char) ('a' + r.nextInt(26)));
                }
                text.append(w % 10 == 9 ? ".\n" : " ");
            }
            out.add(Article.builder("n" + k, text.toString()).title("Notice " + k)
                    .published(start.plusDays(r.nextInt(200)).toString()).build());
        }
        return out;
    }
}
