package org.stemma.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stemma.article.Article;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.furniture.Sites;
import org.stemma.story.NamedEntities;
import org.stemma.story.StoryBuilder;
import org.stemma.text.Tokens;

/**
 * How common a shared name is where the pair comes from, not in the whole corpus: a city's police
 * department is rare in a national corpus but named by most of its city's stories, a victim's name
 * by the few stories of one incident. The count of a name shared by articles a and b is the
 * largest share, in thousandths, of the other articles of one of their contexts carrying it: the
 * articles of a's site and of b's site ({@link Sites#of}: URL host, else outlet, else byline;
 * {@link Context#SITE}), the articles reading as a place one of the places a and b both name
 * ({@link Context#PLACE}), or both ({@link Context#ANY}). "Other" leaves the pair out; a context
 * with fewer than {@link #MIN_OTHERS} other articles says nothing (count 0). Names are those of
 * title and text as the stories read them ({@link StoryBuilder#entities}). Fitting tooling for
 * {@code eval reuse --only fit} (docs/evaluation.md, issue 17 round 12); no runner counts them.
 */
public final class LocalNameFrequencies implements NameCounts {

    /** Which articles a shared name's share is counted among. */
    public enum Context { SITE, PLACE, ANY }

    /** Fewest other articles in a context for its share to count (set before measuring). */
    static final int MIN_OTHERS = 4;

    private final Context context;
    private final Map<String, Integer> sites;
    private final int[] siteSize;
    private final LongIntMap siteName;
    private final LongIntMap placeSize;
    private final LongIntMap placeName;

    private LocalNameFrequencies(Context context, Map<String, Integer> sites, int[] siteSize, LongIntMap siteName,
                                 LongIntMap placeSize, LongIntMap placeName) {
        this.context = context;
        this.sites = sites;
        this.siteSize = siteSize;
        this.siteName = siteName;
        this.placeSize = placeSize;
        this.placeName = placeName;
    }

    /** Counts over {@code articles}, given each article's tokens of its text (null, or a null entry, tokenises it). */
    public static LocalNameFrequencies count(List<Article> articles, Tokens[] tokens, Context context) {
        NamedEntities[] ents = new NamedEntities[articles.size()];
        IntStream.range(0, ents.length).parallel().forEach(i -> ents[i] = StoryBuilder.entities(articles.get(i),
                tokens == null ? null : tokens[i]));
        Map<String, Integer> sites = new HashMap<>();
        int[] siteOf = new int[ents.length];
        for (int i = 0; i < ents.length; i++) {
            String s = Sites.of(articles.get(i));
            siteOf[i] = s == null ? -1 : sites.computeIfAbsent(s, k -> sites.size());
        }
        int[] siteSize = new int[sites.size()];
        LongIntMap siteName = new LongIntMap(1 << 14);
        LongIntMap placeSize = new LongIntMap(1 << 12);
        LongIntMap placeName = new LongIntMap(1 << 16);
        for (int i = 0; i < ents.length; i++) {
            long[] names = NameFrequencies.keys(ents[i].names());
            if (siteOf[i] >= 0) {
                siteSize[siteOf[i]]++;
                for (long n : names) {
                    add(siteName, pair(siteOf[i], n));
                }
            }
            for (long p : NameFrequencies.keys(ents[i].places())) {
                add(placeSize, p);
                for (long n : names) {
                    if (n != p) {
                        add(placeName, pair(p, n));
                    }
                }
            }
        }
        return new LocalNameFrequencies(context, Map.copyOf(sites), siteSize, siteName, placeSize, placeName);
    }

    /** The largest share (thousandths) of one of the pair's contexts' other articles carrying {@code name}. */
    @Override
    public int of(String name, Article a, NamedEntities ea, Article b, NamedEntities eb) {
        long n = NameFrequencies.key(name);
        double share = 0;
        if (context != Context.PLACE) {
            int sa = site(a);
            int sb = site(b);
            if (sa >= 0) {
                int inPair = sa == sb ? 2 : 1;
                share = Math.max(share, share(siteName.get(pair(sa, n), 0), siteSize[sa], inPair));
            }
            if (sb >= 0 && sb != sa) {
                share = Math.max(share, share(siteName.get(pair(sb, n), 0), siteSize[sb], 1));
            }
        }
        if (context != Context.SITE) {
            for (String place : ea.places()) {
                if (!place.equals(name) && eb.places().contains(place)) {
                    long p = NameFrequencies.key(place);
                    share = Math.max(share, share(placeName.get(pair(p, n), 0), placeSize.get(p, 0), 2));
                }
            }
        }
        return (int) Math.round(1000 * share);
    }

    /** The share of a context's other articles carrying the name; 0 with too few others. */
    private static double share(int carrying, int size, int inPair) {
        int others = size - inPair;
        return others < MIN_OTHERS ? 0 : Math.max(0, carrying - inPair) / (double) others;
    }

    private int site(Article a) {
        String s = Sites.of(a);
        Integer i = s == null ? null : sites.get(s);
        return i == null ? -1 : i;
    }

    private static long pair(long context, long name) {
        return Hashing.mix64(context * 0x9E3779B97F4A7C15L + name);
    }

    private static void add(LongIntMap m, long key) {
        m.put(key, m.get(key, 0) + 1);
    }
}
