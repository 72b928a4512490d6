package org.stemma.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The peer: plain TF-IDF cosine of title and text (every word, raw counts, smoothed idf, L2
 * norm; no stop words, no weighting) over all pairs, clustered by the same average linkage at
 * a threshold. The baseline the issue measured ours against.
 */
public final class TfidfPeer {

    /**
     * Pairs below this cosine are not kept: they barely move an average at the thresholds tried
     * (0.10 and up), and without stop words nearly every pair of English articles is above 0.02.
     */
    static final double MIN_COSINE = 0.1;

    private TfidfPeer() {
    }

    /** All pairs of {@code articles} with cosine at least {@link #MIN_COSINE}. */
    public static Pairs pairs(List<Article> articles) {
        int n = articles.size();
        List<Map<Long, Integer>> tf = new ArrayList<>(n);
        Map<Long, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Tokens t = Tokenizer.tokenize(a.title() == null ? a.text() : a.title() + "\n" + a.text());
            Map<Long, Integer> counts = new HashMap<>();
            for (int k = 0; k < t.size(); k++) {
                counts.merge(t.hash(k), 1, Integer::sum);
            }
            counts.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
            tf.add(counts);
        }
        Map<Long, Integer> ids = new HashMap<>();
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<Long, Integer> counts = tf.get(i);
            terms[i] = new int[counts.size()];
            weights[i] = new double[counts.size()];
            int k = 0;
            double norm = 0;
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                terms[i][k] = ids.computeIfAbsent(e.getKey(), x -> ids.size());
                double w = e.getValue() * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
                weights[i][k++] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < k; j++) {
                weights[i][j] /= norm == 0 ? 1 : norm;
            }
        }
        int v = ids.size();
        int[] count = new int[v + 1];
        for (int[] ts : terms) {
            for (int t : ts) {
                count[t + 1]++;
            }
        }
        for (int t = 0; t < v; t++) {
            count[t + 1] += count[t];
        }
        int[] postDoc = new int[count[v]];
        double[] postW = new double[count[v]];
        int[] fill = java.util.Arrays.copyOf(count, v);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                postDoc[fill[t]] = i;
                postW[fill[t]++] = weights[i][k];
            }
        }
        org.stemma.fingerprint.LongList keys = new org.stemma.fingerprint.LongList(1024);
        List<Double> probs = new ArrayList<>();
        double[] acc = new double[n];
        // Postings are in article order: article i's own entry of term t is at next[t], and
        // only the entries after it (later articles) are read.
        int[] next = java.util.Arrays.copyOf(count, v);
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(acc, i + 1, n, 0);
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                double w = weights[i][k];
                int end = count[t + 1];
                for (int q = ++next[t]; q < end; q++) {
                    acc[postDoc[q]] += w * postW[q];
                }
            }
            for (int j = i + 1; j < n; j++) {
                if (acc[j] >= MIN_COSINE) {
                    keys.add(((long) i << 32) | j);
                    probs.add(Math.min(1, acc[j]));
                }
            }
        }
        long[] k = keys.toArray();
        int[] a = new int[k.length];
        int[] b = new int[k.length];
        double[] p = new double[k.length];
        for (int x = 0; x < k.length; x++) {
            a[x] = (int) (k[x] >>> 32);
            b[x] = (int) k[x];
            p[x] = probs.get(x);
        }
        return new Pairs(a, b, p);
    }

    /** Pairs (a[k], b[k]) of similarity p[k]. */
    public record Pairs(int[] a, int[] b, double[] p) {
    }
}
