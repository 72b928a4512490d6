package org.stemma.align;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;
import org.stemma.story.NamedEntities;
import org.stemma.story.StoryBuilder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * How many articles of a corpus carry each name: the names of their titles and texts as the
 * stories read them ({@link StoryBuilder#entities(Article)}), keyed by the name's
 * {@link Tokenizer#fnv1a64} hash. Two articles that share a name every local article carries (a
 * city, a police department, the candidates of an election) share no news by it. The fit of the
 * link decision ({@code eval reuse --only fit}) reads a pair's shared names by these counts
 * ({@link ReuseFinder#withNameFrequencies}); a decision reading only rare names was studied and
 * not shipped (docs/evaluation.md, issue 17 round 11), so no runner counts them.
 *
 * @param keys   name hashes, ascending
 * @param counts articles carrying each
 */
public record NameFrequencies(long[] keys, int[] counts) implements NameCounts, java.io.Serializable {

    /** Frequencies not known: every name counts 0 (rare). */
    public static final NameFrequencies NONE = new NameFrequencies(new long[0], new int[0]);

    public NameFrequencies {
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("one count per key: " + keys.length + " keys, " + counts.length);
        }
    }

    /** Articles carrying {@code name} (lower case, as {@link NamedEntities} gives it). */
    public int of(String name) {
        int i = Arrays.binarySearch(keys, Tokenizer.fnv1a64(name));
        return i < 0 ? 0 : counts[i];
    }

    /** Articles carrying {@code name}, wherever the pair comes from. */
    @Override
    public int of(String name, Article a, NamedEntities ea, Article b, NamedEntities eb) {
        return keys.length == 0 ? 0 : of(name);
    }

    /** The key of a name. */
    static long key(String name) {
        return Tokenizer.fnv1a64(name);
    }

    /**
     * Counts over {@code articles}, given each article's tokens of its text (null, or a null
     * entry, tokenises it).
     */
    public static NameFrequencies count(List<Article> articles, Tokens[] tokens) {
        long[][] per = new long[articles.size()][];
        IntStream.range(0, per.length).parallel().forEach(i -> per[i] = keys(articles.get(i),
                tokens == null ? null : tokens[i]));
        LongIntMap df = new LongIntMap(1 << 12);
        LongList distinct = new LongList(1 << 12);
        for (long[] ks : per) {
            for (long k : ks) {
                int c = df.get(k, 0);
                if (c == 0) {
                    distinct.add(k);
                }
                df.put(k, c + 1);
            }
        }
        long[] keys = distinct.toArray();
        Arrays.sort(keys);
        int[] counts = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            counts[i] = df.get(keys[i], 0);
        }
        return new NameFrequencies(keys, counts);
    }

    /** The distinct name keys of one article, ascending. */
    static long[] keys(Article a, Tokens bodyOrNull) {
        long[] out = keys(StoryBuilder.entities(a, bodyOrNull).names());
        Arrays.sort(out);
        return out;
    }

    /** The keys of distinct names, in their set's order. */
    static long[] keys(Set<String> names) {
        long[] out = new long[names.size()];
        int k = 0;
        for (String n : names) {
            out[k++] = key(n);
        }
        return out;
    }
}
