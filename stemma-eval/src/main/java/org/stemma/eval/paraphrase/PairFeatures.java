package org.stemma.eval.paraphrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.paraphrase.ParaphraseJudge;
import org.stemma.align.paraphrase.SentenceFeatures;
import org.stemma.text.SentenceEmbedder;

/**
 * The judge's feature vectors for a list of MSRP pairs: every distinct sentence is embedded
 * once (in one batched call) and its {@link SentenceFeatures} computed once.
 *
 * @param x       one {@link ParaphraseJudge#features} row per pair
 * @param gold    the human labels
 * @param seconds wall time spent (embedding + features)
 */
public record PairFeatures(double[][] x, boolean[] gold, double seconds) {

    public static PairFeatures of(List<MsrpPair> pairs, SentenceEmbedder embedder) {
        long t0 = System.nanoTime();
        Set<String> distinct = new LinkedHashSet<>();
        for (MsrpPair p : pairs) {
            distinct.add(p.s1());
            distinct.add(p.s2());
        }
        List<String> texts = new ArrayList<>(distinct);
        float[][] vectors = embedder.embed(texts);
        Map<String, Integer> index = new HashMap<>();
        SentenceFeatures[] feats = new SentenceFeatures[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            index.put(texts.get(i), i);
            feats[i] = SentenceFeatures.of(texts.get(i));
        }
        double[][] x = new double[pairs.size()][];
        boolean[] gold = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            MsrpPair p = pairs.get(i);
            int a = index.get(p.s1());
            int b = index.get(p.s2());
            x[i] = ParaphraseJudge.features(feats[a], feats[b],
                    SentenceEmbedder.cosine(vectors[a], vectors[b]));
            gold[i] = p.paraphrase();
        }
        return new PairFeatures(x, gold, (System.nanoTime() - t0) / 1e9);
    }
}
