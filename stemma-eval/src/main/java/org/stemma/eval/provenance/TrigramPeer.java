package org.stemma.eval.provenance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.story.EventVector;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The naive peer of the provenance evaluation: an article's parent is the longer text (in
 * words) holding the largest share of its distinct word trigrams; none if no longer text holds
 * any. No threshold, no direction evidence, no tree.
 */
public final class TrigramPeer {

    private TrigramPeer() {
    }

    /** Per article id, its parent's id (absent: none). */
    public static Map<String, String> parents(List<Article> articles) {
        int n = articles.size();
        long[][] tri = new long[n][];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            Tokens t = Tokenizer.tokenize(articles.get(i).text());
            words[i] = t.size();
            long[] h = t.hashes();
            long[] x = new long[Math.max(0, t.size() - 2)];
            for (int j = 0; j + 2 < t.size(); j++) {
                x[j] = (h[j] * 31 + h[j + 1]) * 31 + h[j + 2];
            }
            tri[i] = Arrays.stream(x).sorted().distinct().toArray();
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double best = 0;
            int arg = -1;
            for (int j = 0; j < n; j++) {
                if (j == i || words[j] <= words[i] || tri[i].length == 0) {
                    continue;
                }
                double share = EventVector.common(tri[i], tri[j]) / (double) tri[i].length;
                if (share > best) {
                    best = share;
                    arg = j;
                }
            }
            if (arg >= 0) {
                out.put(articles.get(i).id(), articles.get(arg).id());
            }
        }
        return out;
    }
}
