package org.stemma.align;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stemma.article.Article;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.story.NamedEntities;
import org.stemma.text.Tokens;

/**
 * How much a lexical passage says that one article reused the other, rather than both using
 * stock phrases or clichés: its rare words, the words in n-grams its two spans share and in no
 * {@link CommonPhrases common} n-gram (a sentence joining two stock phrases, "pronounced dead at
 * the scene, according to the medical examiner's office", has none). A passage whose spans share
 * at least {@link #LONG_NGRAMS} n-grams of any kind is long enough to count whatever its words
 * (a long shared text is reuse however many articles carry it: wire copy).
 */
final class Evidence {

    /** Shared n-grams that make a passage evidence whatever their frequency (about 30 words). */
    static final int LONG_NGRAMS = 25;

    private Evidence() {
    }

    /** The passage's rare shared words; {@link Integer#MAX_VALUE} for a paraphrase or a long passage. */
    static int rare(Passage p, Tokens ta, Tokens tb, int n, CommonPhrases common) {
        return (int) (count(p, ta, tb, n, common, null) >>> 32);
    }

    /**
     * The passage's rare shared words (high 32 bits; {@link Integer#MAX_VALUE} for a paraphrase or
     * a long passage) and how many of them stand inside quotation marks in {@code a} (low 32 bits;
     * 0 when {@code quotedA} is null).
     */
    static long count(Passage p, Tokens ta, Tokens tb, int n, CommonPhrases common, boolean[] quotedA) {
        if (p.kind() == PassageKind.PARAPHRASE) {
            return (long) Integer.MAX_VALUE << 32;
        }
        int[] ra = tokenRange(ta, p.a().start(), p.a().end());
        int[] rb = tokenRange(tb, p.b().start(), p.b().end());
        int len = ra[1] - ra[0];
        if (len < n || rb[1] - rb[0] < n) {
            return 0;
        }
        if (p.kind() == PassageKind.VERBATIM && len - n + 1 >= LONG_NGRAMS) {
            return (long) Integer.MAX_VALUE << 32; // every n-gram of a verbatim passage is shared
        }
        LongIntMap inB = new LongIntMap(rb[1] - rb[0]);
        for (int j = rb[0]; j + n <= rb[1]; j++) {
            inB.put(Hashing.window(tb.hashes(), j, n), 0);
        }
        boolean[] sharedWord = new boolean[len];
        boolean[] commonWord = new boolean[len];
        int shared = 0;
        for (int i = ra[0]; i + n <= ra[1]; i++) {
            long h = Hashing.window(ta.hashes(), i, n);
            boolean isShared = inB.get(h, -1) >= 0;
            boolean isCommon = common.isCommon(h);
            if (isShared && ++shared >= LONG_NGRAMS) {
                return (long) Integer.MAX_VALUE << 32;
            }
            for (int k = i - ra[0]; k < i - ra[0] + n; k++) {
                sharedWord[k] |= isShared;
                commonWord[k] |= isCommon;
            }
        }
        int rare = 0;
        int quoted = 0;
        for (int k = 0; k < len; k++) {
            if (sharedWord[k] && !commonWord[k]) {
                rare++;
                int c = ta.start(ra[0] + k);
                quoted += quotedA != null && c < quotedA.length && quotedA[c] ? 1 : 0;
            }
        }
        return ((long) rare << 32) | quoted;
    }

    /**
     * Whether the two articles share a name ({@link NamedEntities}) that is not inside the given
     * passages of {@code a}.
     */
    static boolean shareNameOutside(Article a, Tokens ta, Article b, Tokens tb, List<Passage> passages) {
        return namesOutside(a, ta, b, tb, passages)[0] > 0;
    }

    /**
     * The names ({@link NamedEntities}) the two articles share that are not inside the given
     * passages of {@code a}: {all such names, those that are persons'}. {@code ta} and
     * {@code tb} are the tokens of the two texts.
     */
    static int[] namesOutside(Article a, Tokens ta, Article b, Tokens tb, List<Passage> passages) {
        int[][] df = namesOutside(a, ta, b, tb, passages, NameFrequencies.NONE);
        return new int[] {df[0].length, df[1].length};
    }

    /**
     * As {@link #namesOutside(Article, Tokens, Article, Tokens, List)}, each name by the number
     * of the corpus's articles carrying it, or as common as {@code frequencies} count it: {names,
     * persons' names}.
     */
    static int[][] namesOutside(Article a, Tokens ta, Article b, Tokens tb, List<Passage> passages,
                                NameCounts frequencies) {
        NamedEntities ea = NamedEntities.of(ta);
        NamedEntities eb = NamedEntities.of(tb);
        Set<String> shared = new HashSet<>(ea.names());
        shared.retainAll(eb.names());
        if (shared.isEmpty()) {
            return new int[2][0];
        }
        StringBuilder inside = new StringBuilder();
        for (Passage p : passages) {
            inside.append(p.a().of(a.text()).toLowerCase(Locale.ROOT)).append('\n');
        }
        String in = inside.toString();
        int[] names = new int[shared.size()];
        int[] persons = new int[shared.size()];
        int n = 0;
        int k = 0;
        for (String name : shared) {
            if (!in.contains(name.toLowerCase(Locale.ROOT))) {
                int df = frequencies.of(name, a, ea, b, eb);
                names[n++] = df;
                if (ea.persons().contains(name) && eb.persons().contains(name)) {
                    persons[k++] = df;
                }
            }
        }
        return new int[][] {Arrays.copyOf(names, n), Arrays.copyOf(persons, k)};
    }

    /** Tokens [first, last) inside chars [start, end). */
    static int[] tokenRange(Tokens t, int start, int end) {
        int first = t.tokenAtOrAfter(start);
        int last = first;
        while (last < t.size() && t.end(last) <= end) {
            last++;
        }
        return new int[] {first, last};
    }
}
