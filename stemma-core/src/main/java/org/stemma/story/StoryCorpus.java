package org.stemma.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.SentenceEmbedder;

/**
 * A corpus as the same-event model reads it: every article's names and {@link ArticleTerms},
 * the corpus's document frequencies, and each article's {@link EventVector}. Names and terms
 * are read in parallel (pure functions of each article); heads are embedded in one batched
 * call, once per article.
 */
public final class StoryCorpus {

    private final List<Article> articles;
    private final NamedEntities[] entities;
    private final EventVector[] vectors;
    private final long cap;
    /** Each vector's terms as dense ids (same order), and the number of ids. */
    private final int[][] termIds;
    private final int vocabulary;

    private StoryCorpus(List<Article> articles, NamedEntities[] entities, EventVector[] vectors, long cap) {
        this.articles = articles;
        this.entities = entities;
        this.vectors = vectors;
        this.cap = cap;
        LongIntMap ids = new LongIntMap(1 << 16);
        termIds = new int[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            long[] terms = vectors[i].terms();
            int[] out = new int[terms.length];
            for (int k = 0; k < terms.length; k++) {
                int id = ids.get(terms[k], -1);
                if (id < 0) {
                    id = ids.size();
                    ids.put(terms[k], id);
                }
                out[k] = id;
            }
            termIds[i] = out;
        }
        vocabulary = ids.size();
    }

    /** The corpus of {@code articles}, read with {@code signals}' embedder and posting cap. */
    public static StoryCorpus of(List<Article> articles, EventSignals signals) {
        return of(articles, signals, StoryBuilder::entities);
    }

    /**
     * As {@link #of(List, EventSignals)}, with each article's names given by {@code entitiesOf}
     * (which must equal {@link StoryBuilder#entities}; lets a caller reuse names it keeps).
     */
    public static StoryCorpus of(List<Article> articles, EventSignals signals,
                                 Function<Article, NamedEntities> entitiesOf) {
        return of(articles, signals, entitiesOf, StoryCorpus::frequencies);
    }

    /**
     * As {@link #of(List, EventSignals, Function)}, with the document frequencies given by
     * {@code frequencies} from the articles' terms: a part of a larger corpus (a store's batch
     * neighbourhood) is weighed with the whole corpus's frequencies, and its index keys are
     * capped by the whole corpus's size, so that its vectors and candidate pairs are the ones a
     * whole-corpus run gives these articles.
     */
    public static StoryCorpus of(List<Article> articles, EventSignals signals,
                                 Function<Article, NamedEntities> entitiesOf,
                                 Function<ArticleTerms[], DocFrequencies> frequencies) {
        int n = articles.size();
        NamedEntities[] entities = IntStream.range(0, n).parallel()
                .mapToObj(i -> entitiesOf.apply(articles.get(i))).toArray(NamedEntities[]::new);
        ArticleTerms[] terms = IntStream.range(0, n).parallel()
                .mapToObj(i -> ArticleTerms.of(articles.get(i), entities[i])).toArray(ArticleTerms[]::new);
        DocFrequencies df = frequencies.apply(terms);
        float[][] embeddings = new float[n][];
        SentenceEmbedder embedder = signals.embedder();
        if (embedder != null && n > 0) {
            List<String> heads = new ArrayList<>(n);
            for (Article a : articles) {
                heads.add(ArticleTerms.headText(a));
            }
            embeddings = embedder.embed(heads);
        }
        long cap = signals.postingCap(df.documents());
        float[][] emb = embeddings;
        EventVector[] vectors = IntStream.range(0, n).parallel()
                .mapToObj(i -> EventVector.of(terms[i], df, cap, emb[i])).toArray(EventVector[]::new);
        return new StoryCorpus(List.copyOf(articles), entities, vectors, cap);
    }

    /** Document frequencies counted over {@code terms}. */
    public static DocFrequencies frequencies(ArticleTerms[] terms) {
        LongIntMap df = new LongIntMap(1 << 16);
        for (ArticleTerms t : terms) {
            for (long term : t.terms()) {
                df.put(term, df.get(term, 0) + 1);
            }
        }
        return frequencies(df, terms.length);
    }

    /** Frequencies read from {@code df} (term hash to articles) in a corpus of {@code n} articles. */
    public static DocFrequencies frequencies(LongIntMap df, long n) {
        return new DocFrequencies() {
            @Override
            public long documents() {
                return n;
            }

            @Override
            public int of(long term) {
                return df.get(term, 0);
            }
        };
    }

    public int size() {
        return articles.size();
    }

    public List<Article> articles() {
        return articles;
    }

    public Article article(int i) {
        return articles.get(i);
    }

    public NamedEntities entities(int i) {
        return entities[i];
    }

    public EventVector vector(int i) {
        return vectors[i];
    }

    /** The posting cap the index keys were chosen with. */
    public long cap() {
        return cap;
    }

    /** The model's features of articles i and j. */
    public double[] features(int i, int j) {
        return EventVector.features(vectors[i], vectors[j]);
    }

    /**
     * Judges many pairs (i, j) for one i at a time: i's text vector is scattered into a dense
     * array once, and each dot product reads j's terms only (the same sums, in the same order,
     * as {@link #features}). Not thread-safe: one per thread.
     */
    final class Scorer {
        private final float[] dense = new float[vocabulary];
        private int current = -1;

        double[] features(int i, int j) {
            if (i != current) {
                if (current >= 0) {
                    for (int t : termIds[current]) {
                        dense[t] = 0;
                    }
                }
                float[] w = vectors[i].weights();
                int[] ids = termIds[i];
                for (int k = 0; k < ids.length; k++) {
                    dense[ids[k]] = w[k];
                }
                current = i;
            }
            int[] ids = termIds[j];
            float[] w = vectors[j].weights();
            double s = 0;
            for (int k = 0; k < ids.length; k++) {
                float d = dense[ids[k]];
                if (d != 0) {
                    s += d * w[k];
                }
            }
            return EventVector.features(vectors[i], vectors[j], s);
        }
    }
}
