package org.stemma.align.paraphrase;

import java.util.List;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Test stand-in for the model: a bag of words hashed into 256 dimensions, with a small
 * synonym table so that reworded sentences land close together. Counts its calls.
 */
final class HashingEmbedder implements SentenceEmbedder {

    private static final String[][] SYNONYMS = {
            {"happily", "proudly"}, {"state", "affirm"}, {"weapons", "weaponry", "arms"},
            {"cooperation", "partnership", "collaboration"}, {"thanks", "through"},
            {"acquire", "acquired", "obtain"}, {"essential", "needed"}};

    int sentencesEmbedded;

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            sentencesEmbedded++;
            float[] v = new float[256];
            Tokens t = Tokenizer.tokenize(sentences.get(i));
            for (int k = 0; k < t.size(); k++) {
                v[(int) Long.remainderUnsigned(Tokenizer.fnv1a64(canonical(t.term(k))), 256)] += 1;
            }
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            if (n > 0) {
                for (int d = 0; d < v.length; d++) {
                    v[d] /= (float) Math.sqrt(n);
                }
            }
            out[i] = v;
        }
        return out;
    }

    private static String canonical(String term) {
        for (String[] group : SYNONYMS) {
            for (String s : group) {
                if (s.equals(term)) {
                    return group[0];
                }
            }
        }
        return term;
    }

    @Override
    public int dimension() {
        return 256;
    }

    @Override
    public String modelName() {
        return "test-hashing";
    }
}
