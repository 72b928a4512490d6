package org.stemma.text;

import java.util.List;

/**
 * Maps sentences to unit-length vectors whose cosine (dot product) measures closeness of
 * meaning. The real implementation (module stemma-embed) runs a small ONNX model; core tests
 * use fakes.
 */
public interface SentenceEmbedder {

    /** One L2-normalised vector per input, in input order. */
    float[][] embed(List<String> sentences);

    /** Vector length. */
    int dimension();

    /** A name identifying the model, recorded in reports and caches. */
    String modelName();

    /** Dot product of two vectors of equal length (the cosine for unit vectors). */
    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
