package org.stemma.align.paraphrase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * What the paraphrase decision needs to know about one sentence besides its vector, computed
 * once per sentence: its word hashes, its content-word hashes, its word-bigram hashes, the
 * numbers it states and the proper names it mentions. Sets are sorted {@code long[]} arrays of
 * 64-bit hashes so that pair features are merge scans without allocation.
 */
public final class SentenceFeatures {

    /** English function words: not content, and not names when capitalised. */
    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "into", "onto", "over", "under", "about", "after",
            "before", "since", "than", "that", "this", "these", "those", "it", "its", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him",
            "them", "us", "me", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "not", "no", "so", "if", "then", "there", "here", "which",
            "who", "whom", "whose", "what", "when", "where", "while", "why", "how", "also",
            "said", "says", "say", "mr", "mrs", "ms", "however", "yet", "all", "any", "some",
            "such", "both", "each", "other", "more", "most", "very", "just", "only", "up",
            "out", "off", "down", "again", "still", "now", "new", "last", "according", "s");

    /** Content words are compared on their first {@value} chars as a cheap stemmer. */
    public static final int STEM = 5;

    /** Number words mapped to digits, so "two" and "2" agree. */
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve"};

    final int length;
    final long[] words;
    final long[] content;
    final long[] bigrams;
    final long[] numbers;
    final long[] names;
    final long[] stems;

    private SentenceFeatures(int length, long[] words, long[] content, long[] stems,
                             long[] bigrams, long[] numbers, long[] names) {
        this.length = length;
        this.words = words;
        this.content = content;
        this.stems = stems;
        this.bigrams = bigrams;
        this.numbers = numbers;
        this.names = names;
    }

    /** Features of one sentence (any text; an empty one has empty sets). */
    public static SentenceFeatures of(String sentence) {
        Tokens t = Tokenizer.tokenize(sentence);
        int n = t.size();
        long[] words = new long[n];
        long[] content = new long[n];
        long[] stems = new long[n];
        long[] bigrams = new long[Math.max(0, n - 1)];
        long[] names = new long[n];
        int nc = 0;
        int nn = 0;
        for (int i = 0; i < n; i++) {
            String term = t.term(i);
            words[i] = t.hash(i);
            boolean stop = STOPWORDS.contains(term);
            if (!stop) {
                stems[nc] = Tokenizer.fnv1a64(term.length() > STEM ? term.substring(0, STEM) : term);
                content[nc++] = t.hash(i);
            }
            if (i > 0) {
                bigrams[i - 1] = t.hash(i - 1) * 31 + t.hash(i);
            }
            int cp = sentence.codePointAt(t.start(i));
            if (Character.isUpperCase(cp) && !stop && !isNumberWord(term)
                    && Character.isLetter(cp)) {
                names[nn++] = t.hash(i);
            }
        }
        return new SentenceFeatures(n, set(words, n), set(content, nc), set(stems, nc),
                set(bigrams, bigrams.length), numbers(sentence, t), set(names, nn));
    }

    /** Number of word tokens. */
    public int length() {
        return length;
    }

    /**
     * Numbers stated in the sentence, normalised: digit groups joined ("1,000" = "1000"), a
     * decimal point kept ("3.5"), small number words as digits ("two" = "2").
     */
    private static long[] numbers(String s, Tokens t) {
        long[] out = new long[8];
        int k = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder num = new StringBuilder();
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isDigit(c)) {
                    num.append(c);
                    i++;
                } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                        && num.length() > 0) {
                    if (c == '.') {
                        num.append('.');
                    }
                    i++;
                } else {
                    break;
                }
            }
            String v = num.toString();
            if (v.contains(".")) {
                v = v.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            if (k == out.length) {
                out = Arrays.copyOf(out, k * 2);
            }
            out[k++] = Tokenizer.fnv1a64(v);
        }
        for (int w = 0; w < t.size(); w++) {
            int d = numberWord(t.term(w));
            if (d >= 0) {
                if (k == out.length) {
                    out = Arrays.copyOf(out, k * 2);
                }
                out[k++] = Tokenizer.fnv1a64(Integer.toString(d));
            }
        }
        return set(out, k);
    }

    private static boolean isNumberWord(String term) {
        return numberWord(term) >= 0;
    }

    private static int numberWord(String term) {
        for (int d = 0; d < SMALL.length; d++) {
            if (SMALL[d].equals(term)) {
                return d;
            }
        }
        return -1;
    }

    /** The first {@code n} values, sorted, duplicates removed. */
    private static long[] set(long[] v, int n) {
        long[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || s[i] != s[k - 1]) {
                s[k++] = s[i];
            }
        }
        return k == n ? s : Arrays.copyOf(s, k);
    }

    /** Size of the intersection of two sorted sets. */
    static int common(long[] a, long[] b) {
        return org.stemma.text.HashSets.common(a, b);
    }

    /** Features of two sentences read as one (for 1–2 and 2–1 alignments). */
    public static SentenceFeatures concat(SentenceFeatures x, SentenceFeatures y) {
        return new SentenceFeatures(x.length + y.length, union(x.words, y.words),
                union(x.content, y.content), union(x.stems, y.stems), union(x.bigrams, y.bigrams),
                union(x.numbers, y.numbers), union(x.names, y.names));
    }

    private static long[] union(long[] a, long[] b) {
        long[] u = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, u, a.length, b.length);
        return set(u, u.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SentenceFeatures[%d words, %d numbers, %d names]",
                length, numbers.length, names.length);
    }
}
