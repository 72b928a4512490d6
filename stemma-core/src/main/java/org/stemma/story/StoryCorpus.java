package org.stemma.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * A corpus as the same-event model reads it: every article's names and {@link ArticleTerms},
 * the corpus's document frequencies, and each article's {@link EventVector}. Names and terms
 * are read in parallel (pure functions of each article). Heads are embedded in one batched call
 * per corpus ({@link #withHeads}), only for the articles whose head cosine is read: the model
 * reads it for candidate and lineage pairs only ({@link StoryBuilder#eventPairs}).
 */
public final class StoryCorpus {

    private final List<Article> articles;
    private final NamedEntities[] entities;
    private final EventVector[] vectors;
    private final long cap;
    /** Each vector's terms as dense ids (same order), and the number of ids. */
    private final int[][] termIds;
    private final int vocabulary;

    private StoryCorpus(List<Article> articles, NamedEntities[] entities, EventVector[] vectors, long cap,
                        int[][] termIds, int vocabulary) {
        this.articles = articles;
        this.entities = entities;
        this.vectors = vectors;
        this.cap = cap;
        this.termIds = termIds;
        this.vocabulary = vocabulary;
    }

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

    /**
     * The corpus of {@code articles}, read with {@code signals}' posting cap, every head embedded
     * with {@code signals}' embedder (if any): for evaluation, which reads any pair's features.
     */
    public static StoryCorpus of(List<Article> articles, EventSignals signals) {
        StoryCorpus c = unembedded(articles, signals, StoryBuilder::entities, StoryCorpus::frequencies);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, c.size());
        return c.withHeads(all, signals.embedder());
    }

    /**
     * The corpus of {@code articles} with no head embedded yet, each article's names given by
     * {@code entitiesOf} (which must equal {@link StoryBuilder#entities}; lets a caller reuse
     * names it keeps) and the document frequencies by {@code frequencies} from the articles'
     * terms: a part of a larger corpus (a store's batch neighbourhood) is weighed with the whole
     * corpus's frequencies, and its index keys are capped by the whole corpus's size, so that its
     * vectors and candidate pairs are the ones a whole-corpus run gives these articles.
     */
    public static StoryCorpus unembedded(List<Article> articles, EventSignals signals,
                                         Function<Article, NamedEntities> entitiesOf,
                                         Function<ArticleTerms[], DocFrequencies> frequencies) {
        return unembedded(articles, signals, entitiesOf, frequencies, null);
    }

    /**
     * As {@link #unembedded(List, EventSignals, Function, Function)}, reading each article's body
     * words from {@code bodyTokensOrNull[i]} when given (the caller's tokens of article {@code i}'s
     * text; null, a null entry or tokens of another text tokenise it): the same corpus.
     */
    public static StoryCorpus unembedded(List<Article> articles, EventSignals signals,
                                         Function<Article, NamedEntities> entitiesOf,
                                         Function<ArticleTerms[], DocFrequencies> frequencies,
                                         Tokens[] bodyTokensOrNull) {
        int n = articles.size();
        NamedEntities[] entities = IntStream.range(0, n).parallel()
                .mapToObj(i -> entitiesOf.apply(articles.get(i))).toArray(NamedEntities[]::new);
        ArticleTerms[] terms = IntStream.range(0, n).parallel()
                .mapToObj(i -> ArticleTerms.of(articles.get(i), entities[i],
                        bodyTokensOrNull == null ? null : bodyTokensOrNull[i]))
                .toArray(ArticleTerms[]::new);
        return vectors(articles, signals, frequencies, entities, terms);
    }

    /**
     * As {@link #unembedded(List, EventSignals, Function, Function)}, with every article's names
     * {@link StoryBuilder#entities} and its body tokens from {@code bodyTokensOrNull[i]} when
     * given (see {@link ArticleTerms#of(Article, NamedEntities, Tokens)}): each title is tokenised
     * once, each body at most once, for both the names and the terms.
     */
    public static StoryCorpus unembedded(List<Article> articles, EventSignals signals,
                                         Function<ArticleTerms[], DocFrequencies> frequencies,
                                         Tokens[] bodyTokensOrNull) {
        int n = articles.size();
        NamedEntities[] entities = new NamedEntities[n];
        ArticleTerms[] terms = new ArticleTerms[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Article a = articles.get(i);
            Tokens given = bodyTokensOrNull == null ? null : bodyTokensOrNull[i];
            Tokens body = given != null && given.text().equals(a.text()) ? given : Tokenizer.tokenize(a.text());
            Tokens title = Tokenizer.tokenize(a.title() == null ? "" : a.title());
            entities[i] = StoryBuilder.entities(a, title, body);
            terms[i] = ArticleTerms.of(a, entities[i], title, body);
        });
        return vectors(articles, signals, frequencies, entities, terms);
    }

    /** The corpus of articles whose names and terms are read: frequencies, then vectors. */
    private static StoryCorpus vectors(List<Article> articles, EventSignals signals,
                                       Function<ArticleTerms[], DocFrequencies> frequencies,
                                       NamedEntities[] entities, ArticleTerms[] terms) {
        int n = articles.size();
        DocFrequencies df = frequencies.apply(terms);
        long cap = signals.postingCap(df.documents());
        EventVector[] vectors = IntStream.range(0, n).parallel()
                .mapToObj(i -> EventVector.of(terms[i], df, cap, null)).toArray(EventVector[]::new);
        return new StoryCorpus(List.copyOf(articles), entities, vectors, cap);
    }

    /**
     * This corpus with the heads ({@link ArticleTerms#headText}) of the articles in {@code which}
     * embedded by {@code embedder}, in one batched call; heads embedded before are kept. This
     * corpus itself if {@code embedder} is null or there is nothing to embed.
     */
    public StoryCorpus withHeads(java.util.BitSet which, SentenceEmbedder embedder) {
        List<Integer> todo = new ArrayList<>();
        for (int i = which.nextSetBit(0); i >= 0 && i < vectors.length; i = which.nextSetBit(i + 1)) {
            if (vectors[i].embedding() == null) {
                todo.add(i);
            }
        }
        if (embedder == null || todo.isEmpty()) {
            return this;
        }
        List<String> heads = new ArrayList<>(todo.size());
        for (int i : todo) {
            heads.add(ArticleTerms.headText(articles.get(i)));
        }
        float[][] embedded = embedder.embed(heads);
        EventVector[] out = vectors.clone();
        for (int k = 0; k < embedded.length; k++) {
            out[todo.get(k)] = out[todo.get(k)].withEmbedding(embedded[k]);
        }
        return new StoryCorpus(articles, entities, out, cap, termIds, vocabulary);
    }

    /** Articles whose head is embedded. */
    public int headsEmbedded() {
        int c = 0;
        for (EventVector v : vectors) {
            if (v.embedding() != null) {
                c++;
            }
        }
        return c;
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
