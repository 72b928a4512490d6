package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stemma.text.Span;

/**
 * The grouping loop of {@link QuoteFamilies} (primitive postings that stop storing past
 * a limit of families, an article set per family) forms the same families
 * as the plain loop it replaced: boxed postings of every family and a scan of a family's quotes
 * for the article. Random corpora with copies, trims and edits of earlier quotes over a small
 * vocabulary, so that common stems pass both the rarity and the posting limits.
 */
class QuoteFamiliesGroupingTest {

    private static final int POSTING_LIMIT = 40;

    private static final String[] SPEAKERS = {null, "Ana Ruiz", "Luis Ortega", "Mariam Diallo"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void formsTheSameFamiliesAsThePlainLoop(long seed) {
        List<Quote> quotes = corpus(new Random(seed), 600);
        List<QuoteFamilies.Item> order = QuoteFamilies.prepared(quotes, null);

        // A small posting limit, so that common stems pass it in a corpus this size.
        List<List<QuoteFamilies.Item>> fast = QuoteFamilies.families(order, POSTING_LIMIT);
        List<List<QuoteFamilies.Item>> plain = plainFamilies(order);

        assertThat(fast).hasSameSizeAs(plain);
        for (int f = 0; f < plain.size(); f++) {
            assertThat(fast.get(f)).containsExactlyElementsOf(plain.get(f));
        }
        assertThat(plain).anySatisfy(fam -> assertThat(fam).hasSizeGreaterThan(3));
        assertThat(maxFamiliesPerStem(plain)).isGreaterThan(POSTING_LIMIT);
    }

    /** The loop as it was before primitive postings (reference for the test only). */
    private static List<List<QuoteFamilies.Item>> plainFamilies(List<QuoteFamilies.Item> order) {
        List<List<QuoteFamilies.Item>> families = new ArrayList<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        for (QuoteFamilies.Item it : order) {
            Map<Integer, Integer> counts = new HashMap<>();
            boolean rare = it.content.length > 0;
            for (long h : it.content) {
                List<Integer> posting = index.get(h);
                if (posting != null && posting.size() > QuoteFamilies.RARE_POSTING) {
                    rare = false;
                }
                if (posting != null && posting.size() <= POSTING_LIMIT) {
                    for (int f : posting) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
            List<QuoteFamilies.Item> best = null;
            double bestScore = 0;
            int needShared = Math.min(2, it.content.length);
            for (int f : counts.keySet().stream().sorted().toList()) {
                int shared = counts.get(f);
                List<QuoteFamilies.Item> fam = families.get(f);
                QuoteFamilies.Item rep = fam.get(0);
                boolean fewShared = shared < 0.6 * Math.min(rep.content.length, it.content.length);
                boolean holds = fam.stream().anyMatch(i -> i.quote.article().equals(it.quote.article()));
                if (shared < needShared || fewShared || holds) {
                    continue;
                }
                double s = QuoteFamilies.sameUtterance(rep, it, rare);
                if (s > bestScore) {
                    bestScore = s;
                    best = fam;
                }
            }
            if (best != null) {
                best.add(it);
            } else {
                List<QuoteFamilies.Item> fam = new ArrayList<>();
                fam.add(it);
                families.add(fam);
                for (long h : it.content) {
                    index.computeIfAbsent(h, k -> new ArrayList<>()).add(families.size() - 1);
                }
            }
        }
        return families;
    }

    private static int maxFamiliesPerStem(List<List<QuoteFamilies.Item>> families) {
        Map<Long, Integer> perStem = new HashMap<>();
        int max = 0;
        for (List<QuoteFamilies.Item> fam : families) {
            for (long h : fam.get(0).content) {
                max = Math.max(max, perStem.merge(h, 1, Integer::sum));
            }
        }
        return max;
    }

    /** Quotes over a skewed vocabulary; a third copy, trim or edit an earlier quote in another article. */
    private static List<Quote> corpus(Random r, int n) {
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            vocabulary.add(word(r));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String article = "a" + r.nextInt(n / 3);
            String speaker = SPEAKERS[r.nextInt(SPEAKERS.length)];
            String text;
            if (!quotes.isEmpty() && r.nextInt(3) == 0) {
                text = variant(r, quotes.get(r.nextInt(quotes.size())).text(), vocabulary);
            } else {
                int len = 1 + r.nextInt(r.nextBoolean() ? 4 : 24);
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < len; w++) {
                    // Squaring skews the draw towards the first words: a few stems in most quotes.
                    double u = r.nextDouble();
                    b.append(w > 0 ? " " : "").append(vocabulary.get((int) (u * u * vocabulary.size())));
                }
                text = b.toString();
            }
            quotes.add(new Quote(article, new Span(i, i + text.length()), text, r.nextInt(4) == 0, speaker, speaker, "said"));
        }
        return quotes;
    }

    private static String variant(Random r, String text, List<String> vocabulary) {
        String[] words = text.split(" ");
        int from = r.nextInt(3) == 0 ? r.nextInt(Math.max(1, words.length / 3)) : 0;
        int to = r.nextInt(3) == 0 ? words.length - r.nextInt(Math.max(1, words.length / 3)) : words.length;
        StringBuilder b = new StringBuilder();
        for (int w = from; w < Math.max(from + 1, to); w++) {
            String word = r.nextInt(8) == 0 ? vocabulary.get(r.nextInt(vocabulary.size())) : words[w];
            b.append(b.length() > 0 ? " " : "").append(word);
        }
        return b.toString();
    }

    private static String word(Random r) {
        int len = 3 + r.nextInt(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }
}
