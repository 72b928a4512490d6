package org.stemma.story;

import java.util.Arrays;

/**
 * One article as the same-event model compares it: TF-IDF vectors of its whole text and of its
 * head (title and lead), both L2-normalised and sorted by term; its index keys; its head's
 * embedding (or null); its names and publication day. A pure function of the article's
 * {@link ArticleTerms}, the corpus's {@link DocFrequencies} and the embedding, so the embedded
 * run, the store and Spark build the same vectors from the same counts.
 *
 * @param terms       the {@value #MAX_TERMS} highest-weighted terms (at most), ascending
 * @param weights     their normalised TF-IDF weights
 * @param head        head terms, ascending
 * @param headWeights their normalised TF-IDF weights
 * @param keys        the {@value #KEYS} highest-weighted terms that two to {@code cap} articles
 *                    carry: the candidate index's keys, ascending
 * @param embedding   unit vector of the head text, or null without an embedding model
 * @param persons     hashes of the named persons, ascending
 * @param places      hashes of the named places, ascending
 * @param names       hashes of all names, ascending
 * @param day         publication day or {@link ArticleTerms#UNDATED}
 */
public record EventVector(long[] terms, float[] weights, long[] head, float[] headWeights, long[] keys,
                          float[] embedding, long[] persons, long[] places, long[] names, int day)
        implements java.io.Serializable {

    /** Terms kept per article: the cosine of two articles is read on their strongest terms. */
    public static final int MAX_TERMS = 100;
    /** Index keys per article. */
    public static final int KEYS = 10;

    /**
     * The vector of an article with counts {@code t} in a corpus of frequencies {@code df},
     * where a term carried by more than {@code cap} articles is no index key.
     */
    public static EventVector of(ArticleTerms t, DocFrequencies df, long cap, float[] embedding) {
        int n = t.terms().length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = (1 + Math.log(t.counts()[i])) * df.idf(t.terms()[i]);
        }
        int[] order = byWeight(w);
        int kept = Math.min(n, MAX_TERMS);
        long[] keys = new long[KEYS];
        int k = 0;
        for (int r = 0; r < n && k < KEYS; r++) {
            long term = t.terms()[order[r]];
            int f = df.of(term);
            if (f >= 2 && f <= cap) {
                keys[k++] = term;
            }
        }
        keys = Arrays.copyOf(keys, k);
        Arrays.sort(keys);
        int[] top = new int[kept];
        for (int r = 0; r < kept; r++) {
            top[r] = order[r];
        }
        Arrays.sort(top); // term order: terms are ascending
        long[] terms = new long[kept];
        double[] tw = new double[kept];
        for (int r = 0; r < kept; r++) {
            terms[r] = t.terms()[top[r]];
            tw[r] = w[top[r]];
        }
        double[] hw = new double[t.head().length];
        for (int i = 0; i < hw.length; i++) {
            hw[i] = (1 + Math.log(t.headCounts()[i])) * df.idf(t.head()[i]);
        }
        return new EventVector(terms, normalised(tw), t.head(), normalised(hw), keys, embedding,
                t.persons(), t.places(), t.names(), t.day());
    }

    /**
     * Indexes of {@code w} (non-negative), highest weight first, ties by lower index: sorted as
     * longs packing the weight's float bits (ordered as the weights) over the reversed index.
     */
    private static int[] byWeight(double[] w) {
        long[] keyed = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            keyed[i] = ((long) Float.floatToIntBits((float) w[i]) << 32) | (0xFFFFFFFFL - i);
        }
        Arrays.sort(keyed);
        int[] order = new int[w.length];
        for (int r = 0; r < w.length; r++) {
            order[r] = (int) (0xFFFFFFFFL - (keyed[w.length - 1 - r] & 0xFFFFFFFFL));
        }
        return order;
    }

    private static float[] normalised(double[] w) {
        double norm = 0;
        for (double x : w) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (w[i] / norm);
        }
        return out;
    }

    /** True if the article's publication day is known. */
    public boolean dated() {
        return day != ArticleTerms.UNDATED;
    }

    /**
     * The features of a pair, in {@link SameEventModel#FEATURES} order: cosine of the text
     * vectors, of the head vectors, of the head embeddings (0 without); whether both are dated
     * and ln(1 + days apart) if so; shared persons (at most 3); overlap coefficient of places,
     * of all names. Symmetric.
     */
    public static double[] features(EventVector a, EventVector b) {
        return features(a, b, dot(a.terms, a.weights, b.terms, b.weights));
    }

    /**
     * As {@link #features(EventVector, EventVector)}, given the dot product of the text vectors
     * (summed over the shared terms in ascending term order, as {@link #dot} sums it).
     */
    static double[] features(EventVector a, EventVector b, double textDot) {
        double[] f = new double[SameEventModel.FEATURES.size()];
        f[0] = textDot;
        f[1] = dot(a.head, a.headWeights, b.head, b.headWeights);
        f[2] = a.embedding == null || b.embedding == null ? 0 : cosine(a.embedding, b.embedding);
        if (a.dated() && b.dated()) {
            f[3] = 1;
            f[4] = Math.log1p(Math.abs((long) a.day - b.day));
        }
        f[5] = Math.min(3, common(a.persons, b.persons));
        f[6] = overlap(a.places, b.places);
        f[7] = overlap(a.names, b.names);
        return f;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Dot product of two sparse vectors sorted by term. */
    static double dot(long[] ta, float[] wa, long[] tb, float[] wb) {
        double s = 0;
        for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
            if (ta[x] == tb[y]) {
                s += wa[x++] * wb[y++];
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        return s;
    }

    /** Shared values of two ascending arrays (of hashes or keys). */
    public static int common(long[] a, long[] b) {
        int c = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                c++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return c;
    }

    /** Shared values over the smaller array's size (0 if either is empty). */
    static double overlap(long[] a, long[] b) {
        return a.length == 0 || b.length == 0 ? 0 : common(a, b) / (double) Math.min(a.length, b.length);
    }
}
