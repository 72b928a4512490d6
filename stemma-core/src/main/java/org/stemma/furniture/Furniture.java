package org.stemma.furniture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Span;

/**
 * A corpus's furniture, as learnt by {@link FurnitureFinder}: the n-grams (40-bit keys, sorted)
 * whose sentences are furniture. {@link #clean(Article)} removes from an article every sentence
 * those n-grams cover (at least {@link FurnitureParams#UNIT_COVERAGE} of its words) and keeps the
 * removed sentences aside in {@link Article#furniture()}; paragraphs left empty disappear.
 * Immutable and thread-safe.
 */
public final class Furniture {

    private final FurnitureParams params;
    private final long[] keys;

    Furniture(FurnitureParams params, long[] sortedKeys) {
        this.params = params;
        this.keys = sortedKeys;
    }

    /** No furniture: cleaning changes nothing. */
    public static Furniture none(FurnitureParams params) {
        return new Furniture(params, new long[0]);
    }

    /** Furniture given by its n-gram keys (any order), e.g. as a store or a Spark job keeps them. */
    public static Furniture of(FurnitureParams params, long[] keys) {
        long[] k = keys.clone();
        for (int i = 0; i < k.length; i++) {
            k[i] &= FurnitureFinder.KEY_MASK;
        }
        Arrays.sort(k);
        return new Furniture(params, k);
    }

    public FurnitureParams params() {
        return params;
    }

    /** The furniture n-gram keys, sorted (a copy). */
    public long[] keys() {
        return keys.clone();
    }

    public int size() {
        return keys.length;
    }

    boolean contains(long ngramHash) {
        return Arrays.binarySearch(keys, ngramHash & FurnitureFinder.KEY_MASK) >= 0;
    }

    /** Every article cleaned, in order (the same instance where nothing is furniture). */
    public List<Article> clean(List<Article> articles) {
        if (keys.length == 0) {
            return articles;
        }
        Article[] out = new Article[articles.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = clean(articles.get(i)));
        return List.of(out);
    }

    /**
     * The article without its furniture sentences, which are added (in text order) to its
     * {@link Article#furniture()}; the same instance when it has none.
     */
    public Article clean(Article a) {
        if (keys.length == 0 || a.text().isEmpty()) {
            return a;
        }
        Units u = new Units(a.text(), params.ngram());
        boolean[] drop = new boolean[u.size()];
        boolean any = false;
        for (int s = 0; s < u.size(); s++) {
            drop[s] = u.coverage(s, this::contains) >= FurnitureParams.UNIT_COVERAGE;
            any |= drop[s];
        }
        return any ? without(a, u, drop) : a;
    }

    /**
     * The article without the units marked in {@code drop}, which join its furniture; the same
     * instance when every marked stretch stays (see {@link #without(String, List, boolean[])}).
     */
    static Article without(Article a, Units u, boolean[] drop) {
        boolean[] cut = drop.clone();
        String text = without(a.text(), u.spans, cut);
        List<String> removed = new ArrayList<>(a.furniture());
        for (int s = 0; s < u.size(); s++) {
            if (cut[s]) {
                removed.add(u.spans.get(s).of(a.text()));
            }
        }
        return removed.size() == a.furniture().size() ? a : a.toBuilder().text(text).furniture(removed).build();
    }

    /**
     * The text without the dropped sentences: each paragraph (blank-line separated) keeps its
     * other sentences with the separators that followed them; emptied paragraphs go. A removed
     * stretch (consecutive dropped sentences of a paragraph) never leaves a lone quotation mark:
     * a mark glued to it that opens it ('I guess.""They'd') goes with it, and a stretch whose
     * double quotation marks still do not pair (a sentence inside a quotation that goes on) stays,
     * its units cleared in {@code drop}: else every later mark of its paragraph pairs wrongly. A
     * whole paragraph goes whatever its marks ('5\u201911\u201D' is a height): quotations pair
     * within a paragraph, and none is left.
     */
    static String without(String text, List<Span> spans, boolean[] drop) {
        StringBuilder out = new StringBuilder(text.length());
        int s = 0;
        int pos = 0;
        while (pos < text.length()) {
            int end = paragraphEnd(text, pos);
            int first = s;
            while (s < spans.size() && spans.get(s).start() < end) {
                s++;
            }
            StringBuilder para = new StringBuilder();
            int at = pos; // the paragraph's text is copied up to here
            for (int a = first; a < s; ) {
                if (!drop[a]) {
                    a++;
                    continue;
                }
                int b = a;
                while (b < s && drop[b]) {
                    b++;
                }
                int from = a == first ? pos : spans.get(a).start();
                int to = b < s ? spans.get(b).start() : end;
                if (a > first && marks(text, from, to) % 2 == 1 && glued(text, from - 1, spans.get(a - 1).start())) {
                    from--; // the kept sentence's tail holds the stretch's opening mark
                }
                if (b < s && marks(text, from, to) % 2 == 1 && glued(text, to - 1, from)) {
                    to--; // the stretch's tail holds the next kept sentence's opening mark
                }
                if ((a > first || b < s) && marks(text, from, to) % 2 == 1) {
                    Arrays.fill(drop, a, b, false);
                } else {
                    para.append(text, at, from);
                    at = to;
                }
                a = b;
            }
            para.append(text, at, end);
            String p = para.toString().strip();
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
            pos = end;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
        return out.toString();
    }

    /** Double quotation marks in [from, to): straight and typographic, which pair by count. */
    private static int marks(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += QuoteGlyphs.isDouble(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the mark at {@code i} opens what follows it, glued to a mark that closes what
     * precedes ('."' then '"', '\u201D' then '\u201C'): the one place where a sentence's edge
     * falls between a quotation and its own opening mark. Not before {@code floor}.
     */
    private static boolean glued(String text, int i, int floor) {
        return i - 1 >= floor && QuoteGlyphs.isDouble(text.charAt(i)) && QuoteGlyphs.opens(text.charAt(i))
                && QuoteGlyphs.isDouble(text.charAt(i - 1));
    }

    /** End of the paragraph starting at {@code from}: the next blank line, or the text's end. */
    private static int paragraphEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            int j = nl + 1;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return nl;
            }
            i = nl + 1;
        }
        return text.length();
    }
}
