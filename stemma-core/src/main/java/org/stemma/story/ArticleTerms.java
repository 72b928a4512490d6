package org.stemma.story;

import java.util.Arrays;
import java.util.Set;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * What the same-event model reads of one article before the corpus is known: its words as
 * weighted term counts (the whole text, and the head: title plus lead), its names as hashes,
 * and its publication day. A word of the head counts {@value #HEAD_WEIGHT} times, a word of a
 * name or a number {@value #NAME_WEIGHT} times (both: the product): what an article reports is
 * said in its headline and first lines, and which event it is, by its people, places and
 * figures. Stop words ({@link StopWords}) and one-character words do not count.
 *
 * @param terms      distinct terms of title and text, ascending: {@link Tokenizer} hashes with
 *                   their lowest two bits cleared
 * @param counts     weighted count of each term
 * @param head       distinct term hashes of title and lead, ascending
 * @param headCounts count of each head term (names and numbers weighted)
 * @param persons    hashes of the named persons, ascending
 * @param places     hashes of the named places, ascending
 * @param names      hashes of every name, ascending
 * @param day        publication day (epoch day), or {@link #UNDATED}
 */
public record ArticleTerms(long[] terms, float[] counts, long[] head, float[] headCounts, long[] persons,
                           long[] places, long[] names, int day) implements java.io.Serializable {

    /** Characters of text read as the lead. */
    public static final int LEAD_CHARS = 400;
    public static final float HEAD_WEIGHT = 3f;
    public static final float NAME_WEIGHT = 2f;
    /** {@link #day} of an undated article. */
    public static final int UNDATED = Integer.MIN_VALUE;

    /** The terms of {@code a}, whose names are {@code entities}. */
    public static ArticleTerms of(Article a, NamedEntities entities) {
        return of(a, entities, null);
    }

    /**
     * As {@link #of(Article, NamedEntities)}, with the tokens of {@code a}'s text if the caller
     * has them (the analysis tokenises each text once); null, or tokens of another text, tokenises.
     */
    public static ArticleTerms of(Article a, NamedEntities entities, Tokens bodyOrNull) {
        String text = a.text();
        Tokens b = bodyOrNull != null && bodyOrNull.text().equals(text) ? bodyOrNull : Tokenizer.tokenize(text);
        return of(a, entities, Tokenizer.tokenize(a.title() == null ? "" : a.title()), b);
    }

    /** As {@link #of(Article, NamedEntities)}, from the tokens of the title ("" if none) and the text. */
    static ArticleTerms of(Article a, NamedEntities entities, Tokens t, Tokens b) {
        long[] nameWords = nameWords(entities.names());
        int leadEnd = leadEnd(a.text());
        Acc all = new Acc(t.size() + b.size());
        Acc head = new Acc(64);
        long[] filter = filter(nameWords);
        add(t, Integer.MAX_VALUE, nameWords, filter, all, head);
        add(b, leadEnd, nameWords, filter, all, head);
        PublishedTime time = PublishedTime.parse(a.published());
        all.fold();
        head.fold();
        return new ArticleTerms(all.terms, all.counts, head.terms, head.counts,
                hashes(entities.persons()), hashes(entities.places()), hashes(entities.names()),
                time == null ? UNDATED : (int) Math.max(-(1L << 30), Math.min(1L << 30, time.epochDay())));
    }

    /** The head text: the title and the lead, as embedded for the embedding feature. */
    public static String headText(Article a) {
        String lead = a.text().substring(0, leadEnd(a.text()));
        return a.title() == null || a.title().isBlank() ? lead : a.title() + ". " + lead;
    }

    /** End of the lead: {@link #LEAD_CHARS} characters, cut back to a word boundary. */
    private static int leadEnd(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text.length();
        }
        int end = LEAD_CHARS;
        while (end > LEAD_CHARS / 2 && Character.isLetterOrDigit(text.charAt(end))) {
            end--;
        }
        return end;
    }

    /** Adds tokens; those starting before {@code headEnd} are also head words. */
    private static void add(Tokens tokens, int headEnd, long[] nameWords, long[] filter, Acc all, Acc head) {
        String s = tokens.text();
        for (int k = 0; k < tokens.size(); k++) {
            int from = tokens.start(k);
            int to = tokens.end(k);
            long h = tokens.hash(k);
            if (to - from < 2 || StopWords.contains(h)) {
                continue;
            }
            boolean name = mayHold(filter, h) && Arrays.binarySearch(nameWords, h) >= 0 || isNumber(s, from, to);
            if (from < headEnd) {
                head.add(h, name ? NAME : PLAIN);
                all.add(h, name ? HEAD_NAME : HEAD);
            } else {
                all.add(h, name ? NAME : PLAIN);
            }
        }
    }

    /**
     * A bit per value of a hash's top {@value #FILTER_BITS} bits that some name word has: most
     * words of a text are no name word, and one bit read tells so without a search.
     */
    private static long[] filter(long[] nameWords) {
        long[] f = new long[1 << (FILTER_BITS - 6)];
        for (long h : nameWords) {
            int bit = (int) (h >>> (64 - FILTER_BITS));
            f[bit >>> 6] |= 1L << bit;
        }
        return f;
    }

    private static boolean mayHold(long[] filter, long h) {
        int bit = (int) (h >>> (64 - FILTER_BITS));
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static final int FILTER_BITS = 10;

    private static boolean isNumber(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The term hashes of the words of {@code names}, ascending: one tokenisation of the names
     * one per line (no token crosses a line break, see {@link Tokenizer#joinLines}).
     */
    private static long[] nameWords(Set<String> names) {
        long[] out = Tokenizer.tokenize(String.join("\n", names)).hashes().clone();
        Arrays.sort(out);
        return out;
    }

    /** Hashes of whole names, ascending and distinct. */
    static long[] hashes(Set<String> names) {
        long[] out = new long[names.size()];
        int k = 0;
        for (String s : names) {
            out[k++] = Tokenizer.fnv1a64(s);
        }
        Arrays.sort(out);
        return out;
    }

    /** Weight codes of a token, kept in the low bits of its packed hash. */
    private static final int PLAIN = 0;
    private static final int NAME = 1;
    private static final int HEAD = 2;
    private static final int HEAD_NAME = 3;
    private static final float[] WEIGHT = {1f, NAME_WEIGHT, HEAD_WEIGHT, HEAD_WEIGHT * NAME_WEIGHT};
    /** Low bits of a term hash that carry the weight code (a term is its hash without them). */
    static final long CODE_BITS = 3;

    /**
     * Weighted term counts, summed per distinct term: each token is its hash with the weight
     * code in the low bits, one primitive sort brings a term's tokens together (no map).
     */
    private static final class Acc {
        private long[] packed;
        private int size;
        long[] terms;
        float[] counts;

        Acc(int expected) {
            packed = new long[Math.max(8, expected)];
        }

        void add(long h, int code) {
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            packed[size++] = (h & ~CODE_BITS) | code;
        }

        void fold() {
            Arrays.sort(packed, 0, size);
            long[] t = new long[size];
            float[] c = new float[size];
            int k = -1;
            for (int i = 0; i < size; i++) {
                long term = packed[i] & ~CODE_BITS;
                if (k < 0 || t[k] != term) {
                    t[++k] = term;
                }
                c[k] += WEIGHT[(int) (packed[i] & CODE_BITS)];
            }
            terms = Arrays.copyOf(t, k + 1);
            counts = Arrays.copyOf(c, k + 1);
        }
    }
}
