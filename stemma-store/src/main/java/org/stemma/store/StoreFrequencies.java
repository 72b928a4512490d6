package org.stemma.store;

import java.util.Collection;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.fingerprint.LongList;
import org.stemma.story.ArticleTerms;
import org.stemma.story.DocFrequencies;
import org.stemma.story.StoryCorpus;

/**
 * The same-event model's document frequencies over the whole store as a batch leaves it: the
 * stored articles' counts (read from the index), minus the stored versions of the articles the
 * batch replaces, plus the batch's articles. A batch's neighbourhood weighed with these gets the
 * vectors and index keys a whole-corpus run gives those articles.
 */
final class StoreFrequencies {
    private final StemmaStore store;
    private final LongIntMap added = new LongIntMap(1 << 10);
    private final LongIntMap removed = new LongIntMap(16);
    private final long documents;

    /**
     * @param fresh     the batch's articles' terms
     * @param replaced  the stored versions of the batch's articles already in the store
     * @param documents articles in the store once the batch is in
     */
    StoreFrequencies(StemmaStore store, Collection<ArticleTerms> fresh, Collection<ArticleTerms> replaced,
                     long documents) {
        this.store = store;
        this.documents = documents;
        for (ArticleTerms t : fresh) {
            for (long term : t.terms()) {
                added.put(term, added.get(term, 0) + 1);
            }
        }
        for (ArticleTerms t : replaced) {
            for (long term : t.terms()) {
                removed.put(term, removed.get(term, 0) + 1);
            }
        }
    }

    long documents() {
        return documents;
    }

    /** The frequencies of every term of {@code terms}, read from the index in one pass. */
    DocFrequencies of(ArticleTerms[] terms) {
        LongIntMap seen = new LongIntMap(1 << 12);
        LongList distinct = new LongList(1 << 12);
        for (ArticleTerms t : terms) {
            for (long term : t.terms()) {
                if (seen.get(term, -1) < 0) {
                    seen.put(term, 0);
                    distinct.add(term);
                }
            }
        }
        long[] all = distinct.toArray();
        int[] stored = store.eventTermFrequencies(all);
        LongIntMap df = new LongIntMap(Math.max(16, all.length));
        for (int i = 0; i < all.length; i++) {
            df.put(all[i], Math.max(0, stored[i] + added.get(all[i], 0) - removed.get(all[i], 0)));
        }
        return StoryCorpus.frequencies(df, documents);
    }
}
