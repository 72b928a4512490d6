package org.stemma.provenance;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.stemma.article.Article;
import org.stemma.text.Bylines;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * One article's text as the copy features read it, computed once per article: its word
 * tokens, the word trigram at each position (hashed) and the sorted set of them, which tokens
 * stand inside a quotation, which start with a capital (names, sentence starts), and whether
 * the text opens with an agency-style byline.
 *
 * @param size      tokens
 * @param trigrams  per position i (0 .. size-3), the hash of tokens i, i+1, i+2
 * @param sorted    the distinct trigram hashes, sorted (for membership tests)
 * @param quoted    per token, inside a quotation of the article
 * @param capital   per token, its first char is upper case
 * @param byline    the byline naming a writer and the organisation they write for that opens the
 *                  text, or null
 */
record CopyText(int size, long[] trigrams, long[] sorted, boolean[] quoted, boolean[] capital, String byline) {

    /**
     * A byline line near the top: "By" and a name of one to four capitalised words (or two names
     * joined by "and"), a comma, and the organisation, perhaps after a title ("By Helen William, PA
     * News", "By Anthony Barnes, Showbusiness Correspondent, PA News"). A copy drops
     * the agency's byline; a newspaper's own byline names no organisation after a comma as a rule.
     */
    static final Pattern BYLINE = Bylines.withOrganisation();
    /** Chars from the top of the text in which a byline is looked for. */
    static final int BYLINE_WINDOW = 400;

    static CopyText of(Article article, List<Span> quotations) {
        return of(article, null, quotations);
    }

    /** As {@link #of(Article, List)}, given the tokens of the article's text (null, or of another text: tokenised). */
    static CopyText of(Article article, Tokens tokensOrNull, List<Span> quotations) {
        String text = article.text();
        Tokens t = tokensOrNull != null && tokensOrNull.text().equals(text) ? tokensOrNull : Tokenizer.tokenize(text);
        int n = t.size();
        long[] h = t.hashes();
        long[] tri = new long[Math.max(0, n - 2)];
        for (int i = 0; i + 2 < n; i++) {
            tri[i] = trigram(h[i], h[i + 1], h[i + 2]);
        }
        long[] sorted = Arrays.stream(tri).sorted().distinct().toArray();
        boolean[] quoted = new boolean[n];
        for (Span q : quotations) {
            for (int i = t.tokenAtOrAfter(q.start()); i < n && t.start(i) < q.end(); i++) {
                quoted[i] = true;
            }
        }
        boolean[] capital = new boolean[n];
        for (int i = 0; i < n; i++) {
            capital[i] = Character.isUpperCase(text.codePointAt(t.start(i)));
        }
        return new CopyText(n, tri, sorted, quoted, capital, byline(article));
    }

    /** The byline that opens the article, at the top of its text or among the lines extraction set aside; or null. */
    static String byline(Article article) {
        String text = article.text();
        java.util.regex.Matcher m = BYLINE.matcher(text.substring(0, Math.min(text.length(), BYLINE_WINDOW)));
        if (m.find()) {
            return clean(m.group());
        }
        for (String line : article.removed()) {
            m = BYLINE.matcher(line.strip());
            if (m.find()) {
                return clean(m.group());
            }
        }
        if (article.author() != null) {
            m = BYLINE.matcher("By " + article.author().strip());
            if (m.find()) {
                return clean(m.group());
            }
        }
        return null;
    }

    private static String clean(String line) {
        return line.replaceAll("\\p{Cc}", "").strip();
    }

    static long trigram(long a, long b, long c) {
        long x = a * 0x9E3779B97F4A7C15L + b;
        x = x * 0x9E3779B97F4A7C15L + c;
        return x ^ (x >>> 29);
    }

    /**
     * Per token, whether it lies in a trigram that {@code other} also has: the text shared with it.
     * The trigrams both texts have are found first by one merge of the two sorted sets; each
     * position then looks its trigram up in that (mostly small) shared set.
     */
    boolean[] coveredBy(CopyText other) {
        boolean[] covered = new boolean[size];
        long[] shared = shared(sorted, other.sorted);
        if (shared.length == 0) {
            return covered;
        }
        for (int i = 0; i < trigrams.length; i++) {
            if (Arrays.binarySearch(shared, trigrams[i]) >= 0) {
                covered[i] = true;
                covered[i + 1] = true;
                covered[i + 2] = true;
            }
        }
        return covered;
    }

    /** The values in both ascending distinct arrays, ascending. */
    static long[] shared(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int k = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                out[k++] = x;
                i++;
                j++;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }
}
