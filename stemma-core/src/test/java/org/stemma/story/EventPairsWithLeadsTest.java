package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * With an embedder, {@link StoryBuilder#eventPairs} equals the pairwise rule distributed runs
 * apply: candidates share any name two to cap articles carry, {@link StoryBuilder#sameEventBySignals}
 * decides from the names and dates, and when it leaves a pair undecided the leads do: their words
 * must be close and the cosine of the two {@link StoryBuilder#lead} vectors high.
 */
class EventPairsWithLeadsTest {

    private static final String[] NAMES = {"General Amadou Keita", "Bamako", "Gao", "Red Cross",
        "World Bank", "Kidal", "Lyon", "Port Said", "Minister Lena Fischer"};
    private static final String[] TOPICS = {"flood", "election", "strike", "harvest"};

    /** Bag of words hashed into 32 dimensions: leads sharing a topic word are close. */
    static final class Bag implements SentenceEmbedder {
        int calls;

        @Override
        public float[][] embed(List<String> sentences) {
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                calls++;
                float[] v = new float[32];
                Tokens t = Tokenizer.tokenize(sentences.get(i));
                for (int k = 0; k < t.size(); k++) {
                    v[(int) Long.remainderUnsigned(Tokenizer.fnv1a64(t.term(k)), 32)] += 1;
                }
                out[i] = v;
            }
            return out;
        }

        @Override
        public int dimension() {
            return 32;
        }

        @Override
        public String modelName() {
            return "bag";
        }
    }

    @Test
    void eventPairsWithAnEmbedderAreThoseOfThePairwiseRuleAndTheLeads() {
        Random random = new Random(3);
        int byLeads = 0;
        for (int round = 0; round < 10; round++) {
            List<Article> articles = new ArrayList<>();
            int n = 20 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                StringBuilder text = new StringBuilder("The " + topic + " " + topic + " " + topic + " was reported.");
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    text.append(" It concerned ").append(NAMES[random.nextInt(NAMES.length)]).append(" again.");
                }
                String date = random.nextInt(4) == 0 ? null : "2024-05-" + String.format("%02d", 1 + random.nextInt(28));
                articles.add(Article.builder("a" + i, text.toString()).title(topic + " news").published(date).build());
            }
            Bag bag = new Bag();
            EventSignals signals = new EventSignals(bag, 7, 0.2, 0.8, 0.3);
            int cap = (int) signals.postingCap(n);
            List<NamedEntities> e = articles.stream().map(StoryBuilder::entities).toList();
            Map<String, Integer> df = new HashMap<>();
            e.forEach(x -> x.names().forEach(name -> df.merge(name, 1, Integer::sum)));
            List<StoryBuilder.EventPair> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int a = i;
                    int b = j;
                    boolean candidate = e.get(a).names().stream().anyMatch(name -> e.get(b).names().contains(name)
                            && df.get(name) >= 2 && df.get(name) <= cap);
                    if (!candidate) {
                        continue;
                    }
                    Boolean same = StoryBuilder.sameEventBySignals(e.get(i),
                            PublishedTime.parse(articles.get(i).published()), e.get(j),
                            PublishedTime.parse(articles.get(j).published()), signals);
                    if (same == null && !StoryBuilder.leadWordsClose(StoryBuilder.leadWords(articles.get(i)),
                            StoryBuilder.leadWords(articles.get(j)))) {
                        same = false;
                    }
                    if (same == null) {
                        double cos = SentenceEmbedder.cosine(
                                bag.embed(List.of(StoryBuilder.lead(articles.get(i))))[0],
                                bag.embed(List.of(StoryBuilder.lead(articles.get(j))))[0]);
                        same = cos >= signals.minCosine();
                        byLeads += same ? 1 : 0;
                    }
                    if (same) {
                        expected.add(new StoryBuilder.EventPair(articles.get(i).id(), articles.get(j).id()));
                    }
                }
            }
            assertThat(StoryBuilder.eventPairs(articles, signals)).containsExactlyElementsOf(expected);
        }
        assertThat(byLeads).as("some pairs are decided by their leads").isGreaterThan(10);
    }
}
