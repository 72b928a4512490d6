package org.stemma.eval.model;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.stemma.text.SentenceEmbedder;

/** A {@link SentenceEmbedder} that counts the texts it is asked for and the time spent in the one it wraps. */
public final class CountingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder inner;
    private final AtomicLong texts = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    public CountingEmbedder(SentenceEmbedder inner) {
        this.inner = inner;
    }

    @Override
    public float[][] embed(List<String> sentences) {
        long t = System.nanoTime();
        float[][] v = inner.embed(sentences);
        nanos.addAndGet(System.nanoTime() - t);
        texts.addAndGet(sentences.size());
        return v;
    }

    /** Texts asked for so far. */
    public long texts() {
        return texts.get();
    }

    /** Wall time spent waiting for the wrapped embedder so far, in nanoseconds (summed over threads). */
    public long nanos() {
        return nanos.get();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public String modelName() {
        return inner.modelName();
    }
}
